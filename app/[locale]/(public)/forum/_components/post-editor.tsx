"use client";

import type { Editor, JSONContent } from "@tiptap/react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { createMentionExtension } from "@/components/editor/mention-suggestion";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { EMPTY_DOC as EMPTY } from "./post-editor-doc";

function readDraft(key: string | undefined): JSONContent | null {
  if (!key || typeof window === "undefined") return null;
  try {
    const raw = window.localStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as JSONContent) : null;
    return parsed?.type === "doc" ? parsed : null;
  } catch {
    return null;
  }
}

function hasText(doc: JSONContent): boolean {
  if (typeof doc.text === "string" && doc.text.trim()) return true;
  if (doc.type === "mention") return true;
  return (doc.content ?? []).some(hasText);
}

export type PostEditorHandle = { editor: Editor | null; clear: () => void };

/**
 * The compact forum editor: the knowledge hub's editor and schema with @mentions. With a
 * `draftKey`, every change is kept in localStorage so an unsent post survives a reload.
 */
export function PostEditor({
  id,
  labelledBy,
  describedBy,
  placeholder,
  draftKey,
  initialContent,
  onChange,
  handleRef,
  onDraftRestored,
}: {
  id: string;
  labelledBy: string;
  describedBy?: string;
  placeholder: string;
  draftKey?: string;
  initialContent?: JSONContent;
  onChange: (doc: JSONContent) => void;
  handleRef?: React.MutableRefObject<PostEditorHandle | null>;
  onDraftRestored?: () => void;
}) {
  const locale = useLocale();
  const t = useTranslations("forum.mentions");
  const mention = useMemo(() => createMentionExtension({ list: t("label"), none: t("none") }), [t]);
  // Read once, on the client (the editor only renders there).
  const [initial] = useState<JSONContent>(() => readDraft(draftKey) ?? initialContent ?? EMPTY);
  const restored = useRef(false);
  const editorRef = useRef<Editor | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (!restored.current && draftKey && readDraft(draftKey) && hasText(initial)) {
      restored.current = true;
      onChangeRef.current(initial);
      onDraftRestored?.();
    }
  }, [draftKey, initial, onDraftRestored]);

  if (handleRef) {
    handleRef.current = {
      editor: editorRef.current,
      clear: () => {
        if (draftKey) window.localStorage.removeItem(draftKey);
        editorRef.current?.commands.setContent(EMPTY);
        onChangeRef.current(EMPTY);
      },
    };
  }

  return (
    <RichTextEditor
      id={id}
      labelledBy={labelledBy}
      describedBy={describedBy}
      initialContent={initial}
      locale={locale}
      compact
      placeholder={placeholder}
      mention={mention}
      onReady={(editor) => {
        editorRef.current = editor;
        if (handleRef?.current) handleRef.current.editor = editor;
      }}
      onChange={(doc) => {
        onChangeRef.current(doc);
        if (!draftKey) return;
        try {
          if (hasText(doc)) window.localStorage.setItem(draftKey, JSON.stringify(doc));
          else window.localStorage.removeItem(draftKey);
        } catch {
          // Storage full or disabled: the draft is simply not kept.
        }
      }}
    />
  );
}

export { EMPTY as EMPTY_DOC };
