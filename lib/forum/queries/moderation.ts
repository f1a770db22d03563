import "server-only";
import { db } from "@/lib/db";
import type { ForumHiddenBy } from "@/lib/generated/prisma/client";
import { excerpt } from "../content";
import { localised } from "./shared";

// The coordinators' screens: the review queue, running suspensions, the dashboard's count.

export type QueueItem = {
  postId: string;
  number: number;
  topicId: string;
  topicTitle: string;
  categoryName: string;
  author: { id: string; name: string; suspendedUntil: string | null; createdAt: string } | null;
  html: string;
  createdAt: string;
  hidden: null | { by: ForumHiddenBy; reason: string | null };
  flags: { reason: string; note: string; reporterName: string | null; createdAt: string }[];
  /** The post before, for context. */
  previous: { number: number; authorName: string | null; excerpt: string } | null;
};

/** Posts with open flags, the most flagged first, with the flags and the post before for context. */
export async function reviewQueue(locale: string): Promise<QueueItem[]> {
  const grouped = await db.forumFlag.groupBy({
    by: ["postId"],
    where: { status: "OPEN" },
    _count: { _all: true },
    _min: { createdAt: true },
    orderBy: [{ _count: { postId: "desc" } }, { _min: { createdAt: "asc" } }],
    take: 50,
  });
  if (grouped.length === 0) return [];
  const posts = await db.forumPost.findMany({
    where: { id: { in: grouped.map((g) => g.postId) } },
    select: {
      id: true,
      number: true,
      topicId: true,
      contentHtml: true,
      createdAt: true,
      hiddenAt: true,
      hiddenBy: true,
      hiddenReason: true,
      topic: { select: { title: true, category: { select: { name: true } } } },
      author: { select: { id: true, name: true, forumSuspendedUntil: true, createdAt: true } },
      flags: {
        where: { status: "OPEN" },
        orderBy: { createdAt: "asc" },
        select: { reason: true, note: true, createdAt: true, reporter: { select: { name: true } } },
      },
    },
  });
  const previous = await db.forumPost.findMany({
    where: { OR: posts.filter((p) => p.number > 1).map((p) => ({ topicId: p.topicId, number: p.number - 1 })) },
    select: { topicId: true, number: true, text: true, hiddenAt: true, author: { select: { name: true } } },
  });
  const byId = new Map(posts.map((p) => [p.id, p]));
  const now = new Date();
  return grouped
    .map((g) => byId.get(g.postId))
    .filter((p): p is (typeof posts)[number] => p !== undefined)
    .map((p) => {
      const prev = previous.find((x) => x.topicId === p.topicId && x.number === p.number - 1);
      return {
        postId: p.id,
        number: p.number,
        topicId: p.topicId,
        topicTitle: p.topic.title,
        categoryName: localised(p.topic.category.name, locale),
        author: p.author
          ? {
              id: p.author.id,
              name: p.author.name,
              suspendedUntil:
                p.author.forumSuspendedUntil && p.author.forumSuspendedUntil > now ? p.author.forumSuspendedUntil.toISOString() : null,
              createdAt: p.author.createdAt.toISOString(),
            }
          : null,
        html: p.contentHtml,
        createdAt: p.createdAt.toISOString(),
        hidden: p.hiddenAt ? { by: p.hiddenBy ?? "MODERATOR", reason: p.hiddenReason } : null,
        flags: p.flags.map((f) => ({
          reason: f.reason,
          note: f.note,
          reporterName: f.reporter?.name ?? null,
          createdAt: f.createdAt.toISOString(),
        })),
        previous: prev
          ? { number: prev.number, authorName: prev.author?.name ?? null, excerpt: prev.hiddenAt ? "" : excerpt(prev.text, 200) }
          : null,
      };
    });
}

/** Members currently suspended from the forum. */
export async function forumSuspensions() {
  const rows = await db.user.findMany({
    where: { forumSuspendedUntil: { gt: new Date() } },
    select: { id: true, name: true, forumSuspendedUntil: true, forumSuspendedReason: true },
    orderBy: { forumSuspendedUntil: "asc" },
    take: 100,
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    until: r.forumSuspendedUntil?.toISOString() ?? "",
    reason: r.forumSuspendedReason ?? "",
  }));
}

/** Posts with open reports (the review queue's length). */
export async function openForumReports(): Promise<number> {
  const rows = await db.forumFlag.groupBy({ by: ["postId"], where: { status: "OPEN" } });
  return rows.length;
}
