import { getTranslations } from "next-intl/server";
import { MapTabs } from "@/components/initiatives/map-tabs";
import { Container, PageHeader } from "@/components/layout/page-header";
import type { MyInitiatives } from "@/lib/initiatives/queries";
import { MyInitiativesScreen } from "./my-initiatives-screen";

/**
 * "My initiatives" around its lists: the member's, from the server (`initial`), or none (the shell
 * every member shares from the cache, filled in from GET /api/map/mine). The map's layout sends
 * the "initiatives" messages the lists need.
 */
export async function MyInitiativesShell({ initial, locale }: { initial: MyInitiatives | null; locale: string }) {
  const t = await getTranslations({ locale, namespace: "initiatives.mine" });
  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")} />
      <MapTabs locale={locale} current="mine" search="" />
      <MyInitiativesScreen initial={initial} />
    </Container>
  );
}
