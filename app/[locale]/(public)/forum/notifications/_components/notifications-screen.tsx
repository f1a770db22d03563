"use client";

import { useFormatter, useNow, useLocale, useTranslations } from "next-intl";
import { PersonalLoading, usePersonalPage } from "@/components/layout/member";
import { PageHeader } from "@/components/layout/page-header";
import type { NotificationsPage } from "@/lib/notifications/queries";
import { Link } from "@/lib/i18n/navigation";
import { DigestToggle, MarkAllRead } from "../../_components/notification-controls";

/**
 * The member's notifications. The page around them is the same for every member (decision 013: a
 * shell from the cache); they come from the server when it rendered the page for this member
 * (`initial`), else from GET /api/forum/notifications, again after "Mark all as read". Nobody
 * signed in: off to the login page, as the rendered page would have sent them.
 */
export function NotificationsScreen({ initial }: { initial: NotificationsPage | null }) {
  const t = useTranslations("forum.notifications");
  const format = useFormatter();
  // Relative times ("3 minutes ago") against the reader's clock, kept current while the page is open.
  const now = useNow({ updateInterval: 60_000 });
  const locale = useLocale();
  const page = usePersonalPage<NotificationsPage>(`/api/forum/notifications?locale=${locale}`, initial);
  if (!page) {
    return (
      <PageHeader title={t("title")} lead={t("lead")}>
        <PersonalLoading loading={t("loading")} fallback={t("showList")} href="?list=1" className="mt-4 text-muted" />
      </PageHeader>
    );
  }
  const unread = page.items.filter((n) => !n.read).length;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        <div className="mt-4 flex flex-wrap items-start gap-6">
          {unread > 0 && <MarkAllRead />}
          <DigestToggle on={page.digest} />
        </div>
      </PageHeader>
      {page.items.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line">
          {page.items.map((n) => (
            <li key={n.id} className={`p-4 ${n.read ? "" : "bg-brand-50"}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className={n.read ? "" : "font-semibold"}>
                  {!n.read && <span className="sr-only">{t("unreadLabel")}: </span>}
                  {n.href ? <Link href={n.href}>{n.text}</Link> : n.text}
                </p>
                <time dateTime={n.createdAt} className="text-sm text-muted">
                  {format.relativeTime(new Date(n.createdAt), now)}
                </time>
              </div>
              {n.excerpt && <p className="mt-1 text-sm text-muted">{n.excerpt}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
