import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container } from "@/components/layout/page-header";
import { getCurrentUser } from "@/lib/auth/guard";
import type { NotificationsPage } from "@/lib/forum/notification-lines";
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

/** The shell of the visitor tree (app/visitor/[locale]/forum/notifications): nothing personal, for every member. */
export async function SharedNotificationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Rendered without a request, so without a session: never anyone's notifications.
  if (await getCurrentUser()) throw new Error("The shared notifications shell must render without a session.");
  return <NotificationsShell initial={null} />;
}
