"use client";

import type { Extensions } from "@tiptap/core";
import { type Editor, EditorContent, type JSONContent, useEditor, useEditorState } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createRichTextExtensions, richTextExtensions } from "@/lib/rich-text/extensions";
import { ImageDialog, LinkDialog, type LinkDialogState } from "./dialogs";
import { selectToolbarState } from "./tool-groups";
import { EditorToolbar } from "./toolbar";
import { AttachmentStatus, DOCUMENT_TYPES, FilePicker, IMAGE_TYPES, useAttachmentUpload, useImageUpload } from "./uploads";
import "./content.css";
import "./editor.css";

// The rich-text editor (Tiptap): the editable area, its keyboard behaviour and how the parts fit
// together — the toolbar (./toolbar.tsx), the link and image dialogs (./dialogs.tsx) and the
// uploads (./uploads.tsx). The server validates and renders what it produces (lib/rich-text).

export { normaliseHref } from "./dialogs";

export type RichTextEditorProps = {
  /** Given to the editable element (role="textbox"). */
  id: string;
  /** Id of the visible label of the field. */
  labelledBy: string;
  /** Extra description (e.g. a validation error's id). */
  describedBy?: string;
  /** Read once, when the editor is created. */
  initialContent: JSONContent;
  onChange: (doc: JSONContent) => void;
  /** Links uploads to the page being edited. */
  pageId?: string;
  /** Links uploads to the course being edited (its lessons' images and files). */
  courseId?: string;
  /** Links uploads to the case study being edited (its authors may upload for it). */
  practiceId?: string;
  /** The UI locale: upload errors come back in it. */
  locale: string;
  /** Only the common tools (forum replies): no headings, images, attachments, tables, boxes. */
  compact?: boolean;
  /** Shown in an empty document (already translated). */
  placeholder?: string;
  /** The @mention node with its autocomplete (forum). */
  mention?: Extensions[number];
  /** Receives the editor once it exists (to insert quotes, focus, clear). */
  onReady?: (editor: Editor) => void;
};

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex], [contenteditable="true"]';

