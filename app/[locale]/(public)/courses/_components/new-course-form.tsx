"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useMessage } from "@/components/forms/form-kit";
import { useSlugFromTitle } from "@/components/forms/use-slug-from-title";
import { Field, Input, Select } from "@/components/ui/field";
import { createCourseAction } from "@/lib/courses/actions";
import { LEVELS, TOPICS } from "@/lib/courses/vocabulary";
import { type Locale, localeNames, locales } from "@/lib/i18n/locales";

export function NewCourseForm({ locale }: { locale: string }) {
  const t = useTranslations("courses");
  const message = useMessage();
  const [result, action] = useActionState(createCourseAction, null);
  const typed = inputOf(result);
  const { titleProps, slugProps } = useSlugFromTitle(typed.slug ?? "");
  const err = (n: string) => fieldErrors(result, n, message);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormStatus result={result} />
      <Field id="title" label={t("fields.title")} errors={err("title")}>
        {(p) => <Input {...p} name="title" required defaultValue={typed.title} {...titleProps} />}
      </Field>
      <Field id="slug" label={t("fields.slug")} hint={t("fields.slugHint")} errors={err("slug")}>
        {(p) => <Input {...p} name="slug" required {...slugProps} />}
      </Field>
      <Field id="topic" label={t("facets.topic")} errors={err("topic")}>
        {(p) => (
          <Select {...p} name="topic" defaultValue={typed.topic ?? TOPICS[0]}>
            {TOPICS.map((topic) => (
              <option key={topic} value={topic}>
                {t(`topics.${topic}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="level" label={t("facets.level")} errors={err("level")}>
        {(p) => (
          <Select {...p} name="level" defaultValue={typed.level ?? LEVELS[0]}>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`levels.${level}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="sourceLocale" label={t("fields.sourceLocale")} errors={err("sourceLocale")}>
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
      <SubmitButton>{t("authoring.create")}</SubmitButton>
    </form>
  );
}
