import "server-only";
import { cache } from "react";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ForumHiddenBy } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import {
  activeSuspension,
  categoryVisibilityWhere,
  isModerator,
  mayAcceptAnswer,
  mayEditPost,
  mayFlag,
  mayLoadPostSource,
  mayReact,
  mayReply,
  maySeeHiddenPost,
  maySuspend,
  staffRole,
} from "../policy";
import { excerpt } from "../content";
import { POSTS_PER_PAGE, REACTIONS, type ReactionKind } from "../schemas";
import { listCategories } from "./categories";
import { isPerson, localised, type Reader } from "./shared";

// One thread: its pages of posts with everything the reader may do to each, a post's place in
// its thread, and a post's edit history.

export type PostView = {
  id: string;
  number: number;
  /** The language it was written in. */
  locale: string;
  /** `staffRole`: the badge beside a moderator's name. */
  author: { id: string; name: string; organisation: string | null; staffRole: Role | null } | null;
  createdAt: string;
  editedAt: string | null;
  editCount: number;
  /** Sanitised HTML; null when hidden from this reader. */
  html: string | null;
  /** Plain text (quoting). Empty when hidden from this reader. */
  text: string;
  hidden: null | { by: ForumHiddenBy; reason: string | null };
  replyTo: { id: string; number: number; authorName: string | null } | null;
  reactions: { kind: ReactionKind; count: number; mine: boolean }[];
  openFlags: number;
  isMine: boolean;
  /** What this reader may do to this post (lib/forum/policy.ts); the server checks again. */
  may: { react: boolean; flag: boolean; edit: boolean; accept: boolean; suspendAuthor: boolean };
};

export type TopicView = {
  id: string;
  title: string;
  /** The language the topic was opened in. */
  locale: string;
  tags: string[];
  category: { id: string; slug: string; name: string; membersOnly: boolean };
  authorId: string | null;
  locked: boolean;
  pinned: boolean;
  /** The accepted answer: where it is, who wrote it, and its opening words for those who may read it. */
  solvedPost: { id: string; number: number; locale: string; authorName: string | null; excerpt: string | null } | null;
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
      posts: { where: { number: 1 }, select: { locale: true }, take: 1 },
    },
  }),
);

/** What a reader may do to one post of a page (lib/forum/policy.ts); the actions ask again. */
function mayOnPost(
  user: Reader,
  post: { number: number; authorId: string | null; hiddenAt: Date | null; author: { id: string; role: Role } | null },
  topic: { locked: { locked: boolean }; suspension: ReturnType<typeof activeSuspension>; canAccept: boolean },
): PostView["may"] {
  const hidden = post.hiddenAt !== null;
  return {
    react: mayReact(user, { hidden }),
    flag: mayFlag(user, { authorId: post.authorId, hidden }),
    edit: mayEditPost(user, post, topic.locked, topic.suspension),
    accept: topic.canAccept && post.number > 1 && !hidden,
    suspendAuthor: post.author !== null && maySuspend(user, post.author),
  };
}

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
  const moderator = isModerator(user);
  const rows = await db.forumPost.findMany({
    where: { topicId, number: { gte: from, lte: to } },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      locale: true,
      authorId: true,
      createdAt: true,
      editedAt: true,
      editCount: true,
      contentHtml: true,
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
    isPerson(user) && ids.length
      ? db.forumReaction.findMany({ where: { postId: { in: ids }, userId: user.id }, select: { postId: true, kind: true } })
      : [],
    moderator && ids.length
      ? db.forumFlag.groupBy({ by: ["postId"], where: { postId: { in: ids }, status: "OPEN" }, _count: { _all: true } })
      : [],
    replyToIds.length
      ? db.forumPost.findMany({ where: { id: { in: replyToIds } }, select: { id: true, number: true, author: { select: { name: true } } } })
      : [],
    isPerson(user)
      ? db.forumSubscription.findUnique({ where: { userId_topicId: { userId: user.id, topicId } }, select: { active: true } })
      : null,
    topic.solvedPostId
      ? db.forumPost.findUnique({
          where: { id: topic.solvedPostId },
          select: {
            id: true,
            number: true,
            locale: true,
            text: true,
            hiddenAt: true,
            hiddenBy: true,
            authorId: true,
            author: { select: { name: true } },
          },
        })
      : null,
    isPerson(user)
      ? db.user.findUnique({ where: { id: user.id }, select: { forumSuspendedUntil: true, forumSuspendedReason: true } })
      : null,
  ]);
  const mineSet = new Set(mine.map((m) => `${m.postId}:${m.kind}`));
  const suspension = activeSuspension(me);
  const locked = { locked: topic.lockedAt !== null };
  const canReply = mayReply(user, locked, suspension);
  const canAccept = mayAcceptAnswer(user, topic);
  const flagCount = new Map(flags.map((f) => [f.postId, f._count._all]));
  const replyToById = new Map(replyTos.map((r) => [r.id, r]));
  const posts: PostView[] = rows.map((r) => {
    const visibleToMe = !r.hiddenAt || maySeeHiddenPost(user, r);
    const replyTo = r.replyToId ? replyToById.get(r.replyToId) : undefined;
    return {
      id: r.id,
      number: r.number,
      locale: r.locale,
      author: r.author
        ? { id: r.author.id, name: r.author.name, staffRole: staffRole(r.author), organisation: r.author.organisation?.name ?? null }
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
      isMine: isPerson(user) && r.authorId === user.id,
      may: mayOnPost(user, r, { locked, suspension, canAccept }),
    };
  });
  return {
    id: topic.id,
    title: topic.title,
    locale: topic.posts[0]?.locale ?? "en",
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
    solvedPost: solved
      ? {
          id: solved.id,
          number: solved.number,
          locale: solved.locale,
          authorName: solved.author?.name ?? null,
          // A hidden answer shows no words to those who may not read it (same rule as the post itself).
          excerpt: !solved.hiddenAt || maySeeHiddenPost(user, solved) ? excerpt(solved.text, 280) : null,
        }
      : null,
    postCount: topic.postCount,
    replyCount: topic.replyCount,
    page,
    pages,
    posts,
    subscribed: subscription?.active ?? false,
    canReply,
    canModerate: moderator,
    canAccept,
    suspension: suspension ? { until: suspension.until.toISOString(), reason: suspension.reason } : null,
  };
}

