import { BadgeCheck, ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container } from "@/components/layout/page-header";
import { can, getCurrentUser } from "@/lib/auth/guard";
import { canDownloadCertificate } from "@/lib/courses/policy";
import { getCertificate } from "@/lib/courses/queries";
import { certificateCodeSchema } from "@/lib/courses/schemas";
import { Link } from "@/lib/i18n/navigation";
import { RevokeForm } from "./_components/revoke-form";

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses.verify" });
  // Verification pages are for people who hold the link, not for search engines.
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Public: anyone with the code sees who holds the certificate, for which course, since when, and whether it is valid. */
export default async function CertificatePage({ params }: Props) {
  const { locale, code: raw } = await params;
  setRequestLocale(locale);
  const parsed = certificateCodeSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const [certificate, user, t, format] = await Promise.all([
    getCertificate(parsed.data),
    getCurrentUser(),
    getTranslations("courses.verify"),
    getFormatter(),
  ]);
  if (!certificate) notFound();
  const valid = !certificate.revokedAt;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <Container>
      <div className="mx-auto max-w-2xl">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <div
          className={`mt-6 rounded-lg border-2 p-6 ${valid ? "border-green-300 bg-success-50" : "border-red-300 bg-danger-50"}`}
          role="status"
        >
          <p className={`flex items-center gap-2 text-xl font-bold ${valid ? "text-success" : "text-danger"}`}>
            {valid ? <BadgeCheck aria-hidden="true" className="h-7 w-7" /> : <ShieldAlert aria-hidden="true" className="h-7 w-7" />}
            {valid ? t("valid") : t("revoked")}
          </p>
          {!valid && certificate.revokedAt && (
            <p className="mt-2 text-danger">
              {t("revokedOn", { date: date(certificate.revokedAt) })} {t("reason", { reason: certificate.revokedReason ?? "" })}
            </p>
          )}
        </div>
        <dl className="mt-6 grid gap-4 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-muted">{t("holder")}</dt>
          <dd className="text-lg font-semibold">{certificate.holderName}</dd>
          <dt className="font-medium text-muted">{t("course")}</dt>
          <dd className="text-lg" lang={certificate.locale !== locale ? certificate.locale : undefined}>
            {certificate.courseLive ? (
              <Link href={`/courses/${certificate.courseSlug}`}>{certificate.courseTitle}</Link>
            ) : (
              certificate.courseTitle
            )}
          </dd>
          <dt className="font-medium text-muted">{t("issued")}</dt>
          <dd>{date(certificate.issuedAt)}</dd>
          <dt className="font-medium text-muted">{t("code")}</dt>
          <dd className="font-mono text-sm break-all">{certificate.code}</dd>
        </dl>
        <p className="mt-6 text-sm text-muted">{t("explain")}</p>
        {valid && canDownloadCertificate(user, certificate) && (
          <p className="mt-6">
            <a href={`/api/certificates/${certificate.code}?locale=${locale}`} download className="font-medium">
              {t("download")}
            </a>
          </p>
        )}
        {valid && can(user, "certificates.manage") && (
          <ClientMessages namespaces={["courses.verify", "courses.errors"]}>
            <RevokeForm certificateId={certificate.id} />
          </ClientMessages>
        )}
      </div>
    </Container>
  );
}
