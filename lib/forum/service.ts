import "server-only";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import { hit } from "@/lib/rate-limit";
import { revalidateForumTopic } from "@/lib/cache/revalidate";
import { enqueueSearchUpdate, enqueueSearchUpdates } from "@/lib/search/outbox";
import { type PreparedPost, preparePost } from "./content";
import { flagWeight, mayBeHiddenByFlags } from "./flag-weight";
import {
  activeSuspension,
  assertTopicOpen,
  categoryVisibilityWhere,
  editablePostWhere,
  isModerator,
  isNewAccount,
  mayAcceptAnswer,
  mayReadCategory,
  maySuspend,
  suspendedError,
} from "./policy";
import { type ForumSettingsValues, forumSettings } from "./queries/settings";
import type { ReactionKind } from "./schemas";
import { FORUM_SEARCH_TYPE } from "./search-type";
import { oneAtATimePerTopic } from "./topic-queue";

// Every write of the forum. Who may do what beyond a role is decided by ./policy.ts, asked here
// with the rows read (or locked) in the same transaction as the write.

type Tx = Prisma.TransactionClient;
type Actor = Pick<CurrentUser, "id" | "role">;

// ─── access ─────────────────────────────────────────────────────────────────────────────────

/** The topic, if this person may read it; NOT_FOUND otherwise (members-only topics do not exist for visitors). */
async function readableTopic(tx: Tx, user: Actor | null, topicId: string) {
  const topic = await tx.forumTopic.findFirst({
    where: { id: topicId, category: categoryVisibilityWhere(user) },
    select: { id: true, title: true, authorId: true, categoryId: true, lockedAt: true, solvedPostId: true, postCount: true },
  });
  if (!topic) throw new AppError("NOT_FOUND");
  return topic;
}

// ─── who may post ───────────────────────────────────────────────────────────────────────────

/**
 * Refuses a suspended member and applies the limits for new accounts. Reads the user row
 * again: a suspension counts from the next request on.
 */
async function assertMayPost(tx: Tx, user: Actor, links: number, { isEdit = false } = {}): Promise<void> {
  if (!can(user, "forum.post")) throw new AppError("FORBIDDEN");
  const row = await tx.user.findUnique({
    where: { id: user.id },
    select: { createdAt: true, forumSuspendedUntil: true, forumSuspendedReason: true },
  });
  if (!row) throw new AppError("UNAUTHENTICATED");
  const suspension = activeSuspension(row);
  if (suspension) throw suspendedError(suspension);
  if (isModerator(user)) return;
  const settings = await forumSettings(tx);
  if (!isNewAccount(user, row, settings)) return;
  if (links > settings.newAccountLinks) {
    throw new AppError("INVALID", { message: "errors.tooManyLinks", values: { max: settings.newAccountLinks } });
  }
  if (isEdit) return;
  const { count } = await hit(`forum:new-account-posts:${user.id}`, 5 * 60);
  if (count > settings.newAccountPosts) {
    throw new AppError("RATE_LIMITED", { message: "errors.newAccountPosts", values: { max: settings.newAccountPosts } });
  }
}

// ─── notifications ──────────────────────────────────────────────────────────────────────────

type Recipient = { userId: string; kind: NotificationKind };

/** One notification per person and post; a mention beats a quote, which beats a reply. */
async function notify(tx: Tx, recipients: Recipient[], base: { actorId: string; topicId: string; postId: string }) {
  // Training, map and case-study kinds never reach this function (they are not about posts).
  const rank: Partial<Record<NotificationKind, number>> = { MENTION: 4, QUOTE: 3, REPLY: 2, NEW_TOPIC: 1, MODERATION: 5 };
  const best = new Map<string, NotificationKind>();
  for (const r of recipients) {
    if (r.userId === base.actorId) continue;
    const current = best.get(r.userId);
    if (!current || (rank[r.kind] ?? 0) > (rank[current] ?? 0)) best.set(r.userId, r.kind);
  }
  if (best.size === 0) return;
  await tx.notification.createMany({
    data: [...best].map(([userId, kind]) => ({ userId, kind, ...base })),
  });
}