/**
 * A post's editor source (Tiptap JSON), for the Edit button of one who may edit it, asked when it is
 * pressed (GET /api/forum/posts/:id/source). Null when the post is not there for this reader;
 * FORBIDDEN when they may read it but not load its source.
 */
export async function postSource(user: NonNullable<Reader>, postId: string): Promise<unknown | null> {
  const post = await db.forumPost.findFirst({
    where: { id: postId, topic: { category: categoryVisibilityWhere(user) } },
    select: { authorId: true, contentJson: true },
  });
  if (!post) return null;
  if (!mayLoadPostSource(user, post)) throw new AppError("FORBIDDEN");
  return post.contentJson;
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
      hiddenBy: true,
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
    /** Erased by its author on leaving: nothing current, and no earlier versions. */
    erased: post.hiddenBy === "AUTHOR",
    createdAt: post.createdAt.toISOString(),
    revisions: post.revisions.map(
      (r): RevisionView => ({ id: r.id, html: r.contentHtml, editorName: r.editor?.name ?? null, createdAt: r.createdAt.toISOString() }),
    ),
  };
}

/**
 * What one member sees on a page of a thread beyond what everyone does (decision 013): a thread
 * shared with visitors comes from the cache, and the browser asks for this (GET
 * /api/forum/topics/:id/viewer) to fill in the reply form, the member's own posts, their reactions,
 * moderation and the hidden posts they may read. A page rendered for the member gets the same from
 * the server. Posts appear only where something differs from the visitor's page.
 */
export type TopicViewer = {
  subscribed: boolean;
  canSubscribe: boolean;
  canReply: boolean;
  canModerate: boolean;
  suspension: { until: string; reason: string } | null;
  /** Where a moderator may move the topic. */
  categories: { id: string; name: string }[];
  /** The accepted answer's opening words as this member may read them (a hidden answer shows none to visitors). */
  solutionExcerpt: string | null;
  /** The last post number of the page (the read marker). */
  lastNumber: number | null;
  posts: Record<string, PostViewer>;
};

export type PostViewer = {
  reacted: ReactionKind[];
  isMine: boolean;
  openFlags: number;
  may: PostView["may"];
  /** A hidden post this member may read (its author, a moderator). */
  hidden: { html: string; reason: string | null } | null;
};

const NOTHING_TO_DO: PostView["may"] = { react: false, flag: false, edit: false, accept: false, suspendAuthor: false };

/** What the member part is made from: a full TopicView (the page's own render), or topicViewer's lean read. */
type ViewerSource = Pick<TopicView, "subscribed" | "canReply" | "canModerate" | "suspension"> & {
  solvedPost: { excerpt: string | null } | null;
  posts: (Pick<PostView, "id" | "number" | "may" | "hidden" | "html" | "isMine" | "openFlags"> & {
    reactions: { kind: ReactionKind; mine: boolean }[];
  })[];
};

/** The member's part of a page of a thread (see TopicViewer); `categories` only for moderators. */
export function viewerOf(view: ViewerSource, categories: { id: string; name: string }[], canSubscribe: boolean): TopicViewer {
  const posts: Record<string, PostViewer> = {};
  for (const post of view.posts) {
    const reacted = post.reactions.filter((r) => r.mine).map((r) => r.kind);
    const may = post.may;
    const mayAnything = Object.values(may).some(Boolean);
    const hidden = post.hidden && post.html !== null ? { html: post.html, reason: post.hidden.reason } : null;
    if (!mayAnything && !reacted.length && !post.isMine && !post.openFlags && !hidden) continue;
    posts[post.id] = {
      reacted,
      isMine: post.isMine,
      openFlags: post.openFlags,
      may: mayAnything ? may : NOTHING_TO_DO,
      hidden,
    };
  }
  const solved = view.solvedPost;
  return {
    subscribed: view.subscribed,
    canSubscribe,
    canReply: view.canReply,
    canModerate: view.canModerate,
    suspension: view.suspension,
    categories: view.canModerate ? categories : [],
    solutionExcerpt: solved?.excerpt ?? null,
    lastNumber: view.posts.at(-1)?.number ?? null,
    posts,
  };
}

