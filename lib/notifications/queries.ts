import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { db } from "@/lib/db";
import { excerpt } from "@/lib/forum/content";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import { practiceNotices } from "@/lib/practices/queries/notifications";

// A member's notifications — the header's bell, the notifications page and the digest preference.
// Every area's notices (forum, training, good practice, the initiatives map) share them; each area
// writes its own in its service's transaction, and they are read here.

export const unreadNotificationCount = cache(async (userId: string) => db.notification.count({ where: { userId, readAt: null } }));

export type NotificationView = {
  id: string;
  kind: NotificationKind;
  actorName: string | null;
  topicTitle: string | null;
  postId: string | null;
  /** Initiatives map notices (INITIATIVE_*): the initiative, when it still exists. */
  initiative: { slug: string; name: string } | null;
  excerpt: string;
  data: { action?: string; reason?: string; until?: string; count?: number };
  /** Training notifications: the certificate they are about. */
  certificate: { code: string; courseTitle: string } | null;
  read: boolean;
  createdAt: string;
};

export async function listNotifications(userId: string, limit = 50): Promise<NotificationView[]> {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      kind: true,
      data: true,
      readAt: true,
      createdAt: true,
      postId: true,
      actor: { select: { name: true } },
      topic: { select: { title: true } },
      post: { select: { text: true, hiddenAt: true, authorId: true } },
      initiative: { select: { slug: true, name: true } },
      certificate: { select: { code: true, courseTitle: true } },
    },
  });
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    actorName: n.actor?.name ?? null,
    topicTitle: n.topic?.title ?? null,
    postId: n.postId,
    initiative: n.initiative,
    // A hidden post's text is only shown to its author (moderation notices).
    excerpt: n.post && (!n.post.hiddenAt || n.post.authorId === userId) ? excerpt(n.post.text, 140) : "",
    data: (n.data && typeof n.data === "object" && !Array.isArray(n.data) ? n.data : {}) as NotificationView["data"],
    certificate: n.certificate,
    read: n.readAt !== null,
    createdAt: n.createdAt.toISOString(),
  }));
}

export async function digestEnabled(userId: string): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { forumDigest: true } });
  return row?.forumDigest ?? false;
}

// The notifications page's list, in words: one line per notification, in the page's language, with
// where it leads. The forum's, the map's, training's and good practice's notices share the bell and
// this list. Both the page's own render and GET /api/forum/notifications (the page is a shell every
// member shares from the cache, decision 013) answer with it.

export type NotificationLine = {
  id: string;
  text: string;
  /** Where the line leads, without the locale (the page's links add it); null: nowhere. */
  href: string | null;
  excerpt: string;
  read: boolean;
  createdAt: string;
};

export type NotificationsPage = { items: NotificationLine[]; digest: boolean };

export async function notificationsPage(userId: string, locale: string): Promise<NotificationsPage> {
  const [t, tf, ti, tc, tp, format, items, digest] = await Promise.all([
    getTranslations({ locale, namespace: "forum.notifications" }),
    getTranslations({ locale, namespace: "forum" }),
    getTranslations({ locale, namespace: "initiatives.notifications" }),
    getTranslations({ locale, namespace: "courses" }),
    getTranslations({ locale, namespace: "practices" }),
    getFormatter({ locale }),
    listNotifications(userId),
    digestEnabled(userId),
  ]);
  const practices = await practiceNotices(
    userId,
    items.filter((n) => n.kind.startsWith("PRACTICE_")).map((n) => n.id),
    locale,
  );
  const href = (n: NotificationView): string | null => {
    if (n.postId) return `/forum/p/${n.postId}`;
    if (n.initiative) return `/map/i/${n.initiative.slug}`;
    if (n.kind === "INITIATIVE_OVERDUE") return "/admin/initiatives";
    if (n.certificate) return `/certificates/${n.certificate.code}`;
    const p = practices.get(n.id);
    if (!p) return null;
    if (n.kind === "PRACTICE_CHANGES_REQUESTED") return `/practices/${p.slug}/edit`;
    if (n.kind === "PRACTICE_PUBLISHED") return `/practices/${p.slug}`;
    return `/practices/${p.slug}#adoptions`;
  };
  const text = (n: NotificationView): string => {
    if (n.kind === "INITIATIVE_APPROVED" || n.kind === "INITIATIVE_REJECTED" || n.kind === "INITIATIVE_OVERDUE") {
      if (!n.initiative) return ti("overdueSummary", { count: n.data.count ?? 0 });
      return ti(n.kind, { name: n.initiative.name, reason: n.data.reason ?? "" });
    }
    // A person's notice whose author has left reads "Former member"; the platform's own (an automatic hide) "E-PANEMA".
    const values = { actor: n.actorName ?? (n.kind === "MODERATION" ? "E-PANEMA" : tf("formerMember")), topic: n.topicTitle ?? "" };
    if (n.kind === "CERTIFICATE_ISSUED" || n.kind === "CERTIFICATE_REVOKED") {
      return tc(`notifications.${n.kind}`, { course: n.certificate?.courseTitle ?? "", reason: n.data.reason ?? "" });
    }
    if (n.kind.startsWith("PRACTICE_")) {
      const practice = practices.get(n.id);
      const outcome =
        practice?.status && tp.has(`adoption.status.${practice.status}` as never) ? tp(`adoption.status.${practice.status}` as never) : "";
      return tp(
        `notifications.${n.kind}` as never,
        { actor: values.actor, title: practice?.title ?? "", library: practice?.library ?? "", outcome } as never,
      );
    }
    if (n.kind !== "MODERATION") return t(n.kind as "REPLY", values);
    const action = n.data.action === "unhide" || n.data.action === "autoHide" || n.data.action === "suspend" ? n.data.action : "hide";
    const until = n.data.until ? format.dateTime(new Date(n.data.until), { dateStyle: "long", timeZone: "UTC" }) : "";
    return t(`moderation.${action}`, { ...values, reason: n.data.reason ?? "", until });
  };
  return {
    items: items.map((n) => ({ id: n.id, text: text(n), href: href(n), excerpt: n.excerpt, read: n.read, createdAt: n.createdAt })),
    digest,
  };
}
