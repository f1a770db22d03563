import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ProgressBar } from "@/components/courses/progress-bar";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/guard";
import { getMyLearning } from "@/lib/courses/queries";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses.learning" });
  return { title: t("title"), robots: { index: false } };
}

export default async function MyLearningPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("courses.learn");
  const [t, tc, format, mine] = await Promise.all([
    getTranslations("courses.learning"),
    getTranslations("courses"),
    getFormatter(),
    getMyLearning(user.id, locale),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="mt-4">
          <Link href="/courses" className={buttonClasses("secondary", "sm")}>
            {t("browse")}
          </Link>
        </p>
      </PageHeader>
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="in-progress">
          <h2 id="in-progress" className="text-xl font-bold">
            {t("inProgress")}
          </h2>
          {mine.inProgress.length === 0 ? (
            <p className="mt-3 text-muted">{t("noneInProgress")}</p>
          ) : (
            <ul className="mt-4 space-y-4">
              {mine.inProgress.map((c) => (
                <li key={c.slug} className="rounded-lg border border-line p-4">
                  <h3 className="font-semibold" lang={c.locale !== locale ? c.locale : undefined}>
                    <Link href={`/courses/${c.slug}`}>{c.title}</Link>
                  </h3>
                  <ProgressBar
                    className="mt-3"
                    percent={c.percent}
                    label={tc("progressLabel")}
                    valueText={t("percent", { percent: c.percent })}
                  />
                  <p className="mt-2 text-sm text-muted">{t("lastActive", { date: date(c.lastActiveAt) })}</p>
                </li>
              ))}
            </ul>
          )}
          <h2 id="completed" className="mt-10 text-xl font-bold">
            {t("completed")}
          </h2>
          {mine.completed.length === 0 ? (
            <p className="mt-3 text-muted">{t("noneCompleted")}</p>
          ) : (
            <ul className="mt-4 space-y-3">
              {mine.completed.map((c) => (
                <li key={c.slug} className="flex flex-wrap items-baseline justify-between gap-2 rounded-lg border border-line p-4">
                  <Link href={`/courses/${c.slug}`} className="font-semibold" lang={c.locale !== locale ? c.locale : undefined}>
                    {c.title}
                  </Link>
                  <span className="text-sm text-muted">{t("completedOn", { date: date(c.completedAt ?? c.lastActiveAt) })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="certificates">
          <h2 id="certificates" className="text-xl font-bold">
            {t("certificates")}
          </h2>
          {mine.certificates.length === 0 ? (
            <p className="mt-3 text-muted">{t("noCertificates")}</p>
          ) : (
            <ul className="mt-4 space-y-3">
              {mine.certificates.map((c) => (
                <li key={c.code} className="rounded-lg border border-line p-4">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <Link href={`/certificates/${c.code}`} className="font-semibold">
                      {c.courseTitle}
                    </Link>
                    {c.revokedAt ? <Badge tone="danger">{t("revoked")}</Badge> : <Badge tone="success">{t("valid")}</Badge>}
                  </div>
                  <p className="mt-1 text-sm text-muted">{t("issuedOn", { date: date(c.issuedAt) })}</p>
                  {!c.revokedAt && (
                    <p className="mt-2 text-sm">
                      <a href={`/api/certificates/${c.code}?locale=${locale}`} download>
                        {t("downloadPdf", { course: c.courseTitle })}
                      </a>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </Container>
  );
}
