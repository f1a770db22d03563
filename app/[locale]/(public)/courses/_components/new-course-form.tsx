"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useMessage } from "@/components/forms/form-kit";
import { Field, Input, Select } from "@/components/ui/field";
import { createCourseAction } from "@/lib/courses/actions";
import { LEVELS, TOPICS } from "@/lib/courses/vocabulary";
import { type Locale, localeNames, locales } from "@/lib/i18n/locales";

/** "Welcoming at the desk" → "welcoming-at-the-desk" (Latin letters; others are dropped). */
export function slugify(title: string) {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

export function NewCourseForm({ locale }: { locale: string }) {
  const t = useTranslations("courses");
  const message = useMessage();
  const [result, action] = useActionState(createCourseAction, null);
  const typed = inputOf(result);
  const [slug, setSlug] = useState(typed.slug ?? "");
  const [slugEdited, setSlugEdited] = useState(false);
  const err = (n: string) => fieldErrors(result, n, message);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormStatus result={result} />
      <Field id="title" label={t("fields.title")} errors={err("title")}>
        {(p) => (
          <Input
            {...p}
            name="title"
            required
            defaultValue={typed.title}
            onChange={(e) => !slugEdited && setSlug(slugify(e.target.value))}
          />
        )}
      </Field>
      <Field id="slug" label={t("fields.slug")} hint={t("fields.slugHint")} errors={err("slug")}>
        {(p) => (
          <Input
            {...p}
            name="slug"
            required
            value={slug}
            onChange={(e) => {
              setSlugEdited(true);
              setSlug(e.target.value);
            }}
          />
        )}
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
