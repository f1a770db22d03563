"use client";

import type { JSONContent } from "@tiptap/core";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { SaveStatus } from "@/components/editor/save-status";
import { useAutosave } from "@/components/editor/use-autosave";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { saveLessonDraftAction } from "@/lib/courses/actions";

type Draft = { title: string; content: JSONContent };

/** The working copy of one language of a lesson, saved as you type (the knowledge hub's editor). */
export function LessonEditor({
  lessonId,
  courseId,
  locale,
  uiLocale,
  initial,
}: {
  lessonId: string;
  courseId: string;
  locale: string;
  uiLocale: string;
  initial: { title: string; content: object; version: number };
}) {
  const t = useTranslations("courses");
  const [draft, setDraft] = useState<Draft>({ title: initial.title, content: initial.content as JSONContent });
  const save = useCallback(
    (value: Draft, baseVersion: number) =>
      saveLessonDraftAction({ lessonId, locale, title: value.title, content: value.content, baseVersion }),
    [lessonId, locale],
  );
  const autosave = useAutosave({ value: draft, save, initialVersion: initial.version, storageKey: `epanema:lesson:${lessonId}:${locale}` });
  const onContent = useCallback((content: JSONContent) => setDraft((d) => ({ ...d, content })), []);
  const initialContent = useMemo(() => initial.content as JSONContent, [initial.content]);
  return (
    <div lang={locale} className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3" lang={uiLocale}>
        <SaveStatus status={autosave.status} lastSavedAt={autosave.lastSavedAt} errorKey={autosave.errorKey} />
        <Button size="sm" variant="secondary" onClick={() => autosave.saveNow()}>
          {t("authoring.saveNow")}
        </Button>
      </div>
      <Field id="lesson-title" label={<span lang={uiLocale}>{t("fields.lessonTitle")}</span>}>
        {(p) => (
          <Input
            {...p}
            value={draft.title}
            onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))}
            maxLength={200}
            className="text-xl font-semibold"
          />
        )}
      </Field>
      <div>
        <p id="lesson-content-label" className="mb-1.5 block text-sm font-medium" lang={uiLocale}>
          {t("fields.content")}
        </p>
        <RichTextEditor
          id="lesson-content"
          labelledBy="lesson-content-label"
          initialContent={initialContent}
          onChange={onContent}
          courseId={courseId}
          locale={uiLocale}
        />
      </div>
    </div>
  );
}
