import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { notificationsPage } from "@/lib/notifications/queries";
import { NotificationsShell } from "./_components/notifications-shell";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "forum.notifications" });
  return { title: t("title") };
}

/**
 * The member's notifications. Members get the page as a shell shared from the cache (decision 013:
 * the route entry says `shared: "members"`; app/visitor/[locale]/forum/notifications is the
 * shell), filled in by the browser from GET /api/forum/notifications; it is rendered here per
 * request otherwise (no hint cookie yet, a query such as the no-script link's `?list=1`, `next
 * dev`), with the notifications from the server. Visitors are sent to log in.
 */
export default async function NotificationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("forum.post");
  return <NotificationsShell initial={await notificationsPage(user.id, locale)} />;
}
