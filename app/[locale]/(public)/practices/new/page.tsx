import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { NewPracticeForm } from "../_components/new-practice-form";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "practices" });
  return { title: t("new.title"), robots: { index: false } };
}

export default async function NewPracticePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("practices.write");
  const t = await getTranslations("practices");
  return (
    <Container>
      <div className="max-w-xl">
        <p className="mb-2 text-sm">
          <Link href="/practices/mine">← {t("mine.title")}</Link>
        </p>
        <PageHeader
          title={t("new.title")}
          lead={user.organisationName ? t("new.lead", { organisation: user.organisationName }) : undefined}
        />
        {user.organisationId ? (
          <Card>
            <ClientMessages namespaces={["practices"]}>
              <NewPracticeForm locale={locale} />
            </ClientMessages>
          </Card>
        ) : (
          <Alert tone="info">{t("mine.noOrganisation")}</Alert>
        )}
      </div>
    </Container>
  );
}
