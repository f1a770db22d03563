import { can, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// The forum's rules that take more than a role (epic-stack's permissions.server.ts, one per
// feature): who may read a category, who may see a hidden post, who may reply, edit, flag or
// mark a solution, what a suspension or a lock stops. Pure functions of the person and the
// thing. The service asks them before it writes (with the row it just read or locked), the
// queries before they hand out text, and the topic page's view carries their answers to the
// buttons — so what the page offers and what the server accepts cannot drift apart.
//
// The role part of each rule comes from the permission table (lib/auth/permissions.ts).

export type ForumPerson = { id: string; role: Role };
/** A visitor is null. */
export type ForumReader = ForumPerson | null;

// ─── reading ────────────────────────────────────────────────────────────────────────────────

/** Coordinators and administrators. */
export function isModerator(user: { role: Role } | null): boolean {
  return can(user, "forum.moderate");
}

/** Categories a person may read, as a filter: members-only ones need a login. */
export function categoryVisibilityWhere(user: { role: Role } | null): Prisma.ForumCategoryWhereInput {
  return can(user, "forum.readMembers") ? {} : { visibility: "PUBLIC" };
}

/** The same rule for one category (e.g. whether a mentioned member may read the post). */
export function mayReadCategory(user: { role: Role } | null, category: { visibility: "PUBLIC" | "MEMBERS" }): boolean {
  return category.visibility === "PUBLIC" || can(user, "forum.readMembers");
}

function isAuthor(user: ForumReader, thing: { authorId: string | null }): boolean {
  return user !== null && thing.authorId !== null && thing.authorId === user.id;
}

/** A hidden post's text (and the reason it was hidden) reaches its author and moderators only. */
export function maySeeHiddenPost(user: ForumReader, post: { authorId: string | null; hiddenBy?: string | null }): boolean {
  // Erased by its author on leaving (lib/forum/erasure.ts): nothing is left for anyone to read.
  if (post.hiddenBy === "AUTHOR") return false;
  return isModerator(user) || isAuthor(user, post);
}

// ─── suspension ─────────────────────────────────────────────────────────────────────────────

export type Suspension = { until: Date; reason: string };

/** The member's forum suspension if it is still running, else null. */
export function activeSuspension(
  row: { forumSuspendedUntil: Date | null; forumSuspendedReason: string | null } | null,
  now = new Date(),
): Suspension | null {
  if (!row?.forumSuspendedUntil || row.forumSuspendedUntil <= now) return null;
  return { until: row.forumSuspendedUntil, reason: row.forumSuspendedReason ?? "" };
}

/** What a suspended member is told when they try to post. */
export function suspendedError(suspension: Suspension): AppError {
  return new AppError("FORBIDDEN", {
    message: "errors.forumSuspended",
    values: { until: suspension.until.toISOString(), reason: suspension.reason },
  });
}

/** Coordinators cannot be suspended from the forum, nor suspend themselves. */
export function maySuspend(moderator: ForumReader, target: { id: string; role: Role }): boolean {
  return isModerator(moderator) && moderator?.id !== target.id && !isModerator(target);
}

/** The role shown as a badge beside a post's author: only the forum's moderators get one. */
export function staffRole(author: { role: Role } | null): Role | null {
  return author && isModerator(author) ? author.role : null;
}

// ─── posting ────────────────────────────────────────────────────────────────────────────────

/** A locked topic takes replies and edits from moderators only. */
export function mayWriteInTopic(user: ForumReader, topic: { locked: boolean }): boolean {
  return !topic.locked || isModerator(user);
}

/** Refuses a write in a locked topic (the service checks it under the topic's row lock). */
export function assertTopicOpen(user: ForumReader, topic: { locked: boolean }): void {
  if (!mayWriteInTopic(user, topic)) throw new AppError("CONFLICT", { message: "errors.topicLocked" });
}

/** Whether to offer the reply form: a member, not suspended, in a topic open to them. */
export function mayReply(user: ForumReader, topic: { locked: boolean }, suspension: Suspension | null): boolean {
  return can(user, "forum.post") && suspension === null && mayWriteInTopic(user, topic);
}

/**
 * Editing a post: anyone's with `forum.editPost:any`; one's own with `forum.editPost:own`, while
 * not suspended and while the topic is open.
 */
export function mayEditPost(
  user: ForumReader,
  post: { authorId: string | null },
  topic: { locked: boolean },
  suspension: Suspension | null,
): boolean {
  if (can(user, "forum.editPost:any")) return true;
  return isAuthor(user, post) && can(user, "forum.editPost:own") && suspension === null && mayWriteInTopic(user, topic);
}

/** Ownership in the where: the posts this person may edit at all (lock and suspension aside). */
export function editablePostWhere(user: ForumPerson): Prisma.ForumPostWhereInput {
  // An erased post (its author left, lib/forum/erasure.ts) is edited by no one, moderators included.
  const notErased = { OR: [{ hiddenBy: null }, { hiddenBy: { not: "AUTHOR" as const } }] };
  return can(user, "forum.editPost:any") ? notErased : { authorId: user.id, ...notErased };
}

/** Whether the editor's JSON of a post is sent to this reader (only to those who may edit it). */
export function mayLoadPostSource(user: ForumReader, post: { authorId: string | null }): boolean {
  return can(user, "forum.editPost:any") || (isAuthor(user, post) && can(user, "forum.editPost:own"));
}

/** The topic's author marks the reply that solved it; moderators may do it for any topic. */
export function mayAcceptAnswer(user: ForumReader, topic: { authorId: string | null }): boolean {
  return can(user, isAuthor(user, topic) ? "forum.acceptAnswer:own" : "forum.acceptAnswer:any");
}

/** Reactions: members, on posts that are not hidden. */
export function mayReact(user: ForumReader, post: { hidden: boolean }): boolean {
  return can(user, "forum.post") && !post.hidden;
}

/** Reports: members, on someone else's post that is not already hidden. The service refuses one's own post. */
export function mayFlag(user: ForumReader, post: { authorId: string | null; hidden: boolean }): boolean {
  return can(user, "forum.post") && !isAuthor(user, post) && !post.hidden;
}

/**
 * New accounts (younger than the settings' hours) post under limits: a few posts per five
 * minutes with a few links each. Moderators never count as new.
 */
export function isNewAccount(
  user: ForumPerson,
  account: { createdAt: Date },
  settings: { newAccountHours: number },
  now = new Date(),
): boolean {
  return !isModerator(user) && now.getTime() - account.createdAt.getTime() < settings.newAccountHours * 3_600_000;
}
