"use client";

import { useTranslations } from "next-intl";
import { useActionRunner } from "@/components/forms/form-kit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createCourseTranslationAction, createLessonTranslationAction } from "@/lib/courses/actions";

/** Starts a translation as a copy of the source, to be translated in place. */
export function StartTranslation({
  courseId,
  lessonId,
  locale,
  language,
}: {
  courseId?: string;
  lessonId?: string;
  locale: string;
  language: string;
}) {
  const t = useTranslations("courses.authoring");
  const { pending, error, run } = useActionRunner();
  return (
    <div className="rounded-lg border border-dashed border-line p-6">
      <p>{t("noTranslation", { language })}</p>
      <p className="mt-1 text-sm text-muted">{t("startTranslationLead")}</p>
      {error && (
        <Alert tone="error" live className="mt-3">
          {error}
        </Alert>
      )}
      <Button
        className="mt-4"
        disabled={pending}
        onClick={() =>
          run(() => (lessonId ? createLessonTranslationAction({ lessonId, locale }) : createCourseTranslationAction({ courseId, locale })))
        }
      >
        {t("startTranslation", { language })}
      </Button>
    </div>
  );
}
