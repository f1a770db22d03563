"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useTransition } from "react";
import { FormStatus, SubmitButton, fieldErrors, inputOf, useMessage } from "@/components/forms/form-kit";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import {
  changePasswordAction,
  deleteAccountAction,
  revokeOtherSessionsAction,
  revokeSessionAction,
  updateProfileAction,
} from "@/lib/accounts/actions";
import { useRefresh } from "@/components/layout/member";
import { type Locale, localeNames, locales } from "@/lib/i18n/locales";

type Option = { value: string; label: string };

export function ProfileForm({ defaults, countries }: { defaults: { name: string; country: string; locale: string }; countries: Option[] }) {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const message = useMessage();
  const [result, action] = useActionState(updateProfileAction, null);
  const typed = { ...defaults, ...inputOf(result) };
  // Saved: the header shows the new name, the account its new values (they come from the browser
  // on the shared page, decision 013).
  const refresh = useRefresh();
  useEffect(() => {
    if (result?.ok) refresh();
  }, [result, refresh]);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus result={result} success={t("saved")} />
      <Field id="name" label={ta("name")} errors={fieldErrors(result, "name", message)}>
        {(p) => <Input {...p} name="name" defaultValue={typed.name} autoComplete="name" required />}
      </Field>
      <Field id="country" label={ta("country")} errors={fieldErrors(result, "country", message)}>
        {(p) => (
          <Select {...p} name="country" defaultValue={typed.country}>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="locale" label={ta("preferredLanguage")} errors={fieldErrors(result, "locale", message)}>
        {(p) => (
          <Select {...p} name="locale" defaultValue={typed.locale}>
            {locales.map((l: Locale) => (
              <option key={l} value={l} lang={l}>
                {localeNames[l]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const message = useMessage();
  const [result, action] = useActionState(changePasswordAction, null);
  return (
    <form action={action} className="space-y-4" noValidate key={result?.ok ? "done" : "form"}>
      <FormStatus result={result} success={t("passwordChanged")} />
      <Field id="currentPassword" label={t("currentPassword")} errors={fieldErrors(result, "currentPassword", message)}>
        {(p) => <Input {...p} name="currentPassword" type="password" autoComplete="current-password" required />}
      </Field>
      <Field id="newPassword" label={ta("newPassword")} hint={ta("passwordHint")} errors={fieldErrors(result, "password", message)}>
        {(p) => <Input {...p} name="password" type="password" autoComplete="new-password" required minLength={12} />}
      </Field>
      <Field id="newPasswordConfirm" label={ta("passwordConfirm")} errors={fieldErrors(result, "passwordConfirm", message)}>
        {(p) => <Input {...p} name="passwordConfirm" type="password" autoComplete="new-password" required />}
      </Field>
      <SubmitButton>{t("changePassword")}</SubmitButton>
    </form>
  );
}

export function SessionList({
  sessions,
  currentId,
}: {
  sessions: { id: string; device: string; started: string; lastSeen: string }[];
  currentId: string;
}) {
  const t = useTranslations("account");
  const refresh = useRefresh();
  const [pending, startTransition] = useTransition();
  const run = (fn: () => Promise<unknown>) =>
    startTransition(async () => {
      await fn();
      refresh();
    });
  return (
    <div>
      <ul className="divide-y divide-line">
        {sessions.map((s) => (
          <li key={s.id} className="flex items-start justify-between gap-3 py-3">
            <div className="min-w-0 text-sm">
              <p className="truncate font-medium" title={s.device}>
                {s.device}
              </p>
              <p className="text-muted">
                {t("sessionStarted", { date: s.started })} · {t("sessionSeen", { when: s.lastSeen })}
              </p>
            </div>
            {s.id === currentId ? (
              <span className="shrink-0 text-sm font-medium text-success">{t("thisDevice")}</span>
            ) : (
              <Button size="sm" variant="secondary" busy={pending} onClick={() => run(() => revokeSessionAction({ sessionId: s.id }))}>
                {t("signOutSession")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {sessions.length > 1 && (
        <Button className="mt-4" variant="secondary" busy={pending} onClick={() => run(() => revokeOtherSessionsAction())}>
          {t("signOutOthers")}
        </Button>
      )}
    </div>
  );
}

export function DeleteAccountForm() {
  const t = useTranslations("account");
  const message = useMessage();
  const [result, action] = useActionState(deleteAccountAction, null);
  const confirmErr = fieldErrors(result, "confirm", message);
  const postsErr = fieldErrors(result, "posts", message);
  const chosen = inputOf(result).posts;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus result={result} />
      <Field id="deletePassword" label={t("currentPassword")} errors={fieldErrors(result, "password", message)}>
        {(p) => <Input {...p} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <fieldset aria-describedby={postsErr ? "deletePosts-error" : undefined}>
        <legend className="text-sm font-medium text-ink">{t("deletePostsLegend")}</legend>
        <div className="mt-2 space-y-3">
          {(["keep", "remove"] as const).map((choice) => {
            const label = choice === "keep" ? t("deletePostsKeep") : t("deletePostsRemove");
            const hint = choice === "keep" ? t("deletePostsKeepHint") : t("deletePostsRemoveHint");
            return (
              <div key={choice} className="flex items-start gap-2">
                <input
                  id={`deletePosts-${choice}`}
                  name="posts"
                  type="radio"
                  value={choice}
                  defaultChecked={chosen === choice}
                  className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
                  aria-describedby={`deletePosts-${choice}-hint`}
                  aria-invalid={postsErr ? true : undefined}
                />
                <div className="text-sm">
                  <label htmlFor={`deletePosts-${choice}`} className="font-medium">
                    {label}
                  </label>
                  <p id={`deletePosts-${choice}-hint`} className="text-muted">
                    {hint}
                  </p>
                </div>
              </div>
            );
          })}
        </div>
        {postsErr && (
          <p id="deletePosts-error" className="mt-1 text-sm font-medium text-danger">
            {postsErr.join(" ")}
          </p>
        )}
      </fieldset>
      <div className="flex items-start gap-2">
        <input
          id="confirmDelete"
          name="confirm"
          type="checkbox"
          defaultChecked={inputOf(result).confirm === "on"}
          className="mt-1 h-4 w-4 shrink-0"
          aria-invalid={confirmErr ? true : undefined}
          aria-describedby={confirmErr ? "confirmDelete-error" : undefined}
        />
        <label htmlFor="confirmDelete" className="text-sm">
          {t("deleteConfirm")}
        </label>
      </div>
      {confirmErr && (
        <p id="confirmDelete-error" className="text-sm font-medium text-danger">
          {confirmErr.join(" ")}
        </p>
      )}
      <SubmitButton variant="danger">{t("deleteButton")}</SubmitButton>
    </form>
  );
}