/** Escape then Tab: leave the editor, since Tab itself indents lists and moves between cells. */
function focusOutside(editorDom: HTMLElement, backwards: boolean) {
  const candidates = Array.from(document.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (el) => el.tabIndex >= 0 && !editorDom.contains(el) && el.getClientRects().length > 0,
  );
  const after = (el: HTMLElement) => Boolean(editorDom.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  const target = backwards ? candidates.filter((el) => !after(el)).at(-1) : candidates.find(after);
  target?.focus();
}

export function RichTextEditor({
  id,
  labelledBy,
  describedBy,
  initialContent,
  onChange,
  pageId,
  courseId,
  practiceId,
  locale,
  compact = false,
  placeholder,
  mention,
  onReady,
}: RichTextEditorProps) {
  const t = useTranslations("editor");
  const hintId = `${id}-keyboard-hint`;

  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const escapeArmed = useRef(false);

  const extensions = useMemo(
    () => (placeholder || mention ? createRichTextExtensions({ placeholder, mention }) : richTextExtensions),
    [placeholder, mention],
  );

  const editor = useEditor({
    immediatelyRender: false,
    extensions,
    content: initialContent,
    editorProps: {
      attributes: {
        id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        "aria-describedby": [hintId, describedBy].filter(Boolean).join(" "),
        class: "rich-content rich-editor-area",
        "data-compact": String(compact),
        spellcheck: "true",
      },
      handleKeyDown: (view, event) => {
        if (event.key === "Escape") {
          escapeArmed.current = true;
          return false;
        }
        if (["Shift", "Control", "Alt", "Meta"].includes(event.key)) return false;
        if (event.key === "Tab" && escapeArmed.current) {
          escapeArmed.current = false;
          focusOutside(view.dom, event.shiftKey);
          return true;
        }
        escapeArmed.current = false;
        return false;
      },
    },
    // ProseMirror builds attrs with a null prototype, which React's server-action encoding
    // cannot send (they arrive as opaque references and the attributes are lost): hand out
    // plain JSON instead.
    onUpdate: ({ editor }) => onChangeRef.current(JSON.parse(JSON.stringify(editor.getJSON())) as JSONContent),
  });

  const state = useEditorState({ editor, selector: selectToolbarState });
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  useEffect(() => {
    if (editor) onReadyRef.current?.(editor);
  }, [editor]);

  // ---- link and image dialogs -------------------------------------------------------------
  const [linkDialog, setLinkDialog] = useState<LinkDialogState | null>(null);
  const image = useImageUpload({ locale, pageId, courseId, practiceId });
  const attachment = useAttachmentUpload(editor, { locale, pageId, courseId, practiceId });
  const imageInput = useRef<HTMLInputElement>(null);
  const attachmentInput = useRef<HTMLInputElement>(null);

  const openLinkDialog = useCallback(() => {
    if (!editor) return;
    const existing = editor.getAttributes("link").href as string | undefined;
    if (existing) editor.chain().extendMarkRange("link").run();
    setLinkDialog({ href: existing ?? "", editing: Boolean(existing), needsText: !existing && editor.state.selection.empty });
  }, [editor]);
  const closeLinkDialog = useCallback(() => {
    setLinkDialog(null);
    editor?.commands.focus();
  }, [editor]);
  const removeLink = useCallback(() => {
    editor?.chain().focus().extendMarkRange("link").unsetLink().run();
    setLinkDialog(null);
  }, [editor]);
  const closeImageDialog = useCallback(() => {
    image.close();
    editor?.commands.focus();
  }, [editor, image.close]);

  // Ctrl/Cmd+K anywhere in the editor (text or toolbar) opens the link dialog.
  const onFrameKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k") {
      if (linkDialog || image.dialog || !editor) return;
      event.preventDefault();
      openLinkDialog();
    }
  };

  const imageDialog = image.dialog;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only listens for Ctrl+K bubbling from the toolbar and the text
    <div onKeyDown={onFrameKeyDown} className="rich-editor-frame rounded-md border border-line bg-white shadow-sm">
      <EditorToolbar
        editor={editor}
        state={state}
        controls={id}
        locale={locale}
        compact={compact}
        onLink={openLinkDialog}
        onRemoveLink={removeLink}
        onImage={() => imageInput.current?.click()}
        onImageAlt={() => image.editAlt((editor?.getAttributes("image").alt as string | null | undefined) ?? null)}
        onAttachment={() => attachmentInput.current?.click()}
        attachmentBusy={attachment.attachment?.phase === "uploading"}
      />

      {!compact && (
        <>
          <FilePicker inputRef={imageInput} accept={IMAGE_TYPES} onFile={image.start} />
          <FilePicker inputRef={attachmentInput} accept={DOCUMENT_TYPES} onFile={attachment.start} />
        </>
      )}

      <AttachmentStatus attachment={attachment.attachment} locale={locale} onCancel={attachment.cancel} onDismiss={attachment.dismiss} />

      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        <div lang={locale} className="rich-content rich-editor-area text-muted" data-compact={String(compact)} aria-busy="true">
          {t("loading")}
        </div>
      )}
      <p id={hintId} lang={locale} className="border-t border-line px-3 py-1.5 text-xs text-muted">
        {t("keyboardHint")}
      </p>

      {linkDialog && editor && (
        <LinkDialog
          lang={locale}
          initial={linkDialog}
          onCancel={closeLinkDialog}
          onRemove={removeLink}
          onApply={(href, text) => {
            if (linkDialog.needsText)
              editor
                .chain()
                .focus()
                .insertContent({ type: "text", text: text || href, marks: [{ type: "link", attrs: { href } }] })
                .run();
            else editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
            setLinkDialog(null);
          }}
        />
      )}
      {imageDialog && editor && (
        <ImageDialog
          lang={locale}
          state={imageDialog}
          onCancel={closeImageDialog}
          onRetry={() => imageDialog.mode === "upload" && image.start(imageDialog.file)}
          onSubmit={(alt) => {
            if (imageDialog.mode === "upload" && imageDialog.uploaded) {
              editor.chain().focus().setImage({ src: imageDialog.uploaded.url, alt }).run();
            } else if (imageDialog.mode === "edit") {
              editor.chain().focus().updateAttributes("image", { alt }).run();
            }
            image.finish();
          }}
        />
      )}
    </div>
  );
}
