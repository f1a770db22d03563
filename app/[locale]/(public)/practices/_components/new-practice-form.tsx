"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useMessage } from "@/components/forms/form-kit";
import { Field, Input, Select } from "@/components/ui/field";
import { type Locale, localeNames, locales } from "@/lib/i18n/locales";
import { createPracticeAction } from "@/lib/practices/actions";

export function NewPracticeForm({ locale }: { locale: string }) {
  const t = useTranslations("practices");
  const message = useMessage();
  const [result, action] = useActionState(createPracticeAction, null);
  const typed = inputOf(result);
  const err = (n: string) => fieldErrors(result, n, message);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormStatus result={result} />
      <Field id="title" label={t("fields.title")} hint={t("new.titleHint")} errors={err("title")}>
        {(p) => <Input {...p} name="title" required maxLength={200} defaultValue={typed.title} />}
      </Field>
      <Field id="sourceLocale" label={t("new.sourceLocale")} hint={t("new.sourceLocaleHint")} errors={err("sourceLocale")}>
        {(p) => (
          <Select {...p} name="sourceLocale" defaultValue={typed.sourceLocale ?? locale}>
            {locales.map((l: Locale) => (
              <option key={l} value={l} lang={l}>
                {localeNames[l]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <SubmitButton>{t("new.create")}</SubmitButton>
    </form>
  );
}
