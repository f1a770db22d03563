import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import { excerpt } from "./content";
import { POSTS_PER_PAGE, REACTIONS, type ReactionKind, TOPICS_PER_PAGE } from "./schemas";
import { canModerate, categoryVisibilityWhere } from "./service";

// Reading the forum. Every function takes the reader and returns plain objects with only what
// the page shows: never a raw row.

type Reader = Pick<CurrentUser, "id" | "role"> | null;

/** A translated field ({ en, fr, … }) in the UI language, else English, else any. */
export function localised(value: Prisma.JsonValue, locale: string): string {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const map = value as Record<string, unknown>;
    const pick = map[locale] ?? map.en ?? Object.values(map)[0];
    return typeof pick === "string" ? pick : "";
  }
  return typeof value === "string" ? value : "";
}

export type CategorySummary = {
  id: string;
  slug: string;
  name: string;
  description: string;
  kind: "THEME" | "COUNTRY";
  membersOnly: boolean;
  country: string | null;
  topicCount: number;
  postCount: number;
  lastPostAt: string | null;
};

const categorySelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  kind: true,
  visibility: true,
  country: true,
  topicCount: true,
  postCount: true,
  lastPostAt: true,
} as const;

function toCategory(c: Prisma.ForumCategoryGetPayload<{ select: typeof categorySelect }>, locale: string): CategorySummary {
  return {
    id: c.id,
    slug: c.slug,
    name: localised(c.name, locale),
    description: localised(c.description, locale),
    kind: c.kind,
    membersOnly: c.visibility === "MEMBERS",
    country: c.country,
    topicCount: c.topicCount,
    postCount: c.postCount,
    lastPostAt: c.lastPostAt?.toISOString() ?? null,
  };
}

export const listCategories = cache(async (user: Reader, locale: string): Promise<CategorySummary[]> => {
  const rows = await db.forumCategory.findMany({
    where: categoryVisibilityWhere(user),
    select: categorySelect,
    orderBy: [{ kind: "asc" }, { position: "asc" }],
  });
  return rows.map((c) => toCategory(c, locale));
});

export async function categoryBySlug(user: Reader, slug: string, locale: string): Promise<CategorySummary | null> {
  const row = await db.forumCategory.findFirst({ where: { slug, ...categoryVisibilityWhere(user) }, select: categorySelect });
  return row ? toCategory(row, locale) : null;
}

export type TopicListItem = {
  id: string;
  title: string;
  tags: string[];
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
} as const;

type TopicRow = Prisma.ForumTopicGetPayload<{ select: typeof topicSelect }>;

