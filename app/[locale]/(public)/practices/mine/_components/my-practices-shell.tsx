import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container } from "@/components/layout/page-header";
import { Link } from "@/lib/i18n/navigation";
import type { OwnPractices } from "@/lib/practices/queries";
import { MyPracticesScreen } from "./my-practices-screen";

/** The strings the page's client part shows (my-practices-screen.tsx and the status badge). */
const MESSAGES = ["practices.mine", "practices.status", "practices.new.title", "practices.fields.title", "practices.viewPublished"];

/**
 * "Our case studies" around its table: the organisation's, from the server (`initial`), or none
 * (the shell every member shares from the cache, filled in from GET /api/practices/mine).
 */
export async function MyPracticesShell({ initial }: { initial: OwnPractices | null }) {
  const t = await getTranslations("practices");
  return (
    <Container>
      <p className="mb-2 text-sm">
        <Link href="/practices">← {t("title")}</Link>
      </p>
      <ClientMessages namespaces={MESSAGES}>
        <MyPracticesScreen initial={initial} />
      </ClientMessages>
    </Container>
  );
}
