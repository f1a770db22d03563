import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { verifyEmailToken } from "@/lib/accounts/actions";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("verifyTitle"), robots: { index: false } };
}

export default async function VerifyEmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  const ok = typeof token === "string" && (await verifyEmailToken(token));
  return (
    <Container narrow>
      <PageHeader title={t("verifyTitle")} />
      {ok ? (
        <Alert tone="success">
          <p>{t("verifyDone")}</p>
          <p className="mt-2">
            <Link href="/login" className="font-semibold">
              {t("loginButton")}
            </Link>
          </p>
        </Alert>
      ) : (
        <Alert tone="error">
          <p>{t("verifyFailed")}</p>
          <p className="mt-2">
            <Link href="/login">{t("resendTitle")}</Link>
          </p>
        </Alert>
      )}
    </Container>
  );
}
