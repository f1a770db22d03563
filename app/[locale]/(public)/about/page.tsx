import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ProsePage } from "@/components/layout/prose-page";
import { operatorName, site } from "@/lib/site";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "about" });
  return { title: t("title") };
}

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const format = await getFormatter();
  const values = {
    contactEmail: site.contactEmail,
    accessibilityEmail: site.accessibilityEmail,
    operator: await operatorName(),
    date: format.dateTime(new Date(site.statementDate), { dateStyle: "long" }),
  };
  // "…the platform of the Library Bridges partnership, run by the Library Bridges partnership": the
  // operator is named only when it is someone else (SITE_OPERATOR).
  return (
    <ProsePage
      namespace="about"
      lead={site.operatorConfigured ? "leadOperator" : "lead"}
      sections={["mission", "results", "partners", "openSource"]}
      values={values}
    />
  );
}
