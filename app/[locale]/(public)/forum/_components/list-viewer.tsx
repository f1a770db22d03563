"use client";

import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useContext } from "react";
import { usePersonal } from "@/components/layout/member";
import { Badge } from "@/components/ui/badge";
import type { ListViewer } from "@/lib/forum/queries/topics";
import { Link } from "@/lib/i18n/navigation";
import { SubscribeButton } from "./subscribe-button";

// The member's part of a forum list (decision 013). Lists come from the cache in two copies: the
// visitors' and the one every member shares (members-only categories included, nothing about one
// member); what one member has not read, and whether they follow the category, come from
// GET /api/forum/reads, or from the server when it rendered the list for them (`initial`).

const ListContext = createContext<ListViewer | null>(null);

export function ListViewerProvider({
  topicIds,
  categoryId = null,
  initial,
  children,
}: {
  topicIds: string[];
  categoryId?: string | null;
  initial: ListViewer | null;
  children: ReactNode;
}) {
  const url = `/api/forum/reads?topics=${topicIds.join(",")}${categoryId ? `&category=${categoryId}` : ""}`;
  const viewer = usePersonal<ListViewer>(url, initial);
  return <ListContext value={viewer}>{children}</ListContext>;
}

/** A topic's title link: to the first unread post for a member who has been there. */
export function TopicLink({ topicId, lang, children }: { topicId: string; lang?: string; children: ReactNode }) {
  const first = useContext(ListContext)?.topics[topicId]?.firstUnread ?? null;
  return (
    <Link href={first ? `/forum/t/${topicId}?post=${first}` : `/forum/t/${topicId}`} className="font-semibold text-brand-900" lang={lang}>
      {children}
    </Link>
  );
}

/** "New" or "N unread" beside a topic, for the member reading the list. */
export function UnreadBadge({ topicId }: { topicId: string }) {
  const t = useTranslations("forum");
  const unread = useContext(ListContext)?.topics[topicId]?.unread ?? null;
  if (unread === "new") return <Badge tone="warning">{t("new")}</Badge>;
  if (typeof unread === "number") return <Badge tone="warning">{t("unread", { count: unread })}</Badge>;
  return null;
}

/** Follow / stop following the category: members only. */
export function CategoryFollow({ categoryId, hint }: { categoryId: string; hint: string }) {
  const following = useContext(ListContext)?.followingCategory ?? null;
  if (following === null) return null;
  return <SubscribeButton target={{ categoryId }} on={following} hint={hint} />;
}
