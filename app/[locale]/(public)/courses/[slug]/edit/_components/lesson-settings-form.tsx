"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useMessage } from "@/components/forms/form-kit";
import { Field, Input } from "@/components/ui/field";
import { lessonSettingsAction } from "@/lib/courses/actions";
import { useRouter } from "@/lib/i18n/navigation";

export function LessonSettingsForm({
  lessonId,
  initial,
  published,
}: {
  lessonId: string;
  initial: { slug: string; minutes: number; required: boolean };
  published: boolean;
}) {
  const t = useTranslations("courses");
  const message = useMessage();
  const router = useRouter();
  const [result, action] = useActionState(lessonSettingsAction, null);
  useEffect(() => {
    if (result?.ok) router.refresh();
  }, [result, router]);
  const typed = inputOf(result);
  return (
    <form action={action} className="space-y-4" noValidate>
      <h2 className="font-semibold">{t("authoring.lessonSettings")}</h2>
      <FormStatus result={result} success={t("authoring.saved")} />
      <input type="hidden" name="lessonId" value={lessonId} />
      <Field
        id="lesson-slug"
        label={t("fields.slug")}
        hint={published ? t("fields.slugFixed") : undefined}
        errors={fieldErrors(result, "slug", message)}
      >
        {(p) => <Input {...p} name="slug" defaultValue={typed.slug ?? initial.slug} readOnly={published} />}
      </Field>
      <Field id="lesson-minutes" label={t("fields.minutes")} errors={fieldErrors(result, "minutes", message)}>
        {(p) => (
          <Input
            {...p}
            name="minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={600}
            defaultValue={typed.minutes ?? initial.minutes}
          />
        )}
      </Field>
      <div className="flex items-center gap-2">
        <input
          id="lesson-required"
          type="checkbox"
          name="required"
          defaultChecked={initial.required}
          className="h-4 w-4 shrink-0 accent-brand-700"
        />
        <label htmlFor="lesson-required" className="text-sm">
          {t("fields.required")}
        </label>
      </div>
      <SubmitButton variant="secondary">{t("authoring.saveSettings")}</SubmitButton>
    </form>
  );
}
