import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import { excerpt } from "../content";

// A member's notifications (the header's bell, the notifications page) and digest preference.

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
