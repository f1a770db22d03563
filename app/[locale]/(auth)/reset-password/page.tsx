import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Link } from "@/lib/i18n/navigation";
import { ResetPasswordForm } from "../_components/password-forms";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("resetTitle"), robots: { index: false } };
}

export default async function ResetPasswordPage({
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
  return (
    <Container narrow>
      <PageHeader title={t("resetTitle")} />
      {typeof token === "string" && token ? (
        <Card>
          <ResetPasswordForm token={token} />
        </Card>
      ) : (
        <Alert tone="error">
          {t("tokenMissing")} <Link href="/forgot-password">{t("forgotLink")}</Link>
        </Alert>
      )}
    </Container>
  );
}
