import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InitiativeForm } from "@/components/initiatives/initiative-form";
import { MapTabs } from "@/components/initiatives/map-tabs";
import { Container, PageHeader } from "@/components/layout/page-header";
import { can, requirePagePermission } from "@/lib/auth/guard";
import { canReview } from "@/lib/initiatives/policy";
import { organisationOptions } from "@/lib/initiatives/queries";
import { mapTileSource } from "@/lib/initiatives/tiles";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "initiatives.form" });
  return { title: t("suggestTitle") };
}

export default async function SuggestPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("initiatives.suggest");
  const [t, organisations] = await Promise.all([getTranslations("initiatives.form"), organisationOptions()]);
  const own = can(user, "initiatives.edit:own") ? user.organisationId : null;
  return (
    <Container>
      <PageHeader title={t("suggestTitle")} lead={own || canReview(user) ? t("createLead") : t("suggestLead")} />
      <MapTabs locale={locale} current="suggest" search="" />
      <InitiativeForm
        mode="suggest"
        initial={{ organisationId: own ?? "", lang: locale }}
        organisations={organisations}
        ownOrganisationId={own}
        reviewer={canReview(user)}
        tiles={mapTileSource()}
      />
    </Container>
  );
}
