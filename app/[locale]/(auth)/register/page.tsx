import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { countryOptions } from "@/lib/countries";
import { listOrganisations } from "@/lib/organisations/queries";
import { RegisterForm } from "../_components/register-form";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("registerTitle") };
}

export default async function RegisterPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tc, organisations] = await Promise.all([getTranslations("auth"), getTranslations("common"), listOrganisations()]);
  return (
    <Container narrow>
      <PageHeader title={t("registerTitle")} lead={t("registerLead")} />
      <Card>
        <RegisterForm
          locale={locale}
          countries={countryOptions(locale, tc("otherCountry")).map((c) => ({ value: c.code, label: c.name }))}
          organisations={organisations.map((o) => ({ value: o.id, label: o.city ? `${o.name} (${o.city})` : o.name }))}
        />
      </Card>
    </Container>
  );
}