async function subscribersOf(tx: Tx, where: Prisma.ForumSubscriptionWhereInput): Promise<string[]> {
  const rows = await tx.forumSubscription.findMany({ where: { ...where, active: true }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

/** Mentioned people only hear of posts they can read. */
async function mayRead(tx: Tx, userIds: string[], categoryId: string): Promise<string[]> {
  if (userIds.length === 0) return [];
  const category = await tx.forumCategory.findUniqueOrThrow({ where: { id: categoryId }, select: { visibility: true } });
  if (category.visibility === "PUBLIC") return userIds;
  const members = await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, role: true } });
  return members.filter((m) => mayReadCategory(m, category)).map((m) => m.id);
}

async function autoSubscribe(tx: Tx, userId: string, topicId: string) {
  // Never re-subscribes someone who unsubscribed (active = false stays).
  await tx.forumSubscription.createMany({ data: [{ userId, topicId }], skipDuplicates: true });
}

async function markRead(tx: Tx, userId: string, topicId: string, number: number) {
  await tx.$executeRaw`
    INSERT INTO "ForumTopicRead" ("userId", "topicId", "lastNumber", "updatedAt") VALUES (${userId}, ${topicId}, ${number}, now())
    ON CONFLICT ("userId", "topicId") DO UPDATE SET "lastNumber" = GREATEST("ForumTopicRead"."lastNumber", EXCLUDED."lastNumber"), "updatedAt" = now()`;
}

/**
 * The reader has seen the thread up to post `number` (the last post of the page they were shown):
 * their read marker moves forward (never back) and the notifications of the posts seen are
 * answered. Called by the topic page once it is on screen, never while it renders. Returns how
 * many notifications that answered (the page then refreshes the bell).
 */
export async function markTopicRead(user: Actor, topicId: string, number: number): Promise<{ answered: number }> {
  const topic = await readableTopic(db as unknown as Tx, user, topicId);
  const upTo = Math.min(number, topic.postCount);
  // Reading a page again writes nothing: the upsert would lock and rewrite the same row on every
  // view (a member refreshing a thread queued on it, docs/performance.md).
  const seen = await db.forumTopicRead.findUnique({
    where: { userId_topicId: { userId: user.id, topicId: topic.id } },
    select: { lastNumber: true },
  });
  if (!seen || seen.lastNumber < upTo) await markRead(db as unknown as Tx, user.id, topic.id, upTo);
  const { count } = await db.notification.updateMany({
    where: { userId: user.id, topicId: topic.id, readAt: null, post: { number: { lte: upTo } } },
    data: { readAt: new Date() },
  });
  return { answered: count };
}

/** Replies to one topic wait for each other on its row lock: give a busy thread time. */
const BUSY_TOPIC = { maxWait: 20_000, timeout: 20_000 };

// ─── posting ────────────────────────────────────────────────────────────────────────────────

export type CreatedPost = { topicId: string; postId: string; number: number };

export async function createTopic(
  user: Actor,
  input: { categoryId: string; title: string; tags: string[]; content: unknown },
  locale: string,
): Promise<CreatedPost> {
  const created = await db.$transaction(async (tx) => {
    const prepared = await preparePost(tx, input.content, { topicId: null });
    await assertMayPost(tx, user, prepared.links);
    const category = await tx.forumCategory.findFirst({
      where: { id: input.categoryId, ...categoryVisibilityWhere(user) },
      select: { id: true },
    });
    if (!category) throw new AppError("INVALID", { fieldErrors: { categoryId: ["validation.invalid"] } });
    const [{ now }] = await tx.$queryRaw<{ now: Date }[]>`
      UPDATE "ForumCategory" SET "topicCount" = "topicCount" + 1, "postCount" = "postCount" + 1,
        "lastPostAt" = GREATEST(COALESCE("lastPostAt", clock_timestamp()), clock_timestamp())
      WHERE id = ${category.id} RETURNING "lastPostAt" AS now`;
    const topic = await tx.forumTopic.create({
      data: {
        categoryId: category.id,
        title: input.title,
        tags: input.tags,
        authorId: user.id,
        postCount: 1,
        lastPostAt: now,
        lastPosterId: user.id,
        createdAt: now,
      },
      select: { id: true },
    });
    const post = await tx.forumPost.create({
      data: {
        topicId: topic.id,
        number: 1,
        authorId: user.id,
        locale,
        contentJson: prepared.json as Prisma.InputJsonValue,
        contentHtml: prepared.html,
        text: prepared.text,
        createdAt: now,
      },
      select: { id: true },
    });
    const base = { actorId: user.id, topicId: topic.id, postId: post.id };
    const mentioned = await mayRead(tx, prepared.mentionedIds, category.id);
    const watchers = await mayRead(tx, await subscribersOf(tx, { categoryId: category.id }), category.id);
    await notify(
      tx,
      [
        ...mentioned.map((userId) => ({ userId, kind: "MENTION" as const })),
        ...watchers.map((userId) => ({ userId, kind: "NEW_TOPIC" as const })),
      ],
      base,
    );
    await autoSubscribe(tx, user.id, topic.id);
    await markRead(tx, user.id, topic.id, 1);
    await enqueueSearchUpdate(tx, FORUM_SEARCH_TYPE, post.id);
    return { topicId: topic.id, postId: post.id, number: 1 };
  });
  revalidateForumTopic(created.topicId, { lists: true });
  return created;
}

