type Translator = { has: (key: string) => boolean; (key: string): string };

/**
 * Every audit action the code writes, grouped by area: the audit log's filter offers these, and
 * each has its label in the catalogues under admin.actions.<name with "_" for ".">. The list is
 * the one map of audit actions for the screens; action-label.test.ts fails when the code writes
 * an action that is missing here (or here lacks a label).
 */
export const AUDIT_ACTION_GROUPS = {
  accounts: [
    "user.role.change",
    "user.suspend",
    "user.unsuspend",
    "user.password.reset",
    "user.password.change",
    "user.delete.self",
    "membership.approve",
    "membership.reject",
  ],
  knowledge: [
    "page.create",
    "page.submit",
    "page.publish",
    "page.archive",
    "page.unarchive",
    "page.backToDraft",
    "page.restore",
    "page.translation.create",
  ],
  forum: [
    "forum.post.flag",
    "forum.post.autoHide",
    "forum.post.hide",
    "forum.post.unhide",
    "forum.post.editByModerator",
    "forum.flags.dismiss",
    "forum.topic.lock",
    "forum.topic.unlock",
    "forum.topic.pin",
    "forum.topic.unpin",
    "forum.topic.move",
    "forum.topic.solution",
    "forum.user.suspend",
    "forum.user.unsuspend",
    "forum.settings.update",
  ],
  initiatives: [
    "initiative.suggest",
    "initiative.create",
    "initiative.update",
    "initiative.verify",
    "initiative.archive",
    "initiative.restore",
    "initiative.approve",
    "initiative.reject",
  ],
  training: [
    "course.create",
    "course.settings",
    "course.text.save",
    "course.translation.create",
    "course.module.add",
    "course.module.rename",
    "course.module.delete",
    "course.module.move",
    "course.lesson.add",
    "course.lesson.settings",
    "course.lesson.translation.create",
    "course.lesson.restore",
    "course.lesson.move",
    "course.lesson.delete",
    "course.quiz.add",
    "course.quiz.settings",
    "course.quiz.delete",
    "course.question.add",
    "course.question.update",
    "course.question.translate",
    "course.question.delete",
    "course.question.move",
    "course.submit",
    "course.backToDraft",
    "course.publish",
    "course.archive",
    "course.unarchive",
    "certificate.revoke",
  ],
  practices: [
    "practice.create",
    "practice.translation.create",
    "practice.submit",
    "practice.withdraw",
    "practice.requestChanges",
    "practice.publish",
    "practice.archive",
    "practice.unarchive",
  ],
} as const;

export type AuditActionGroup = keyof typeof AUDIT_ACTION_GROUPS;
export const AUDIT_ACTIONS: readonly string[] = Object.values(AUDIT_ACTION_GROUPS).flat();

export function isKnownAuditAction(action: string): boolean {
  return AUDIT_ACTIONS.includes(action);
}

export const actionLabelKey = (action: string) => `actions.${action.replaceAll(".", "_")}`;

/** "user.role.change" → the translated label under admin.actions.user_role_change, else the raw name. */
export function actionLabel(t: Translator, action: string): string {
  const key = actionLabelKey(action);
  return t.has(key) ? t(key) : action;
}