async function toTopicItems(rows: TopicRow[], user: Reader, locale: string): Promise<TopicListItem[]> {
  const posterIds = [...new Set(rows.map((r) => r.lastPosterId).filter((id): id is string => Boolean(id)))];
  const [posters, reads] = await Promise.all([
    posterIds.length ? db.user.findMany({ where: { id: { in: posterIds } }, select: { id: true, name: true } }) : [],
    user && rows.length
      ? db.forumTopicRead.findMany({
          where: { userId: user.id, topicId: { in: rows.map((r) => r.id) } },
          select: { topicId: true, lastNumber: true },
        })
      : [],
  ]);
  const posterName = new Map(posters.map((p) => [p.id, p.name]));
  const readUpTo = new Map(reads.map((r) => [r.topicId, r.lastNumber]));
  const newSince = Date.now() - NEW_FOR_DAYS * 86_400_000;
  return rows.map((r) => {
    const seen = readUpTo.get(r.id);
    let unread: TopicListItem["unread"] = null;
    if (user) {
      if (seen === undefined) unread = r.lastPostAt.getTime() > newSince ? "new" : null;
      else if (r.postCount > seen) unread = r.postCount - seen;
    }
    return {
      id: r.id,
      title: r.title,
      tags: r.tags,
      authorName: r.author?.name ?? null,
      category: { slug: r.category.slug, name: localised(r.category.name, locale) },
      replyCount: r.replyCount,
      lastPostAt: r.lastPostAt.toISOString(),
      lastPosterName: r.lastPosterId ? (posterName.get(r.lastPosterId) ?? null) : null,
      pinned: r.pinnedAt !== null,
      locked: r.lockedAt !== null,
      solved: r.solvedPostId !== null,
      unread,
      firstUnread: typeof unread === "number" && seen !== undefined ? seen + 1 : null,
    };
  });
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

export type PostView = {
  id: string;
  number: number;
  author: { id: string; name: string; organisation: string | null; role: string } | null;
  createdAt: string;
  editedAt: string | null;
  editCount: number;
  /** Sanitised HTML; null when hidden from this reader. */
  html: string | null;
  /** Plain text (quoting). Empty when hidden from this reader. */
  text: string;
  hidden: null | { by: "MODERATOR" | "FLAGS"; reason: string | null };
  replyTo: { id: string; number: number; authorName: string | null } | null;
  reactions: { kind: ReactionKind; count: number; mine: boolean }[];
  openFlags: number;
  isMine: boolean;
  /** Tiptap JSON for the inline editor: only for the author and moderators. */
  editJson: unknown;
};

export type TopicView = {
  id: string;
  title: string;
  tags: string[];
  category: { id: string; slug: string; name: string; membersOnly: boolean };
  authorId: string | null;
  locked: boolean;
  pinned: boolean;
  solvedPost: { id: string; number: number } | null;
  postCount: number;
  replyCount: number;
  page: number;
  pages: number;
  posts: PostView[];
  subscribed: boolean;
  canReply: boolean;
  canModerate: boolean;
  canAccept: boolean;
  /** The reader's suspension, if any. */
  suspension: { until: string; reason: string } | null;
};

/** The topic a reader may see, or null. Cached per request (the page and its metadata share it). */
export const topicHeader = cache(async (user: Reader, topicId: string) =>
  db.forumTopic.findFirst({
    where: { id: topicId, category: categoryVisibilityWhere(user) },
    select: {
      id: true,
      title: true,
      tags: true,
      authorId: true,
      lockedAt: true,
      pinnedAt: true,
      solvedPostId: true,
      postCount: true,
      replyCount: true,
      category: { select: { id: true, slug: true, name: true, visibility: true } },
    },
  }),
);

/**
 * One page of a thread. Posts are numbered without gaps, so page k is the number range
 * ((k-1)·size, k·size], read through the unique (topicId, number) index: the last page of a
 * 5,000-post thread costs the same as the first.
 */
export async function topicPage(user: Reader, topicId: string, requestedPage: number, locale: string): Promise<TopicView | null> {
  const topic = await topicHeader(user, topicId);
  if (!topic) return null;
  const pages = Math.max(1, Math.ceil(topic.postCount / POSTS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pages);
  const from = (page - 1) * POSTS_PER_PAGE + 1;
  const to = page * POSTS_PER_PAGE;
  const moderator = canModerate(user);
  const rows = await db.forumPost.findMany({
    where: { topicId, number: { gte: from, lte: to } },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      authorId: true,
      createdAt: true,
      editedAt: true,
      editCount: true,
      contentHtml: true,
      contentJson: true,
      text: true,
      hiddenAt: true,
      hiddenBy: true,
      hiddenReason: true,
      replyToId: true,
      author: { select: { id: true, name: true, role: true, organisation: { select: { name: true } } } },
    },
  });
  const ids = rows.map((r) => r.id);
  const replyToIds = [...new Set(rows.map((r) => r.replyToId).filter((id): id is string => Boolean(id)))];
  const [reactionCounts, mine, flags, replyTos, subscription, solved, me] = await Promise.all([
    ids.length ? db.forumReaction.groupBy({ by: ["postId", "kind"], where: { postId: { in: ids } }, _count: { _all: true } }) : [],
    user && ids.length
      ? db.forumReaction.findMany({ where: { postId: { in: ids }, userId: user.id }, select: { postId: true, kind: true } })
      : [],
    moderator && ids.length
      ? db.forumFlag.groupBy({ by: ["postId"], where: { postId: { in: ids }, status: "OPEN" }, _count: { _all: true } })
      : [],
    replyToIds.length
      ? db.forumPost.findMany({ where: { id: { in: replyToIds } }, select: { id: true, number: true, author: { select: { name: true } } } })
      : [],
    user ? db.forumSubscription.findUnique({ where: { userId_topicId: { userId: user.id, topicId } }, select: { active: true } }) : null,
    topic.solvedPostId ? db.forumPost.findUnique({ where: { id: topic.solvedPostId }, select: { id: true, number: true } }) : null,
    user ? db.user.findUnique({ where: { id: user.id }, select: { forumSuspendedUntil: true, forumSuspendedReason: true } }) : null,
  ]);
  const mineSet = new Set(mine.map((m) => `${m.postId}:${m.kind}`));
  const flagCount = new Map(flags.map((f) => [f.postId, f._count._all]));
  const replyToById = new Map(replyTos.map((r) => [r.id, r]));
  const posts: PostView[] = rows.map((r) => {
    const visibleToMe = !r.hiddenAt || moderator || (user !== null && r.authorId === user.id);
    const replyTo = r.replyToId ? replyToById.get(r.replyToId) : undefined;
    return {
      id: r.id,
      number: r.number,
      author: r.author
        ? { id: r.author.id, name: r.author.name, role: r.author.role, organisation: r.author.organisation?.name ?? null }
        : null,
      createdAt: r.createdAt.toISOString(),
      editedAt: r.editedAt?.toISOString() ?? null,
      editCount: r.editCount,
      html: visibleToMe ? r.contentHtml : null,
      text: visibleToMe && !r.hiddenAt ? r.text : "",
      hidden: r.hiddenAt ? { by: r.hiddenBy ?? "MODERATOR", reason: visibleToMe ? r.hiddenReason : null } : null,
      replyTo: replyTo ? { id: replyTo.id, number: replyTo.number, authorName: replyTo.author?.name ?? null } : null,
      reactions: REACTIONS.map((kind) => ({
        kind,
        count: reactionCounts.find((c) => c.postId === r.id && c.kind === kind)?._count._all ?? 0,
        mine: mineSet.has(`${r.id}:${kind}`),
      })),
      openFlags: flagCount.get(r.id) ?? 0,
      isMine: user !== null && r.authorId === user.id,
      editJson: moderator || (user !== null && r.authorId === user.id) ? r.contentJson : null,
    };
  });
  const suspended = me?.forumSuspendedUntil && me.forumSuspendedUntil > new Date() ? me : null;
  return {
    id: topic.id,
    title: topic.title,
    tags: topic.tags,
    category: {
      id: topic.category.id,
      slug: topic.category.slug,
      name: localised(topic.category.name, locale),
      membersOnly: topic.category.visibility === "MEMBERS",
    },
    authorId: topic.authorId,
    locked: topic.lockedAt !== null,
    pinned: topic.pinnedAt !== null,
    solvedPost: solved,
    postCount: topic.postCount,
    replyCount: topic.replyCount,
    page,
    pages,
    posts,
    subscribed: subscription?.active ?? false,
    canReply: can(user, "forum.post") && (!topic.lockedAt || moderator) && !suspended,
    canModerate: moderator,
    canAccept: user !== null && (user.id === topic.authorId || moderator),
    suspension: suspended?.forumSuspendedUntil
      ? { until: suspended.forumSuspendedUntil.toISOString(), reason: suspended.forumSuspendedReason ?? "" }
      : null,
  };
}

/** Where a post sits: its topic and page (for /forum/p/:id links), if the reader may see the topic. */
export async function locatePost(user: Reader, postId: string): Promise<{ topicId: string; number: number; page: number } | null> {
  const post = await db.forumPost.findFirst({
    where: { id: postId, topic: { category: categoryVisibilityWhere(user) } },
    select: { topicId: true, number: true },
  });
  return post ? { ...post, page: Math.ceil(post.number / POSTS_PER_PAGE) } : null;
}

export type RevisionView = { id: string; html: string; editorName: string | null; createdAt: string };

export async function postHistory(postId: string) {
  const post = await db.forumPost.findUnique({
    where: { id: postId },
    select: {
      id: true,
      number: true,
      topicId: true,
      contentHtml: true,
      editedAt: true,
      createdAt: true,
      topic: { select: { title: true } },
      author: { select: { name: true } },
      revisions: {
        orderBy: { createdAt: "desc" },
        select: { id: true, contentHtml: true, createdAt: true, editor: { select: { name: true } } },
      },
    },
  });
  if (!post) return null;
  return {
    id: post.id,
    number: post.number,
    topicId: post.topicId,
    topicTitle: post.topic.title,
    authorName: post.author?.name ?? null,
    currentHtml: post.contentHtml,
    createdAt: post.createdAt.toISOString(),
    revisions: post.revisions.map(
      (r): RevisionView => ({ id: r.id, html: r.contentHtml, editorName: r.editor?.name ?? null, createdAt: r.createdAt.toISOString() }),
    ),
  };
}

// ─── notifications ──────────────────────────────────────────────────────────────────────────

export const unreadNotificationCount = cache(async (userId: string) => db.notification.count({ where: { userId, readAt: null } }));

export type NotificationView = {
  id: string;
  kind: NotificationKind;
  actorName: string | null;
  topicTitle: string | null;
  postId: string | null;
  excerpt: string;
  data: { action?: string; reason?: string; until?: string };
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
      certificate: { select: { code: true, courseTitle: true } },
    },
  });
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    actorName: n.actor?.name ?? null,
    topicTitle: n.topic?.title ?? null,
    postId: n.postId,
    // A hidden post's text is only shown to its author (moderation notices).
    excerpt: n.post && (!n.post.hiddenAt || n.post.authorId === userId) ? excerpt(n.post.text, 140) : "",
    data: (n.data && typeof n.data === "object" && !Array.isArray(n.data) ? n.data : {}) as NotificationView["data"],
    certificate: n.certificate,
    read: n.readAt !== null,
    createdAt: n.createdAt.toISOString(),
  }));
}