/**
 * A reply. The topic row is locked by the UPDATE that takes the next post number, so concurrent
 * replies are numbered 2, 3, 4… without gaps or duplicates, and the counters stay exact.
 */
type ReplyInput = { topicId: string; content: unknown; replyToId: string | null };

/** Everything a reply needs that can be read before taking the topic's lock. */
type ReplyPlan = {
  topicId: string;
  categoryId: string;
  prepared: PreparedPost;
  replyTo: { id: string; authorId: string | null } | null;
  quotedAuthors: string[];
  mentioned: string[];
};

async function planReply(user: Actor, input: ReplyInput): Promise<ReplyPlan> {
  const read = db as unknown as Tx; // reads only, outside the transaction
  const topic = await readableTopic(read, user, input.topicId);
  const prepared = await preparePost(read, input.content, { topicId: topic.id });
  await assertMayPost(read, user, prepared.links);
  const [replyTo, quoted, mentioned] = await Promise.all([
    input.replyToId
      ? db.forumPost.findFirst({ where: { id: input.replyToId, topicId: topic.id }, select: { id: true, authorId: true } })
      : null,
    prepared.quotedPostIds.length
      ? db.forumPost.findMany({ where: { id: { in: prepared.quotedPostIds } }, select: { authorId: true } })
      : [],
    mayRead(read, prepared.mentionedIds, topic.categoryId),
  ]);
  return {
    topicId: topic.id,
    categoryId: topic.categoryId,
    prepared,
    replyTo,
    quotedAuthors: quoted.map((p) => p.authorId).filter((id): id is string => id !== null),
    mentioned,
  };
}

/**
 * A reply. Content, permissions and recipients are worked out first; then, within this process
 * one reply per topic at a time (lib/forum/topic-queue.ts), a short transaction takes the next
 * post number from the topic row (its lock serialises replies across instances too).
 */
export async function createReply(user: Actor, input: ReplyInput, locale: string): Promise<CreatedPost> {
  const plan = await planReply(user, input);
  return oneAtATimePerTopic(plan.topicId, () => writeReply(user, plan, locale));
}

/** The same without the in-process queue: what several app instances replying at once amount to. */
export async function insertReply(user: Actor, input: ReplyInput, locale: string): Promise<CreatedPost> {
  return writeReply(user, await planReply(user, input), locale);
}

