import type { Prisma } from "@/lib/generated/prisma/client";

// Every privileged action leaves a line in the audit log. The actions are one typed union: a
// service cannot write an action that is not listed here, and each one says what it records.
// `label` is the message-catalogue key the audit screens show (translated in all languages;
// a unit test checks that each exists).

type Entry = { label: `admin.actions.${string}`; description: string };

export const AUDIT_ACTIONS = {
  // accounts and administration
  "user.role.change": {
    label: "admin.actions.user_role_change",
    description: "An administrator changed a member's role (data: from, to).",
  },
  "user.suspend": { label: "admin.actions.user_suspend", description: "An administrator suspended an account (data: until, reason)." },
  "user.unsuspend": { label: "admin.actions.user_unsuspend", description: "An administrator lifted an account's suspension." },
  "user.password.reset": { label: "admin.actions.user_password_reset", description: "A member set a new password through a reset email." },
  "user.password.change": { label: "admin.actions.user_password_change", description: "A member changed their password while signed in." },
  "user.delete.self": { label: "admin.actions.user_delete_self", description: "A member deleted their own account." },
  "membership.approve": {
    label: "admin.actions.membership_approve",
    description: "An administrator approved a request to join an organisation.",
  },
  "membership.reject": {
    label: "admin.actions.membership_reject",
    description: "An administrator rejected a request to join an organisation.",
  },
  // knowledge hub
  "page.create": { label: "admin.actions.page_create", description: "A coordinator created a knowledge page (data: slug)." },
  "page.submit": { label: "admin.actions.page_submit", description: "A page was submitted for review (data: from, to)." },
  "page.publish": {
    label: "admin.actions.page_publish",
    description: "A page was published: its saved translations became what readers see.",
  },
  "page.archive": { label: "admin.actions.page_archive", description: "A page was archived: readers and search no longer see it." },
  "page.unarchive": {
    label: "admin.actions.page_unarchive",
    description: "An archived page came back (published if it had been before, else draft).",
  },
  "page.backToDraft": { label: "admin.actions.page_backToDraft", description: "A page under review was sent back to draft." },
  "page.restore": {
    label: "admin.actions.page_restore",
    description: "An earlier revision became the working copy (data: locale, fromVersion, newVersion).",
  },
  "page.translation.create": {
    label: "admin.actions.page_translation_create",
    description: "A translation was started from the source language (data: locale).",
  },
  // forum
  "forum.post.flag": { label: "admin.actions.forum_post_flag", description: "A member reported a post (data: reason)." },
  "forum.post.autoHide": {
    label: "admin.actions.forum_post_autoHide",
    description: "Enough reports hid a post pending review (no actor; data: flags).",
  },
  "forum.post.hide": {
    label: "admin.actions.forum_post_hide",
    description: "A coordinator hid a post with a reason the author is told (data: reason).",
  },
  "forum.post.unhide": {
    label: "admin.actions.forum_post_unhide",
    description: "A coordinator showed a hidden post again; its open reports were dismissed.",
  },
  "forum.post.editByModerator": {
    label: "admin.actions.forum_post_editByModerator",
    description: "A coordinator edited someone else's post.",
  },
  "forum.flags.dismiss": {
    label: "admin.actions.forum_flags_dismiss",
    description: "A coordinator kept a reported post and closed its reports (data: flags).",
  },
  "forum.topic.lock": {
    label: "admin.actions.forum_topic_lock",
    description: "A coordinator locked a topic: only coordinators may reply.",
  },
  "forum.topic.unlock": { label: "admin.actions.forum_topic_unlock", description: "A coordinator unlocked a topic." },
  "forum.topic.pin": { label: "admin.actions.forum_topic_pin", description: "A coordinator pinned a topic to the top of its category." },
  "forum.topic.unpin": { label: "admin.actions.forum_topic_unpin", description: "A coordinator unpinned a topic." },
  "forum.topic.move": {
    label: "admin.actions.forum_topic_move",
    description: "A coordinator moved a topic to another category (data: from, to).",
  },
  "forum.topic.solution": {
    label: "admin.actions.forum_topic_solution",
    description: "Someone other than the topic's author marked its solution (data: postId).",
  },
  "forum.user.suspend": {
    label: "admin.actions.forum_user_suspend",
    description: "A coordinator suspended a member from posting (data: days, reason).",
  },
  "forum.user.unsuspend": { label: "admin.actions.forum_user_unsuspend", description: "A coordinator lifted a forum suspension." },
  "forum.settings.update": {
    label: "admin.actions.forum_settings_update",
    description: "An administrator changed the forum settings (data: the new values).",
  },
  // initiatives map
  "initiative.suggest": {
    label: "admin.actions.initiative_suggest",
    description: "A member suggested an initiative for review (data: name).",
  },
  "initiative.create": {
    label: "admin.actions.initiative_create",
    description: "A partner (for their organisation) or a coordinator published an initiative directly (data: name).",
  },
  "initiative.update": {
    label: "admin.actions.initiative_update",
    description: "An initiative was edited, which also verifies it (data: name).",
  },
  "initiative.verify": { label: "admin.actions.initiative_verify", description: "An initiative was confirmed as still accurate." },
  "initiative.archive": { label: "admin.actions.initiative_archive", description: "An initiative was taken off the map." },
  "initiative.restore": { label: "admin.actions.initiative_restore", description: "An archived initiative was put back on the map." },
  "initiative.approve": {
    label: "admin.actions.initiative_approve",
    description: "A coordinator approved a suggested initiative; the suggester is told (data: name).",
  },
  "initiative.reject": {
    label: "admin.actions.initiative_reject",
    description: "A coordinator rejected a suggested initiative with a reason the suggester reads (data: name, reason).",
  },
} as const satisfies Record<string, Entry>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}

export type AuditEntry = {
  /** null: the system (e.g. reports adding up), or a member acting on their own account after it is gone. */
  actorId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  data?: Prisma.InputJsonValue;
};

/** Writes the line in the transaction of the change it records: both commit, or neither. */
export async function audit(entry: AuditEntry, tx: Prisma.TransactionClient): Promise<void> {
  await tx.auditLog.create({ data: entry });
}