// ─── moderation ─────────────────────────────────────────────────────────────────────────────

export type QueueItem = {
  postId: string;
  number: number;
  topicId: string;
  topicTitle: string;
  categoryName: string;
  author: { id: string; name: string; suspendedUntil: string | null; createdAt: string } | null;
  html: string;
  createdAt: string;
  hidden: null | { by: "MODERATOR" | "FLAGS"; reason: string | null };
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

export async function digestEnabled(userId: string): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { forumDigest: true } });
  return row?.forumDigest ?? false;
}

/** Posts with open reports (the review queue's length). */
export async function openForumReports(): Promise<number> {
  const rows = await db.forumFlag.groupBy({ by: ["postId"], where: { status: "OPEN" } });
  return rows.length;
}

/** For @mention autocomplete: active members whose name contains `q` — names only, never emails. */
export async function listMentionableMembers(q: string): Promise<{ id: string; name: string; organisation: string | null }[]> {
  const users = await db.user.findMany({
    where: { emailVerifiedAt: { not: null }, status: "ACTIVE", ...(q ? { name: { contains: q, mode: "insensitive" } } : {}) },
    select: { id: true, name: true, organisation: { select: { name: true } } },
    orderBy: { name: "asc" },
    take: 8,
  });
  return users.map((u) => ({ id: u.id, name: u.name, organisation: u.organisation?.name ?? null }));
}