async function writeReply(user: Actor, plan: ReplyPlan, locale: string): Promise<CreatedPost> {
  const { prepared, replyTo } = plan;
  const created = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ number: number; now: Date; lockedAt: Date | null; categoryId: string; authorId: string | null }[]>`
      UPDATE "ForumTopic" SET "postCount" = "postCount" + 1, "replyCount" = "replyCount" + 1,
        "lastPostAt" = GREATEST("lastPostAt", clock_timestamp()), "lastPosterId" = ${user.id}, "updatedAt" = clock_timestamp()
      WHERE id = ${plan.topicId}
      RETURNING "postCount" AS number, "lastPostAt" AS now, "lockedAt", "categoryId", "authorId"`;
    const row = rows[0];
    if (!row) throw new AppError("NOT_FOUND");
    // Checked under the row lock: a lock that committed a moment ago counts.
    assertTopicOpen(user, { locked: row.lockedAt !== null });
    // Moved to another category meanwhile: who may read it is decided again.
    const mentioned = row.categoryId === plan.categoryId ? plan.mentioned : await mayRead(tx, plan.mentioned, row.categoryId);
    await tx.$executeRaw`
      UPDATE "ForumCategory" SET "postCount" = "postCount" + 1, "lastPostAt" = GREATEST(COALESCE("lastPostAt", ${row.now}), ${row.now})
      WHERE id = ${row.categoryId}`;
    const post = await tx.forumPost.create({
      data: {
        topicId: plan.topicId,
        number: row.number,
        authorId: user.id,
        locale,
        contentJson: prepared.json as Prisma.InputJsonValue,
        contentHtml: prepared.html,
        text: prepared.text,
        replyToId: replyTo?.id ?? null,
        createdAt: row.now,
      },
      select: { id: true },
    });
    const subscriptions = await tx.forumSubscription.findMany({ where: { topicId: plan.topicId }, select: { userId: true, active: true } });
    const muted = new Set(subscriptions.filter((s) => !s.active).map((s) => s.userId));
    const recipients: Recipient[] = [
      ...mentioned.map((userId) => ({ userId, kind: "MENTION" as const })),
      ...plan.quotedAuthors.map((userId) => ({ userId, kind: "QUOTE" as const })),
      ...[row.authorId, replyTo?.authorId]
        .filter((id): id is string => Boolean(id) && !muted.has(id as string))
        .map((userId) => ({ userId, kind: "REPLY" as const })),
      ...subscriptions.filter((s) => s.active).map((s) => ({ userId: s.userId, kind: "REPLY" as const })),
    ];
    await notify(tx, recipients, { actorId: user.id, topicId: plan.topicId, postId: post.id });
    await autoSubscribe(tx, user.id, plan.topicId);
    await markRead(tx, user.id, plan.topicId, row.number);
    await enqueueSearchUpdate(tx, FORUM_SEARCH_TYPE, post.id);
    return { topicId: plan.topicId, postId: post.id, number: row.number };
  }, BUSY_TOPIC);
  revalidateForumTopic(created.topicId, { lists: true });
  return created;
}

/** The author (while not suspended) or a moderator edits a post; the previous version is kept. */
export async function editPost(user: Actor, input: { postId: string; content: unknown }): Promise<void> {
  const topicId = await db.$transaction(async (tx) => {
    const post = await tx.forumPost.findFirst({
      where: { id: input.postId, ...editablePostWhere(user) },
      select: {
        id: true,
        topicId: true,
        authorId: true,
        contentHtml: true,
        text: true,
        hiddenAt: true,
        topic: { select: { lockedAt: true } },
      },
    });
    if (!post) throw new AppError("NOT_FOUND");
    assertTopicOpen(user, { locked: post.topic.lockedAt !== null });
    const prepared = await preparePost(tx, input.content, { topicId: post.topicId });
    await assertMayPost(tx, user, prepared.links, { isEdit: true });
    await tx.forumPostRevision.create({
      data: { postId: post.id, contentHtml: post.contentHtml, text: post.text, editorId: user.id },
    });
    await tx.forumPost.update({
      where: { id: post.id },
      data: {
        contentJson: prepared.json as Prisma.InputJsonValue,
        contentHtml: prepared.html,
        text: prepared.text,
        editedAt: new Date(),
        editCount: { increment: 1 },
      },
    });
    if (post.authorId !== user.id) {
      await audit({ actorId: user.id, action: "forum.post.editByModerator", targetType: "ForumPost", targetId: post.id }, tx);
    }
    await enqueueSearchUpdate(tx, FORUM_SEARCH_TYPE, post.id);
    return post.topicId;
  });
  revalidateForumTopic(topicId);
}

/** Adds or removes one reaction; returns whether it is now on. */
export async function toggleReaction(user: Actor, postId: string, kind: ReactionKind): Promise<boolean> {
  const { on, topicId } = await db.$transaction(async (tx) => {
    const post = await tx.forumPost.findFirst({
      where: { id: postId, hiddenAt: null, topic: { category: categoryVisibilityWhere(user) } },
      select: { id: true, topicId: true },
    });
    if (!post) throw new AppError("NOT_FOUND");
    const { count } = await tx.forumReaction.deleteMany({ where: { postId, userId: user.id, kind } });
    if (count > 0) return { on: false, topicId: post.topicId };
    await tx.forumReaction.createMany({ data: [{ postId, userId: user.id, kind }], skipDuplicates: true });
    return { on: true, topicId: post.topicId };
  });
  revalidateForumTopic(topicId);
  return on;
}

