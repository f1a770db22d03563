type Translator = { has: (key: string) => boolean; (key: string): string };

/** "user.role.change" → the translated label under admin.actions.user_role_change, else the raw name. */
export function actionLabel(t: Translator, action: string): string {
  const key = `actions.${action.replaceAll(".", "_")}`;
  return t.has(key) ? t(key) : action;
}
