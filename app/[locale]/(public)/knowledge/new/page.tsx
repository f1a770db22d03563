import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { listParentCandidates } from "@/lib/knowledge/queries";
import { NewPageForm } from "../_components/new-page-form";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "knowledge" });
  return { title: t("newPage") };
}

export default async function NewKnowledgePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ section?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePagePermission("knowledge.edit");
  const [t, parents, { section }] = await Promise.all([getTranslations("knowledge"), listParentCandidates(), searchParams]);
  return (
    <Container>
      <div className="max-w-xl">
        <PageHeader title={t("newPage")} lead={t("newPageLead")} />
        <Card>
          <ClientMessages namespaces={["knowledge"]}>
            <NewPageForm parents={parents} locale={locale} defaultSection={section} />
          </ClientMessages>
        </Card>
      </div>
    </Container>
  );
}