/** The topic's author or a moderator marks the answer that solved it (null clears it). */
export async function acceptAnswer(user: Actor, topicId: string, postId: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const topic = await readableTopic(tx, user, topicId);
    if (!mayAcceptAnswer(user, topic)) throw new AppError("FORBIDDEN");
    if (postId) {
      const post = await tx.forumPost.findFirst({
        where: { id: postId, topicId, number: { gt: 1 }, hiddenAt: null },
        select: { id: true },
      });
      if (!post) throw new AppError("NOT_FOUND");
    }
    await tx.forumTopic.update({ where: { id: topicId }, data: { solvedPostId: postId } });
    if (topic.authorId !== user.id) {
      await audit({ actorId: user.id, action: "forum.topic.solution", targetType: "ForumTopic", targetId: topicId, data: { postId } }, tx);
    }
  });
  revalidateForumTopic(topicId, { lists: true });
}

export async function setSubscription(user: Actor, target: { topicId: string | null; categoryId: string | null }, on: boolean) {
  if (target.topicId) {
    await readableTopic(db as unknown as Tx, user, target.topicId);
    await db.forumSubscription.upsert({
      where: { userId_topicId: { userId: user.id, topicId: target.topicId } },
      create: { userId: user.id, topicId: target.topicId, active: on },
      update: { active: on },
    });
    return;
  }
  const categoryId = target.categoryId as string;
  const category = await db.forumCategory.findFirst({ where: { id: categoryId, ...categoryVisibilityWhere(user) }, select: { id: true } });
  if (!category) throw new AppError("NOT_FOUND");
  await db.forumSubscription.upsert({
    where: { userId_categoryId: { userId: user.id, categoryId } },
    create: { userId: user.id, categoryId, active: on },
    update: { active: on },
  });
}

// ─── flags and moderation ───────────────────────────────────────────────────────────────────

async function tellAuthor(
  tx: Tx,
  post: { id: string; topicId: string; authorId: string | null },
  actorId: string | null,
  data: Prisma.InputJsonValue,
) {
  if (!post.authorId || post.authorId === actorId) return;
  await tx.notification.create({
    data: { userId: post.authorId, kind: "MODERATION", actorId, topicId: post.topicId, postId: post.id, data },
  });
}

/**
 * A member flags a post (once). When open flags from enough different members add up, the post
 * is hidden pending review and its author is told.
 */
export async function flagPost(user: Actor, input: { postId: string; reason: "SPAM" | "OFFENSIVE" | "OFF_TOPIC" | "OTHER"; note: string }) {
  const result = await db.$transaction(async (tx) => {
    const post = await tx.forumPost.findFirst({
      where: {
        id: input.postId,
        topic: { category: categoryVisibilityWhere(user) },
        OR: [{ hiddenBy: null }, { hiddenBy: { not: "AUTHOR" } }],
      },
      select: { id: true, topicId: true, authorId: true, hiddenAt: true },
    });
    if (!post) throw new AppError("NOT_FOUND");
    if (post.authorId === user.id) throw new AppError("INVALID", { message: "errors.flagOwnPost" });
    const created = await tx.forumFlag.createMany({
      data: [{ postId: post.id, reporterId: user.id, reason: input.reason, note: input.note }],
      skipDuplicates: true,
    });
    if (created.count === 0) throw new AppError("CONFLICT", { message: "errors.alreadyFlagged" });
    await audit(
      { actorId: user.id, action: "forum.post.flag", targetType: "ForumPost", targetId: post.id, data: { reason: input.reason } },
      tx,
    );
    // Serialise the threshold check per post, so two simultaneous flags cannot both miss it.
    await tx.$queryRaw`SELECT id FROM "ForumPost" WHERE id = ${post.id} FOR UPDATE`;
    // Flags weigh by the reporter's age and standing; staff posts wait for review (flag-weight.ts).
    const flags = await tx.forumFlag.findMany({
      where: { postId: post.id, status: "OPEN" },
      select: {
        reporter: { select: { createdAt: true, _count: { select: { forumPosts: { where: { hiddenBy: "MODERATOR" } } } } } },
      },
    });
    const settings = await forumSettings(tx);
    const reporter = (r: (typeof flags)[number]["reporter"]) => r && { createdAt: r.createdAt, hiddenPosts: r._count.forumPosts };
    const open = flags.reduce((sum, f) => sum + flagWeight(reporter(f.reporter), settings), 0);
    const author = post.authorId ? await tx.user.findUnique({ where: { id: post.authorId }, select: { role: true } }) : null;
    let autoHidden = false;
    if (!post.hiddenAt && mayBeHiddenByFlags(author) && open >= settings.autoHideFlags) {
      await tx.forumPost.update({
        where: { id: post.id },
        data: { hiddenAt: new Date(), hiddenBy: "FLAGS", hiddenReason: null, hiddenById: null },
      });
      await tellAuthor(tx, post, null, { action: "autoHide" });
      await audit(
        {
          actorId: null,
          action: "forum.post.autoHide",
          targetType: "ForumPost",
          targetId: post.id,
          data: { flags: flags.length, weight: open },
        },
        tx,
      );
      await enqueueSearchUpdate(tx, FORUM_SEARCH_TYPE, post.id);
      autoHidden = true;
    }
    return { autoHidden, topicId: post.topicId };
  });
  if (result.autoHidden) revalidateForumTopic(result.topicId);
  return { autoHidden: result.autoHidden };
}

