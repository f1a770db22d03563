import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { safeNextPath } from "@/lib/accounts/schemas";
import { getCurrentUser } from "@/lib/auth/guard";
import { LoginForm } from "../_components/login-form";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("loginTitle") };
}

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await getCurrentUser()) redirect(`/${locale}/account`);
  const { next } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <Container narrow>
      <PageHeader title={t("loginTitle")} lead={t("loginLead")} />
      <Card>
        <LoginForm next={safeNextPath(next) ?? undefined} />
      </Card>
      <p className="mt-6 text-sm">
        <Link href="/verify-email">{t("resendTitle")}</Link>
      </p>
    </Container>
  );
}
