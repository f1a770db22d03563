"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useMessage } from "@/components/forms/form-kit";
import { Field, Input, Textarea } from "@/components/ui/field";
import { saveCourseTextAction } from "@/lib/courses/actions";
import { useRouter } from "@/lib/i18n/navigation";

/** Title, summary and learning outcomes in one language (the working copy). */
export function CourseTextForm({
  courseId,
  locale,
  initial,
}: {
  courseId: string;
  locale: string;
  initial: { title: string; summary: string; outcomes: string[]; version: number };
}) {
  const t = useTranslations("courses");
  const message = useMessage();
  const router = useRouter();
  const [result, action] = useActionState(saveCourseTextAction, null);
  // A save bumps the version (and may send the course back to draft): reload the server data.
  useEffect(() => {
    if (result?.ok) router.refresh();
  }, [result, router]);
  const typed = inputOf(result);
  const err = (n: string) => fieldErrors(result, n, message);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus result={result} success={t("authoring.saved")} />
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="baseVersion" value={initial.version} />
      <Field id="course-title" label={t("fields.title")} errors={err("title")}>
        {(p) => <Input {...p} name="title" required maxLength={200} defaultValue={typed.title ?? initial.title} lang={locale} />}
      </Field>
      <Field id="course-summary" label={t("fields.summary")} errors={err("summary")}>
        {(p) => <Textarea {...p} name="summary" rows={3} maxLength={1000} defaultValue={typed.summary ?? initial.summary} lang={locale} />}
      </Field>
      <Field id="course-outcomes" label={t("fields.outcomes")} hint={t("fields.outcomesHint")} errors={err("outcomes")}>
        {(p) => <Textarea {...p} name="outcomes" rows={5} defaultValue={typed.outcomes ?? initial.outcomes.join("\n")} lang={locale} />}
      </Field>
      <SubmitButton>{t("authoring.saveText")}</SubmitButton>
    </form>
  );
}