async function moderatedPost(tx: Tx, postId: string) {
  const post = await tx.forumPost.findFirst({
    // An erased post (lib/forum/erasure.ts) has nothing to hide or show again.
    where: { id: postId, OR: [{ hiddenBy: null }, { hiddenBy: { not: "AUTHOR" } }] },
    select: { id: true, topicId: true, authorId: true, hiddenAt: true },
  });
  if (!post) throw new AppError("NOT_FOUND");
  return post;
}

/** Hides a post with a reason the author is told; open flags on it are upheld. */
export async function hidePost(moderator: Actor, postId: string, reason: string) {
  if (!isModerator(moderator)) throw new AppError("FORBIDDEN");
  const topicId = await db.$transaction(async (tx) => {
    const post = await moderatedPost(tx, postId);
    const now = new Date();
    await tx.forumPost.update({
      where: { id: post.id },
      data: { hiddenAt: now, hiddenBy: "MODERATOR", hiddenReason: reason, hiddenById: moderator.id },
    });
    await tx.forumFlag.updateMany({
      where: { postId, status: "OPEN" },
      data: { status: "UPHELD", resolvedById: moderator.id, resolvedAt: now },
    });
    await tellAuthor(tx, post, moderator.id, { action: "hide", reason });
    await audit({ actorId: moderator.id, action: "forum.post.hide", targetType: "ForumPost", targetId: post.id, data: { reason } }, tx);
    await enqueueSearchUpdate(tx, FORUM_SEARCH_TYPE, post.id);
    return post.topicId;
  });
  revalidateForumTopic(topicId);
}

/** Shows a hidden post again; open flags are dismissed (the post was reviewed). */
export async function unhidePost(moderator: Actor, postId: string) {
  if (!isModerator(moderator)) throw new AppError("FORBIDDEN");
  const topicId = await db.$transaction(async (tx) => {
    const post = await moderatedPost(tx, postId);
    const now = new Date();
    await tx.forumPost.update({ where: { id: post.id }, data: { hiddenAt: null, hiddenBy: null, hiddenReason: null, hiddenById: null } });
    await tx.forumFlag.updateMany({
      where: { postId, status: "OPEN" },
      data: { status: "DISMISSED", resolvedById: moderator.id, resolvedAt: now },
    });
    if (post.hiddenAt) await tellAuthor(tx, post, moderator.id, { action: "unhide" });
    await audit({ actorId: moderator.id, action: "forum.post.unhide", targetType: "ForumPost", targetId: post.id }, tx);
    await enqueueSearchUpdate(tx, FORUM_SEARCH_TYPE, post.id);
    return post.topicId;
  });
  revalidateForumTopic(topicId);
}

/** Keeps the post as it is and closes its open flags. */
export async function dismissFlags(moderator: Actor, postId: string) {
  if (!isModerator(moderator)) throw new AppError("FORBIDDEN");
  await db.$transaction(async (tx) => {
    const post = await moderatedPost(tx, postId);
    const { count } = await tx.forumFlag.updateMany({
      where: { postId, status: "OPEN" },
      data: { status: "DISMISSED", resolvedById: moderator.id, resolvedAt: new Date() },
    });
    await audit(
      { actorId: moderator.id, action: "forum.flags.dismiss", targetType: "ForumPost", targetId: post.id, data: { flags: count } },
      tx,
    );
  });
}

