"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, SubmitButton, fieldErrors, inputOf, useMessage } from "@/components/forms/form-kit";
import { useSlugFromTitle } from "@/components/forms/use-slug-from-title";
import { Field, Input, Select } from "@/components/ui/field";
import { type Locale, localeNames, locales } from "@/lib/i18n/locales";
import { createPageAction } from "@/lib/knowledge/actions";
import { SECTIONS } from "@/lib/knowledge/schemas";

export function NewPageForm({
  parents,
  locale,
  defaultSection,
}: {
  parents: { id: string; section: string; title: string }[];
  locale: string;
  defaultSection?: string;
}) {
  const t = useTranslations("knowledge");
  const message = useMessage();
  const [result, action] = useActionState(createPageAction, null);
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
      <Field id="section" label={t("fields.section")} errors={err("section")}>
        {(p) => (
          <Select
            {...p}
            name="section"
            defaultValue={typed.section ?? (SECTIONS as readonly string[]).find((s) => s === defaultSection) ?? "GUIDES"}
          >
            {SECTIONS.map((s) => (
              <option key={s} value={s}>
                {t(`sections.${s}.title`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="parentId" label={t("fields.parent")} hint={t("fields.parentHint")} errors={err("parentId")}>
        {(p) => (
          <Select {...p} name="parentId" defaultValue={typed.parentId ?? ""}>
            <option value="">{t("fields.noParent")}</option>
            {parents.map((pg) => (
              <option key={pg.id} value={pg.id}>
                {t(`sections.${pg.section as (typeof SECTIONS)[number]}.title`)} — {pg.title}
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
      <SubmitButton>{t("createPage")}</SubmitButton>
    </form>
  );
}
