import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { categoryVisibilityWhere } from "../policy";
import { TOPICS_PER_PAGE } from "../schemas";
import { categorySubscription } from "./categories";
import { isPerson, localised, type Reader } from "./shared";

// Topic lists (a category, the latest topics), a page at a time, with each reader's unread counts.

export type TopicListItem = {
  id: string;
  title: string;
  tags: string[];
  /** The language the topic was opened in (its first post's). */
  locale: string;
  authorName: string | null;
  category: { slug: string; name: string };
  replyCount: number;
  lastPostAt: string;
  lastPosterName: string | null;
  pinned: boolean;
  locked: boolean;
  solved: boolean;
  /** Logged-in readers: "new" (never opened) or the number of posts since their last visit. */
  unread: "new" | number | null;
  /** Post number to open: the first unread one for readers who have been here. */
  firstUnread: number | null;
};

/** A topic not seen for this long is no longer "new" to someone who never opened it. */
const NEW_FOR_DAYS = 14;

const topicSelect = {
  id: true,
  title: true,
  tags: true,
  replyCount: true,
  postCount: true,
  lastPostAt: true,
  lastPosterId: true,
  pinnedAt: true,
  lockedAt: true,
  solvedPostId: true,
  createdAt: true,
  author: { select: { name: true } },
  category: { select: { slug: true, name: true } },
  posts: { where: { number: 1 }, select: { locale: true }, take: 1 },
} as const;

type TopicRow = Prisma.ForumTopicGetPayload<{ select: typeof topicSelect }>;

/** What one member has not read of a topic: "new" (never opened, recent) or the posts since their last visit. */
function unreadOf(topic: { postCount: number; lastPostAt: Date }, seen: number | undefined, newSince: number) {
  let unread: TopicListItem["unread"] = null;
  if (seen === undefined) unread = topic.lastPostAt.getTime() > newSince ? "new" : null;
  else if (topic.postCount > seen) unread = topic.postCount - seen;
  return { unread, firstUnread: typeof unread === "number" && seen !== undefined ? seen + 1 : null };
}

async function readsOf(userId: string, topicIds: string[]): Promise<Map<string, number>> {
  if (topicIds.length === 0) return new Map();
  const reads = await db.forumTopicRead.findMany({
    where: { userId, topicId: { in: topicIds } },
    select: { topicId: true, lastNumber: true },
  });
  return new Map(reads.map((r) => [r.topicId, r.lastNumber]));
}

async function toTopicItems(rows: TopicRow[], user: Reader, locale: string): Promise<TopicListItem[]> {
  const posterIds = [...new Set(rows.map((r) => r.lastPosterId).filter((id): id is string => Boolean(id)))];
  const [posters, readUpTo] = await Promise.all([
    posterIds.length ? db.user.findMany({ where: { id: { in: posterIds } }, select: { id: true, name: true } }) : [],
    isPerson(user)
      ? readsOf(
          user.id,
          rows.map((r) => r.id),
        )
      : new Map<string, number>(),
  ]);
  const posterName = new Map(posters.map((p) => [p.id, p.name]));
  const newSince = Date.now() - NEW_FOR_DAYS * 86_400_000;
  return rows.map((r) => {
    const marks = isPerson(user) ? unreadOf(r, readUpTo.get(r.id), newSince) : { unread: null, firstUnread: null };
    return {
      id: r.id,
      title: r.title,
      locale: r.posts[0]?.locale ?? "en",
      tags: r.tags,
      authorName: r.author?.name ?? null,
      category: { slug: r.category.slug, name: localised(r.category.name, locale) },
      replyCount: r.replyCount,
      lastPostAt: r.lastPostAt.toISOString(),
      lastPosterName: r.lastPosterId ? (posterName.get(r.lastPosterId) ?? null) : null,
      pinned: r.pinnedAt !== null,
      locked: r.lockedAt !== null,
      solved: r.solvedPostId !== null,
      ...marks,
    };
  });
}

