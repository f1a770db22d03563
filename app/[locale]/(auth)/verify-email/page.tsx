import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { ResendVerification } from "../_components/resend-verification";
import { VerifyEmailForm } from "../_components/verify-email-form";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("verifyTitle"), robots: { index: false } };
}

/** Shows a confirm button for the link's token (the button's action uses it up), or the resend form. */
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
  return (
    <Container narrow>
      <PageHeader title={t("verifyTitle")} />
      {hasToken ? (
        <VerifyEmailForm token={token} />
      ) : (
        <Card>
          <h2 className="mb-4 text-lg font-semibold">{t("resendTitle")}</h2>
          <ResendVerification />
        </Card>
      )}
    </Container>
  );
}
