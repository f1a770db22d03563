"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useMessage } from "@/components/forms/form-kit";
import { Field, Input } from "@/components/ui/field";
import { forumSettingsAction } from "@/lib/forum/actions";

const FIELDS = [
  ["autoHideFlags", 1, 50],
  ["newAccountHours", 0, 2160],
  ["newAccountPosts", 1, 100],
  ["newAccountLinks", 0, 100],
] as const;

export function SettingsForm({ values }: { values: Record<(typeof FIELDS)[number][0], number> }) {
  const t = useTranslations("forum.settings");
  const message = useMessage();
  const [result, action] = useActionState(forumSettingsAction, null);
  const input = inputOf(result);
  return (
    <form action={action} className="mt-6 max-w-xl space-y-5">
      <FormStatus result={result} success={t("saved")} />
      {FIELDS.map(([name, min, max]) => (
        <Field key={name} id={`forum-${name}`} label={t(name)} errors={fieldErrors(result, name, message)}>
          {(props) => (
            <Input
              {...props}
              name={name}
              type="number"
              min={min}
              max={max}
              required
              defaultValue={input[name] ?? String(values[name])}
              className="max-w-32"
            />
          )}
        </Field>
      ))}
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
