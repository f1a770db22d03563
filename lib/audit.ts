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
  "user.delete.self": {
    label: "admin.actions.user_delete_self",
    description: "A member deleted their own account (data: forumPosts kept or removed, topicsDeleted).",
  },
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
  // training
  "course.create": { label: "admin.actions.course_create", description: "A coordinator created a course (data: slug)." },
  "course.settings": {
    label: "admin.actions.course_settings",
    description: "A course's topic, level or cover changed (data: topic, level, cover).",
  },
  "course.text.save": {
    label: "admin.actions.course_text_save",
    description: "A course's title, summary or outcomes were saved in one language (data: locale, version).",
  },
  "course.translation.create": {
    label: "admin.actions.course_translation_create",
    description: "A translation of a course's text was started from the source language (data: locale).",
  },
  "course.module.add": { label: "admin.actions.course_module_add", description: "A module was added to a course (data: moduleId)." },
  "course.module.rename": {
    label: "admin.actions.course_module_rename",
    description: "A module's title changed in one language (data: moduleId, locale).",
  },
  "course.module.delete": {
    label: "admin.actions.course_module_delete",
    description: "A module that learners never saw was deleted (data: moduleId).",
  },
  "course.module.move": {
    label: "admin.actions.course_module_move",
    description: "A module moved up or down (data: moduleId, direction).",
  },
  "course.lesson.add": { label: "admin.actions.course_lesson_add", description: "A lesson was added to a course (data: lessonId, slug)." },
  "course.lesson.settings": {
    label: "admin.actions.course_lesson_settings",
    description: "A lesson's address, minutes or required flag changed (data: lessonId, minutes, required).",
  },
  "course.lesson.translation.create": {
    label: "admin.actions.course_lesson_translation_create",
    description: "A translation of a lesson was started from the source language (data: lessonId, locale).",
  },
  "course.lesson.restore": {
    label: "admin.actions.course_lesson_restore",
    description: "An earlier version of a lesson became its working copy (data: lessonId, locale, fromVersion, newVersion).",
  },
  "course.lesson.move": {
    label: "admin.actions.course_lesson_move",
    description: "A lesson moved up or down, possibly into the next or previous module (data: lessonId, direction).",
  },
  "course.lesson.delete": {
    label: "admin.actions.course_lesson_delete",
    description: "A lesson that learners never saw was deleted (data: lessonId).",
  },
  "course.quiz.add": { label: "admin.actions.course_quiz_add", description: "A quiz was added after a module (data: quizId)." },
  "course.quiz.settings": {
    label: "admin.actions.course_quiz_settings",
    description: "A quiz's pass mark or attempt limit changed (data: quizId, passMark, maxAttempts).",
  },
  "course.quiz.delete": {
    label: "admin.actions.course_quiz_delete",
    description: "A quiz that learners never saw was deleted (data: quizId).",
  },
  "course.question.add": { label: "admin.actions.course_question_add", description: "A quiz question was added (data: questionId)." },
  "course.question.update": {
    label: "admin.actions.course_question_update",
    description: "A quiz question, its answers or its right answers changed (data: questionId).",
  },
  "course.question.translate": {
    label: "admin.actions.course_question_translate",
    description: "A quiz question's texts were translated (data: questionId, locale).",
  },
  "course.question.delete": {
    label: "admin.actions.course_question_delete",
    description: "A quiz question was deleted (data: questionId).",
  },
  "course.question.move": {
    label: "admin.actions.course_question_move",
    description: "A quiz question moved up or down (data: questionId, direction).",
  },
  "course.submit": { label: "admin.actions.course_submit", description: "A course was submitted for review (data: from, to)." },
  "course.backToDraft": {
    label: "admin.actions.course_backToDraft",
    description: "A course under review was sent back to draft (data: from, to).",
  },
  "course.publish": {
    label: "admin.actions.course_publish",
    description: "A course was published: its saved texts and lessons became what learners see (data: from, to).",
  },
  "course.archive": {
    label: "admin.actions.course_archive",
    description: "A course was archived: the catalogue and search no longer show it; certificates stay valid.",
  },
  "course.unarchive": {
    label: "admin.actions.course_unarchive",
    description: "An archived course came back (published if it had been before, else draft).",
  },
  "certificate.revoke": {
    label: "admin.actions.certificate_revoke",
    description: "A coordinator revoked a certificate; its verification page shows the reason (data: code, reason).",
  },
  // good practice (case studies)
  "practice.create": {
    label: "admin.actions.practice_create",
    description: "A partner started a case study for their organisation (data: slug).",
  },
  "practice.translation.create": {
    label: "admin.actions.practice_translation_create",
    description: "An author started a translation of a case study from its original (data: locale).",
  },
  "practice.submit": {
    label: "admin.actions.practice_submit",
    description: "An author submitted a case study (or new changes to one) for review.",
  },
  "practice.withdraw": {
    label: "admin.actions.practice_withdraw",
    description: "An author took a submission back from review to change it.",
  },
  "practice.requestChanges": {
    label: "admin.actions.practice_requestChanges",
    description: "A coordinator sent a submission back to its authors with comments (data: comments).",
  },
  "practice.publish": {
    label: "admin.actions.practice_publish",
    description: "A coordinator approved a submission: its facts and saved translations became what readers see.",
  },
  "practice.archive": {
    label: "admin.actions.practice_archive",
    description: "A coordinator archived a case study: readers, search and the open data no longer see it (data: from).",
  },
  "practice.unarchive": {
    label: "admin.actions.practice_unarchive",
    description: "A coordinator brought an archived case study back (published if it had been, else draft; data: to).",
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
