import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Link } from "@/lib/i18n/navigation";
import type { MyAdoption } from "@/lib/practices/queries";
import { AdoptionsScreen } from "./adoptions-screen";

/** The strings the page's client part shows (adoptions-screen.tsx). */
const MESSAGES = ["practices.myAdoptions", "practices.adoption.status", "practices.adoption.progress", "practices.adoption.plannedForDate"];

/** "My adoptions" around its list: the member's, from the server (`initial`), or none (the shared shell). */
export async function AdoptionsShell({ initial }: { initial: MyAdoption[] | null }) {
  const t = await getTranslations("practices");
  return (
    <Container>
      <p className="mb-2 text-sm">
        <Link href="/practices">← {t("title")}</Link>
      </p>
      <PageHeader title={t("myAdoptions.title")} lead={t("myAdoptions.lead")} />
      <ClientMessages namespaces={MESSAGES}>
        <AdoptionsScreen initial={initial} />
      </ClientMessages>
    </Container>
  );
}
