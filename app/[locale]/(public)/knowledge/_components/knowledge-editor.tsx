"use client";

import type { JSONContent } from "@tiptap/core";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { SaveStatus } from "@/components/editor/save-status";
import { useAutosave } from "@/components/editor/use-autosave";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { useRouter } from "@/lib/i18n/navigation";
import { saveDraftAction } from "@/lib/knowledge/actions";
import { DOCUMENT_TOO_LARGE, RICH_TEXT_MAX_BYTES, richTextBytes } from "@/lib/rich-text/limits";

type Draft = { title: string; summary: string; content: JSONContent };

/** The working copy of one language of a page, saved as you type. */
export function KnowledgeEditor({
  pageId,
  locale,
  uiLocale,
  status,
  initial,
}: {
  pageId: string;
  locale: string;
  uiLocale: string;
  /** The page's workflow status when the editor opened. */
  status: string;
  initial: { title: string; summary: string; content: object; version: number };
}) {
  const t = useTranslations("knowledge");
  const [draft, setDraft] = useState<Draft>({ title: initial.title, summary: initial.summary, content: initial.content as JSONContent });
  const save = useCallback(
    (value: Draft, baseVersion: number) =>
      // Over the server's limit: say so in words instead of failing in transport. The copy on
      // this device (useAutosave) keeps everything until the document is made smaller.
      richTextBytes(value.content) > RICH_TEXT_MAX_BYTES
        ? Promise.resolve(DOCUMENT_TOO_LARGE)
        : saveDraftAction({ pageId, locale, title: value.title, summary: value.summary, content: value.content, baseVersion }),
    [pageId, locale],
  );
  const autosave = useAutosave({
    value: draft,
    save,
    initialVersion: initial.version,
    storageKey: `epanema:knowledge:${pageId}:${locale}`,
  });
  // The first save of a published or submitted page turns it back into a draft on the
  // server: refresh once so the workflow panel offers the right actions.
  const router = useRouter();
  const seenSave = useRef(autosave.lastSavedAt);
  useEffect(() => {
    if (autosave.lastSavedAt === seenSave.current) return;
    seenSave.current = autosave.lastSavedAt;
    if (status === "PUBLISHED" || status === "IN_REVIEW") router.refresh();
  }, [autosave.lastSavedAt, status, router]);
  const onContent = useCallback((content: JSONContent) => setDraft((d) => ({ ...d, content })), []);
  const initialContent = useMemo(() => initial.content as JSONContent, [initial.content]);

  return (
    <div lang={locale} className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3" lang={uiLocale}>
        <SaveStatus status={autosave.status} lastSavedAt={autosave.lastSavedAt} errorKey={autosave.errorKey} />
        <Button size="sm" variant="secondary" onClick={() => autosave.saveNow()}>
          {t("saveNow")}
        </Button>
      </div>
      <Field id="title" label={<span lang={uiLocale}>{t("fields.title")}</span>}>
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
      <Field
        id="summary"
        label={<span lang={uiLocale}>{t("fields.summary")}</span>}
        hint={<span lang={uiLocale}>{t("fields.summaryHint")}</span>}
      >
        {(p) => (
          <Textarea
            {...p}
            rows={2}
            value={draft.summary}
            onChange={(e) => setDraft((d) => ({ ...d, summary: e.target.value }))}
            maxLength={500}
          />
        )}
      </Field>
      <div>
        <p id="content-label" className="mb-1.5 block text-sm font-medium" lang={uiLocale}>
          {t("fields.content")}
        </p>
        <RichTextEditor
          id="content"
          labelledBy="content-label"
          initialContent={initialContent}
          onChange={onContent}
          pageId={pageId}
          locale={uiLocale}
        />
      </div>
    </div>
  );
}
