import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container } from "@/components/layout/page-header";
import type { NotificationsPage } from "@/lib/notifications/queries";
import { Link } from "@/lib/i18n/navigation";
import { ForumBreadcrumb } from "../../_components/forum-nav";
import { NotificationsScreen } from "./notifications-screen";

/** The notifications page around its list: the member's, from the server (`initial`), or none (the shared shell). */
export async function NotificationsShell({ initial }: { initial: NotificationsPage | null }) {
  const [t, tf] = await Promise.all([getTranslations("forum.notifications"), getTranslations("forum")]);
  return (
    <Container>
      <ForumBreadcrumb items={[{ label: t("title") }]} />
      <ClientMessages namespaces={["forum.notifications"]}>
        <NotificationsScreen initial={initial} />
      </ClientMessages>
      <p className="mt-6 text-sm">
        <Link href="/forum">{tf("title")}</Link>
      </p>
    </Container>
  );
}