/**
 * A member's part of a forum list shared by every member (decision 013): what they have not read
 * of the topics shown, and whether they follow the category. For GET /api/forum/reads; a list
 * rendered for the member itself has the same in its items (`unread`, `firstUnread`).
 */
export type ListViewer = {
  topics: Record<string, { unread: TopicListItem["unread"]; firstUnread: number | null }>;
  followingCategory: boolean | null;
};

/** The same from a list rendered for the member itself (its items carry the marks). */
export function listViewerOf(items: TopicListItem[], followingCategory: boolean | null): ListViewer {
  return { topics: Object.fromEntries(items.map((i) => [i.id, { unread: i.unread, firstUnread: i.firstUnread }])), followingCategory };
}

export async function listViewer(user: NonNullable<Reader>, topicIds: string[], categoryId: string | null): Promise<ListViewer> {
  const [topics, readUpTo, follow] = await Promise.all([
    topicIds.length
      ? db.forumTopic.findMany({
          where: { id: { in: topicIds }, category: categoryVisibilityWhere(user) },
          select: { id: true, postCount: true, lastPostAt: true },
        })
      : [],
    readsOf(user.id, topicIds),
    categoryId ? categorySubscription(user.id, categoryId) : null,
  ]);
  const newSince = Date.now() - NEW_FOR_DAYS * 86_400_000;
  return {
    topics: Object.fromEntries(topics.map((t) => [t.id, unreadOf(t, readUpTo.get(t.id), newSince)])),
    followingCategory: follow,
  };
}

/** Keyset cursor over (lastPostAt desc, id): "<ISO time>_<id>". */
export function parseCursor(raw: string | undefined): { at: Date; id: string } | null {
  const match = raw?.match(/^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_([A-Za-z0-9_-]{1,40})$/);
  if (!match) return null;
  const at = new Date(match[1]);
  return Number.isNaN(at.getTime()) ? null : { at, id: match[2] };
}

function afterCursor(cursor: { at: Date; id: string } | null): Prisma.ForumTopicWhereInput {
  if (!cursor) return {};
  return { OR: [{ lastPostAt: { lt: cursor.at } }, { lastPostAt: cursor.at, id: { gt: cursor.id } }] };
}

export type TopicList = { topics: TopicListItem[]; pinned: TopicListItem[]; nextCursor: string | null };

/**
 * Topics by last activity, newest first, a page at a time with a keyset cursor (no OFFSET).
 * In a category, pinned topics come first on the first page.
 */
export async function listTopics(
  user: Reader,
  locale: string,
  opts: { categoryId?: string; cursor?: string; limit?: number },
): Promise<TopicList> {
  const limit = opts.limit ?? TOPICS_PER_PAGE;
  const cursor = parseCursor(opts.cursor);
  const base: Prisma.ForumTopicWhereInput = opts.categoryId
    ? { categoryId: opts.categoryId, category: categoryVisibilityWhere(user) }
    : { category: categoryVisibilityWhere(user) };
  const pinFirst = Boolean(opts.categoryId) && !cursor;
  const [pinnedRows, rows] = await Promise.all([
    pinFirst
      ? db.forumTopic.findMany({
          where: { ...base, pinnedAt: { not: null } },
          select: topicSelect,
          orderBy: { pinnedAt: "desc" },
          take: 10,
        })
      : [],
    db.forumTopic.findMany({
      where: { ...base, ...(opts.categoryId ? { pinnedAt: null } : {}), ...afterCursor(cursor) },
      select: topicSelect,
      orderBy: [{ lastPostAt: "desc" }, { id: "asc" }],
      take: limit + 1,
    }),
  ]);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const [topics, pinned] = await Promise.all([toTopicItems(page, user, locale), toTopicItems(pinnedRows, user, locale)]);
  return { topics, pinned, nextCursor: more && last ? `${last.lastPostAt.toISOString()}_${last.id}` : null };
}
