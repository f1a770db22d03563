"use client";

import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useActionRunner, useMessage } from "@/components/forms/form-kit";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import {
  addLessonAction,
  addModuleAction,
  addQuizAction,
  deleteLessonAction,
  deleteModuleAction,
  moveLessonAction,
  moveModuleAction,
  renameModuleAction,
} from "@/lib/courses/actions";
import type { CourseEditView } from "@/lib/courses/authoring-queries";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { useSlugFromTitle } from "@/components/forms/use-slug-from-title";

type Module = CourseEditView["modules"][number];

/**
 * Modules, lessons and quizzes of a course, reordered with buttons (keyboard first: each button
 * names what it moves, and keeps the focus after the move).
 */
export function OutlineEditor({
  courseId,
  courseSlug,
  locale,
  isSource,
  modules,
}: {
  courseId: string;
  courseSlug: string;
  locale: string;
  isSource: boolean;
  modules: Module[];
}) {
  const t = useTranslations("courses.authoring");
  const { pending, error, run } = useActionRunner();
  const router = useRouter();
  const lang = `?lang=${locale}`;
  return (
    <section aria-labelledby="outline-editor" className="space-y-5">
      <h2 id="outline-editor" className="text-xl font-semibold">
        {t("outline")}
      </h2>
      {error && (
        <Alert tone="error" live>
          {error}
        </Alert>
      )}
      {modules.length === 0 && <p className="text-muted">{t("noModules")}</p>}
      <ol className="space-y-5">
        {modules.map((m, i) => {
          const name = m.title || m.sourceTitle;
          return (
            <li key={m.id} className="rounded-lg border border-line">
              <div className="flex flex-wrap items-start justify-between gap-3 border-b border-line bg-surface p-3">
                <h3 className="font-semibold">
                  {t("moduleN", { n: i + 1 })}: {name}
                </h3>
                <div className="flex gap-1">
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={pending || i === 0}
                    aria-label={t("moveModuleUp", { name })}
                    onClick={() => run(() => moveModuleAction({ id: m.id, direction: "up" }))}
                  >
                    <ArrowUp aria-hidden="true" className="h-4 w-4" />
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={pending || i === modules.length - 1}
                    aria-label={t("moveModuleDown", { name })}
                    onClick={() => run(() => moveModuleAction({ id: m.id, direction: "down" }))}
                  >
                    <ArrowDown aria-hidden="true" className="h-4 w-4" />
                  </Button>
                  {!m.published && (
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={pending}
                      aria-label={t("deleteModule", { name })}
                      onClick={() => run(() => deleteModuleAction({ moduleId: m.id }))}
                    >
                      <Trash2 aria-hidden="true" className="h-4 w-4" />
                    </Button>
                  )}
                </div>
              </div>
              <div className="space-y-4 p-3">
                <RenameModule moduleId={m.id} locale={locale} title={m.title} sourceTitle={isSource ? null : m.sourceTitle} />
                <ol className="divide-y divide-line rounded-md border border-line">
                  {m.lessons.map((l, j) => (
                    <li key={l.id} className="flex flex-wrap items-center gap-3 p-2">
                      <div className="min-w-0 flex-1">
                        <Link href={`/courses/${courseSlug}/edit/lessons/${l.id}${lang}`} className="font-medium">
                          {l.title}
                        </Link>
                        <p className="text-xs text-muted">
                          {t("lessonMeta", { minutes: l.minutes, slug: l.slug })}
                          {!l.required && ` · ${t("optional")}`}
                        </p>
                      </div>
                      {!l.published && <Badge tone="warning">{t("neverPublished")}</Badge>}
                      {l.state !== "source" && <Badge>{t(`translationState.${l.state}`)}</Badge>}
                      {l.unpublishedChanges && l.published && <Badge tone="brand">{t("unpublishedChanges")}</Badge>}
                      <div className="flex gap-1">
                        <Button
                          size="sm"
                          variant="ghost"
                          disabled={pending || (i === 0 && j === 0)}
                          aria-label={t("moveLessonUp", { name: l.title })}
                          onClick={() => run(() => moveLessonAction({ id: l.id, direction: "up" }))}
                        >
                          <ArrowUp aria-hidden="true" className="h-4 w-4" />
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          disabled={pending || (i === modules.length - 1 && j === m.lessons.length - 1)}
                          aria-label={t("moveLessonDown", { name: l.title })}
                          onClick={() => run(() => moveLessonAction({ id: l.id, direction: "down" }))}
                        >
                          <ArrowDown aria-hidden="true" className="h-4 w-4" />
                        </Button>
                        {!l.published && (
                          <Button
                            size="sm"
                            variant="ghost"
                            disabled={pending}
                            aria-label={t("deleteLesson", { name: l.title })}
                            onClick={() => run(() => deleteLessonAction({ lessonId: l.id }))}
                          >
                            <Trash2 aria-hidden="true" className="h-4 w-4" />
                          </Button>
                        )}
                      </div>
                    </li>
                  ))}
                  {m.lessons.length === 0 && <li className="p-2 text-sm text-muted">{t("noLessons")}</li>}
                </ol>
                <div className="flex flex-wrap items-center gap-3">
                  {m.quiz ? (
                    <Link href={`/courses/${courseSlug}/edit/quizzes/${m.quiz.id}${lang}`} className="font-medium">
                      {t("editQuiz", { name, questions: m.quiz.questions })}
                    </Link>
                  ) : (
                    isSource && (
                      <Button
                        size="sm"
                        variant="secondary"
                        disabled={pending}
                        onClick={() =>
                          run(
                            () => addQuizAction({ moduleId: m.id }),
                            (quiz) => router.push(`/courses/${courseSlug}/edit/quizzes/${quiz.id}${lang}`),
                          )
                        }
                      >
                        {t("addQuiz", { name })}
                      </Button>
                    )
                  )}
                </div>
                {isSource && <AddLesson moduleId={m.id} moduleName={name} />}
              </div>
            </li>
          );
        })}
      </ol>
      {isSource && <AddModule courseId={courseId} />}
    </section>
  );
}