/**
 * The same member part as `viewerOf(topicPage(…))`, read for GET /api/forum/topics/:id/viewer
 * without what the shared page already shows: no post bodies but the hidden ones this member may
 * read and the editor source of the posts they may edit, no reaction counts, no reply links.
 * Null when the member may not read the topic.
 */
export async function topicViewer(
  user: NonNullable<Reader>,
  topicId: string,
  requestedPage: number,
  locale: string,
  canSubscribe: boolean,
): Promise<TopicViewer | null> {
  // One statement each (a relation is another): what the rules below need of the topic, not the
  // header the page shows; the authors' roles only for a moderator (maySuspend).
  const topic = await db.forumTopic.findFirst({
    where: { id: topicId, category: categoryVisibilityWhere(user) },
    select: { authorId: true, lockedAt: true, solvedPostId: true, postCount: true },
  });
  if (!topic) return null;
  const pages = Math.max(1, Math.ceil(topic.postCount / POSTS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pages);
  const moderator = isModerator(user);
  const rows = await db.forumPost.findMany({
    where: { topicId, number: { gte: (page - 1) * POSTS_PER_PAGE + 1, lte: page * POSTS_PER_PAGE } },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      authorId: true,
      hiddenAt: true,
      hiddenBy: true,
      hiddenReason: true,
      author: moderator && { select: { id: true, role: true } },
    },
  });
  const ids = rows.map((r) => r.id);
  // Bodies only where this member sees more than the shared page: hidden posts they may read (the
  // editor source of a post comes when its Edit button is pressed: postSource).
  const hiddenIds = rows.filter((r) => r.hiddenAt && maySeeHiddenPost(user, r)).map((r) => r.id);
  const [mine, flags, subscription, me, bodies, solved, categories] = await Promise.all([
    ids.length ? db.forumReaction.findMany({ where: { postId: { in: ids }, userId: user.id }, select: { postId: true, kind: true } }) : [],
    moderator && ids.length
      ? db.forumFlag.groupBy({ by: ["postId"], where: { postId: { in: ids }, status: "OPEN" }, _count: { _all: true } })
      : [],
    db.forumSubscription.findUnique({ where: { userId_topicId: { userId: user.id, topicId } }, select: { active: true } }),
    db.user.findUnique({ where: { id: user.id }, select: { forumSuspendedUntil: true, forumSuspendedReason: true } }),
    hiddenIds.length ? db.forumPost.findMany({ where: { id: { in: hiddenIds } }, select: { id: true, contentHtml: true } }) : [],
    topic.solvedPostId
      ? db.forumPost.findUnique({
          where: { id: topic.solvedPostId },
          select: { text: true, hiddenAt: true, hiddenBy: true, authorId: true },
        })
      : null,
    moderator ? listCategories(user, locale) : [],
  ]);
  const suspension = activeSuspension(me);
  const locked = { locked: topic.lockedAt !== null };
  const canAccept = mayAcceptAnswer(user, topic);
  const flagCount = new Map(flags.map((f) => [f.postId, f._count._all]));
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const reacted = new Map<string, ReactionKind[]>();
  for (const m of mine) reacted.set(m.postId, [...(reacted.get(m.postId) ?? []), m.kind as ReactionKind]);
  const solvedVisible = solved && (!solved.hiddenAt || maySeeHiddenPost(user, solved));
  const source: ViewerSource = {
    subscribed: subscription?.active ?? false,
    canReply: mayReply(user, locked, suspension),
    canModerate: moderator,
    suspension: suspension ? { until: suspension.until.toISOString(), reason: suspension.reason } : null,
    solvedPost: solved ? { excerpt: solvedVisible ? excerpt(solved.text, 280) : null } : null,
    posts: rows.map((r) => {
      const body = bodyById.get(r.id);
      const mineKinds = reacted.get(r.id) ?? [];
      return {
        id: r.id,
        number: r.number,
        html: r.hiddenAt && hiddenIds.includes(r.id) ? (body?.contentHtml ?? null) : null,
        hidden: r.hiddenAt ? { by: r.hiddenBy ?? "MODERATOR", reason: r.hiddenReason } : null,
        reactions: REACTIONS.map((kind) => ({ kind, mine: mineKinds.includes(kind) })),
        openFlags: flagCount.get(r.id) ?? 0,
        isMine: r.authorId === user.id,
        may: mayOnPost(user, { ...r, author: r.author ?? null }, { locked, suspension, canAccept }),
      };
    }),
  };
  return viewerOf(
    source,
    categories.map((c) => ({ id: c.id, name: c.name })),
    canSubscribe,
  );
}
