import { type Role, roleCan } from "@/lib/auth/permissions";

// How much one member's flag counts toward hiding a post before a coordinator has looked at it.
// Flags hide a post when their weights add up to ForumSettings.autoHideFlags. Every flag still
// lands in the coordinators' queue; the weight only decides the automatic hiding (issue 8: three
// accounts registered minutes earlier could hide any post, a coordinator's included).

export type FlagReporter = {
  createdAt: Date;
  /** The reporter's posts that a moderator has hidden (currently). */
  hiddenPosts: number;
} | null; // null: the account was deleted since

/**
 * 1 for an established member in good standing; 0 for an account younger than the forum's
 * new-account period (or a deleted one); 1 / (1 + n) for a member with n posts hidden by
 * moderators.
 */
export function flagWeight(reporter: FlagReporter, settings: { newAccountHours: number }, now = new Date()): number {
  if (!reporter) return 0;
  if (now.getTime() - reporter.createdAt.getTime() < settings.newAccountHours * 3_600_000) return 0;
  return 1 / (1 + Math.max(0, reporter.hiddenPosts));
}

/** Flags never hide the post of someone who moderates the forum: a coordinator reviews them. */
export function mayBeHiddenByFlags(author: { role: Role } | null): boolean {
  return !roleCan(author?.role ?? null, "forum.moderate");
}