function RenameModule({
  moduleId,
  locale,
  title,
  sourceTitle,
}: {
  moduleId: string;
  locale: string;
  title: string;
  sourceTitle: string | null;
}) {
  const t = useTranslations("courses.authoring");
  const message = useMessage();
  const [result, action] = useActionState(renameModuleAction, null);
  const router = useRouter();
  useEffect(() => {
    if (result?.ok) router.refresh();
  }, [result, router]);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="moduleId" value={moduleId} />
      <input type="hidden" name="locale" value={locale} />
      <Field
        id={`module-${moduleId}-title`}
        label={t("moduleTitle")}
        hint={sourceTitle ? t("sourceText", { text: sourceTitle }) : undefined}
        errors={fieldErrors(result, "title", message)}
        className="min-w-48 flex-1"
      >
        {(p) => <Input {...p} name="title" defaultValue={inputOf(result).title ?? title} maxLength={300} lang={locale} />}
      </Field>
      <SubmitButton variant="secondary">{t("saveModuleTitle")}</SubmitButton>
    </form>
  );
}

function AddLesson({ moduleId, moduleName }: { moduleId: string; moduleName: string }) {
  const t = useTranslations("courses");
  const message = useMessage();
  const [result, action] = useActionState(addLessonAction, null);
  const typed = inputOf(result);
  const { titleProps, slugProps } = useSlugFromTitle(typed.slug ?? "");
  return (
    <details className="rounded-md border border-dashed border-line p-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-800">{t("authoring.addLessonTo", { name: moduleName })}</summary>
      <form action={action} className="mt-3 grid gap-3 sm:grid-cols-2" noValidate>
        <div className="sm:col-span-2">
          <FormStatus result={result} />
        </div>
        <input type="hidden" name="moduleId" value={moduleId} />
        <Field id={`new-lesson-${moduleId}-title`} label={t("fields.lessonTitle")} errors={fieldErrors(result, "title", message)}>
          {(p) => <Input {...p} name="title" required defaultValue={typed.title} {...titleProps} />}
        </Field>
        <Field id={`new-lesson-${moduleId}-slug`} label={t("fields.slug")} errors={fieldErrors(result, "slug", message)}>
          {(p) => <Input {...p} name="slug" required {...slugProps} />}
        </Field>
        <div className="sm:col-span-2">
          <SubmitButton variant="secondary">{t("authoring.addLesson")}</SubmitButton>
        </div>
      </form>
    </details>
  );
}

function AddModule({ courseId }: { courseId: string }) {
  const t = useTranslations("courses.authoring");
  const message = useMessage();
  const [result, action] = useActionState(addModuleAction, null);
  const router = useRouter();
  useEffect(() => {
    if (result?.ok) router.refresh();
  }, [result, router]);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2 rounded-lg border border-dashed border-line p-3" noValidate>
      <input type="hidden" name="courseId" value={courseId} />
      <Field id="new-module-title" label={t("newModuleTitle")} errors={fieldErrors(result, "title", message)} className="min-w-48 flex-1">
        {(p) => <Input {...p} name="title" required maxLength={300} defaultValue={inputOf(result).title} />}
      </Field>
      <SubmitButton>{t("addModule")}</SubmitButton>
    </form>
  );
}
