import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { verifyEmailToken } from "@/lib/accounts/service";
import { Link } from "@/lib/i18n/navigation";
import { ResendVerification } from "../_components/resend-verification";

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
  const hasToken = typeof token === "string" && token.length > 0;
  const ok = hasToken && (await verifyEmailToken(token));
  return (
    <Container narrow>
      <PageHeader title={t("verifyTitle")} />
      {!hasToken ? (
        <Card>
          <h2 className="mb-4 text-lg font-semibold">{t("resendTitle")}</h2>
          <ResendVerification />
        </Card>
      ) : ok ? (
        <Alert tone="success">
          <p>{t("verifyDone")}</p>
          <p className="mt-2">
            <Link href="/login" className="font-semibold">
              {t("loginButton")}
            </Link>
          </p>
        </Alert>
      ) : (
        <>
          <Alert tone="error" className="mb-6">
            {t("verifyFailed")}
          </Alert>
          <Card>
            <h2 className="mb-4 text-lg font-semibold">{t("resendTitle")}</h2>
            <ResendVerification />
          </Card>
        </>
      )}
    </Container>
  );
}