export async function setTopicFlag(moderator: Actor, topicId: string, flag: "lock" | "pin", on: boolean) {
  if (!isModerator(moderator)) throw new AppError("FORBIDDEN");
  await db.$transaction(async (tx) => {
    const topic = await tx.forumTopic.findUnique({ where: { id: topicId }, select: { id: true } });
    if (!topic) throw new AppError("NOT_FOUND");
    const value = on ? new Date() : null;
    await tx.forumTopic.update({ where: { id: topicId }, data: flag === "lock" ? { lockedAt: value } : { pinnedAt: value } });
    await audit({ actorId: moderator.id, action: `forum.topic.${on ? "" : "un"}${flag}`, targetType: "ForumTopic", targetId: topicId }, tx);
  });
  revalidateForumTopic(topicId, { lists: true });
}

/** Moves a topic (and its counters); search documents follow the new category's visibility. */
export async function moveTopic(moderator: Actor, topicId: string, categoryId: string) {
  if (!isModerator(moderator)) throw new AppError("FORBIDDEN");
  await db.$transaction(async (tx) => {
    const topic = await tx.forumTopic.findUnique({
      where: { id: topicId },
      select: { id: true, categoryId: true, postCount: true, lastPostAt: true },
    });
    if (!topic) throw new AppError("NOT_FOUND");
    const target = await tx.forumCategory.findUnique({ where: { id: categoryId }, select: { id: true } });
    if (!target) throw new AppError("INVALID", { fieldErrors: { categoryId: ["validation.invalid"] } });
    if (target.id === topic.categoryId) return;
    await tx.forumTopic.update({ where: { id: topicId }, data: { categoryId: target.id } });
    await tx.$executeRaw`UPDATE "ForumCategory" SET "topicCount" = "topicCount" - 1, "postCount" = "postCount" - ${topic.postCount} WHERE id = ${topic.categoryId}`;
    await tx.$executeRaw`
      UPDATE "ForumCategory" SET "topicCount" = "topicCount" + 1, "postCount" = "postCount" + ${topic.postCount},
        "lastPostAt" = GREATEST(COALESCE("lastPostAt", ${topic.lastPostAt}), ${topic.lastPostAt})
      WHERE id = ${target.id}`;
    const posts = await tx.forumPost.findMany({ where: { topicId }, select: { id: true } });
    await enqueueSearchUpdates(
      tx,
      FORUM_SEARCH_TYPE,
      posts.map((p) => p.id),
    );
    await audit(
      {
        actorId: moderator.id,
        action: "forum.topic.move",
        targetType: "ForumTopic",
        targetId: topicId,
        data: { from: topic.categoryId, to: target.id },
      },
      tx,
    );
  });
  revalidateForumTopic(topicId, { lists: true });
}

/** A posting ban for some days with a reason; the member can still read and log in. */
export async function suspendFromForum(moderator: Actor, userId: string, days: number, reason: string) {
  if (!isModerator(moderator)) throw new AppError("FORBIDDEN");
  await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
    if (!target) throw new AppError("NOT_FOUND");
    if (!maySuspend(moderator, target)) throw new AppError("FORBIDDEN", { message: "errors.cannotSuspendModerator" });
    const until = new Date(Date.now() + days * 86_400_000);
    await tx.user.update({ where: { id: userId }, data: { forumSuspendedUntil: until, forumSuspendedReason: reason } });
    await tx.notification.create({
      data: { userId, kind: "MODERATION", actorId: moderator.id, data: { action: "suspend", reason, until: until.toISOString() } },
    });
    await audit({ actorId: moderator.id, action: "forum.user.suspend", targetType: "User", targetId: userId, data: { days, reason } }, tx);
  });
}

export async function liftForumSuspension(moderator: Actor, userId: string) {
  if (!isModerator(moderator)) throw new AppError("FORBIDDEN");
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { forumSuspendedUntil: null, forumSuspendedReason: null } });
    if (count === 0) throw new AppError("NOT_FOUND");
    await audit({ actorId: moderator.id, action: "forum.user.unsuspend", targetType: "User", targetId: userId }, tx);
  });
}

export async function updateForumSettings(admin: Actor, values: ForumSettingsValues) {
  if (!can(admin, "forum.settings")) throw new AppError("FORBIDDEN");
  await db.$transaction(async (tx) => {
    await tx.forumSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...values, updatedById: admin.id },
      update: { ...values, updatedById: admin.id },
    });
    await audit({ actorId: admin.id, action: "forum.settings.update", targetType: "ForumSettings", targetId: "1", data: values }, tx);
  });
}
