"use client";

import type { Extensions } from "@tiptap/core";
import { type Editor, EditorContent, type JSONContent, useEditor, useEditorState } from "@tiptap/react";
import {
  BetweenHorizontalEnd,
  BetweenVerticalEnd,
  ImagePlus,
  Info,
  Italic,
  Lightbulb,
  Link as LinkIcon,
  List,
  ListOrdered,
  Paperclip,
  Pencil,
  Redo2,
  Table as TableIcon,
  TextQuote,
  Trash,
  TriangleExclamationPoint,
  Undo2,
  Unlink,
  X,
} from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, type KeyboardEvent, type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { Button } from "@/components/ui/button";
import { controlClasses, Field, Input, Textarea } from "@/components/ui/field";
import {
  type CalloutTone,
  createRichTextExtensions,
  HEADING_LEVELS,
  type HeadingLevel,
  isAllowedLinkHref,
  richTextExtensions,
} from "@/lib/rich-text/extensions";
import { cn } from "@/lib/utils";
import { type UploadedFile, UploadError, type UploadHandle, uploadFile } from "./upload";
import "./content.css";
import "./editor.css";

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

const IMAGE_TYPES = "image/png,image/jpeg,image/webp";
const DOCUMENT_TYPES =
  ".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text";

type ToolbarState = {
  heading: HeadingLevel | null;
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
  image: boolean;
  table: boolean;
  calloutTone: CalloutTone | null;
  canUndo: boolean;
  canRedo: boolean;
};

function selectToolbarState({ editor }: { editor: Editor | null }): ToolbarState | null {
  if (!editor) return null;
  return {
    heading: HEADING_LEVELS.find((level) => editor.isActive("heading", { level })) ?? null,
    bold: editor.isActive("bold"),
    italic: editor.isActive("italic"),
    bulletList: editor.isActive("bulletList"),
    orderedList: editor.isActive("orderedList"),
    blockquote: editor.isActive("blockquote"),
    link: editor.isActive("link"),
    image: editor.isActive("image"),
    table: editor.isActive("table"),
    calloutTone: editor.isActive("callout") ? ((editor.getAttributes("callout").tone as CalloutTone | undefined) ?? "note") : null,
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

/** Accepts what people type: "example.org" → https://, "name@example.org" → mailto:. */
export function normaliseHref(raw: string): string {
  const value = raw.trim();
  if (!value) return "";
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return `mailto:${value}`;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+([/?#:]|$)/i.test(value)) return `https://${value}`;
  return value;
}

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

type Tool = {
  id: string;
  label: string;
  icon?: ReactNode;
  onClick: () => void;
  pressed?: boolean;
  disabled?: boolean;
  /** aria-keyshortcuts */
  keys?: string;
  /** Show the label next to the icon (contextual tools). */
  showLabel?: boolean;
  tone?: "danger";
};

type ToolGroup = { id: string; label: string; prefix?: string; tools: Tool[] };

type LinkDialogState = { href: string; editing: boolean; needsText: boolean };

type ImageDialogState =
  | { mode: "upload"; file: File; fileName: string; progress: number; uploaded: UploadedFile | null; error: string | null }
  | { mode: "edit"; alt: string | null };

type AttachmentState = { name: string; progress: number; phase: "uploading" | "done" | "error"; message?: string };

export function RichTextEditor({
  id,
  labelledBy,
  describedBy,
  initialContent,
  onChange,
  pageId,
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

  // ---- link -------------------------------------------------------------------------------
  const [linkDialog, setLinkDialog] = useState<LinkDialogState | null>(null);
  const [imageDialog, setImageDialog] = useState<ImageDialogState | null>(null);
  const openLinkDialog = useCallback(() => {
    if (!editor) return;
    const existing = editor.getAttributes("link").href as string | undefined;
    if (existing) editor.chain().extendMarkRange("link").run();
    setLinkDialog({ href: existing ?? "", editing: Boolean(existing), needsText: !existing && editor.state.selection.empty });
  }, [editor]);
  const closeDialogs = useCallback(() => {
    setLinkDialog(null);
    setImageDialog(null);
    editor?.commands.focus();
  }, [editor]);
  const removeLink = useCallback(() => {
    editor?.chain().focus().extendMarkRange("link").unsetLink().run();
    setLinkDialog(null);
  }, [editor]);

  // ---- image ------------------------------------------------------------------------------
  const imageInput = useRef<HTMLInputElement>(null);
  const imageUpload = useRef<UploadHandle | null>(null);

  const uploadMessage = useCallback(
    (error: unknown) =>
      error instanceof UploadError
        ? (error.translated ?? (error.code === "NETWORK" ? t("upload.network") : t("upload.generic")))
        : t("upload.generic"),
    [t],
  );

  const startImageUpload = useCallback(
    (file: File) => {
      imageUpload.current?.abort();
      setImageDialog({ mode: "upload", file, fileName: file.name, progress: 0, uploaded: null, error: null });
      const handle = uploadFile(file, {
        locale,
        pageId,
        practiceId,
        onProgress: (progress) => setImageDialog((d) => (d?.mode === "upload" && d.file === file ? { ...d, progress } : d)),
      });
      imageUpload.current = handle;
      handle.promise.then(
        (uploaded) =>
          setImageDialog((d) =>
            d?.mode === "upload" && d.file === file
              ? uploaded.kind === "image"
                ? { ...d, uploaded, progress: 1 }
                : { ...d, error: t("imageDialog.notAnImage") }
              : d,
          ),
        (error: unknown) => {
          if (error instanceof UploadError && error.code === "ABORTED") return;
          setImageDialog((d) => (d?.mode === "upload" && d.file === file ? { ...d, error: uploadMessage(error) } : d));
        },
      );
    },
    [locale, pageId, practiceId, t, uploadMessage],
  );

  const closeImageDialog = useCallback(() => {
    imageUpload.current?.abort();
    imageUpload.current = null;
    closeDialogs();
  }, [closeDialogs]);

  // ---- attachment -------------------------------------------------------------------------
  const attachmentInput = useRef<HTMLInputElement>(null);
  const attachmentUpload = useRef<UploadHandle | null>(null);
  const [attachment, setAttachment] = useState<AttachmentState | null>(null);

  const startAttachmentUpload = useCallback(
    (file: File) => {
      attachmentUpload.current?.abort();
      setAttachment({ name: file.name, progress: 0, phase: "uploading" });
      const handle = uploadFile(file, {
        locale,
        pageId,
        practiceId,
        onProgress: (progress) => setAttachment((a) => (a?.phase === "uploading" ? { ...a, progress } : a)),
      });
      attachmentUpload.current = handle;
      handle.promise.then(
        (uploaded) => {
          if (attachmentUpload.current !== handle) return;
          attachmentUpload.current = null;
          editor
            ?.chain()
            .focus()
            .insertFileAttachment({ id: uploaded.id, name: uploaded.name, size: uploaded.size, mimeType: uploaded.mimeType })
            .run();
          setAttachment({ name: uploaded.name, progress: 1, phase: "done" });
        },
        (error: unknown) => {
          if (attachmentUpload.current !== handle) return;
          attachmentUpload.current = null;
          if (error instanceof UploadError && error.code === "ABORTED") setAttachment(null);
          else setAttachment({ name: file.name, progress: 0, phase: "error", message: uploadMessage(error) });
        },
      );
    },
    [editor, locale, pageId, practiceId, uploadMessage],
  );

  // The "attached" confirmation has been announced; let it go after a while.
  useEffect(() => {
    if (attachment?.phase !== "done") return;
    const timer = setTimeout(() => setAttachment((a) => (a?.phase === "done" ? null : a)), 8000);
    return () => clearTimeout(timer);
  }, [attachment]);

  // Abort uploads that are still running when the editor goes away.
  useEffect(
    () => () => {
      imageUpload.current?.abort();
      attachmentUpload.current?.abort();
    },
    [],
  );

  // ---- toolbar ----------------------------------------------------------------------------
  const run = useCallback(
    (command: (chain: ReturnType<Editor["chain"]>) => ReturnType<Editor["chain"]>) => {
      if (editor) command(editor.chain().focus()).run();
    },
    [editor],
  );

  const chooseCallout = (tone: CalloutTone) =>
    run((c) =>
      state?.calloutTone === tone
        ? c.unsetCallout()
        : state?.calloutTone
          ? c.updateAttributes("callout", { tone })
          : c.setCallout({ tone }),
    );

  const off = !editor;
  const groups: ToolGroup[] = [
    {
      id: "text",
      label: t("groups.text"),
      tools: [
        {
          id: "bold",
          label: t("bold"),
          icon: <BoldIcon />,
          pressed: state?.bold ?? false,
          disabled: off,
          keys: "Control+B Meta+B",
          onClick: () => run((c) => c.toggleBold()),
        },
        {
          id: "italic",
          label: t("italic"),
          icon: <Italic aria-hidden size={18} />,
          pressed: state?.italic ?? false,
          disabled: off,
          keys: "Control+I Meta+I",
          onClick: () => run((c) => c.toggleItalic()),
        },
        {
          id: "link",
          label: t("link"),
          icon: <LinkIcon aria-hidden size={18} />,
          pressed: state?.link ?? false,
          disabled: off,
          keys: "Control+K Meta+K",
          onClick: openLinkDialog,
        },
      ],
    },
    {
      id: "lists",
      label: t("groups.lists"),
      tools: [
        {
          id: "bulletList",
          label: t("bulletList"),
          icon: <List aria-hidden size={18} />,
          pressed: state?.bulletList ?? false,
          disabled: off,
          onClick: () => run((c) => c.toggleBulletList()),
        },
        {
          id: "orderedList",
          label: t("orderedList"),
          icon: <ListOrdered aria-hidden size={18} />,
          pressed: state?.orderedList ?? false,
          disabled: off,
          onClick: () => run((c) => c.toggleOrderedList()),
        },
        {
          id: "blockquote",
          label: t("blockquote"),
          icon: <TextQuote aria-hidden size={18} />,
          pressed: state?.blockquote ?? false,
          disabled: off,
          onClick: () => run((c) => c.toggleBlockquote()),
        },
      ],
    },
  ];
  if (!compact) {
    groups.push(
      {
        id: "insert",
        label: t("groups.insert"),
        tools: [
          {
            id: "image",
            label: t("image"),
            icon: <ImagePlus aria-hidden size={18} />,
            disabled: off,
            onClick: () => imageInput.current?.click(),
          },
          {
            id: "attachment",
            label: t("attachment"),
            icon: <Paperclip aria-hidden size={18} />,
            disabled: off || attachment?.phase === "uploading",
            onClick: () => attachmentInput.current?.click(),
          },
          {
            id: "table",
            label: t("table"),
            icon: <TableIcon aria-hidden size={18} />,
            disabled: off || (state?.table ?? false),
            onClick: () => run((c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true })),
          },
        ],
      },
      {
        id: "callout",
        label: t("groups.callout"),
        tools: [
          { tone: "note" as const, label: t("calloutNote"), icon: <Info aria-hidden size={18} /> },
          { tone: "tip" as const, label: t("calloutTip"), icon: <Lightbulb aria-hidden size={18} /> },
          { tone: "warning" as const, label: t("calloutWarning"), icon: <TriangleExclamationPoint aria-hidden size={18} /> },
        ].map(({ tone, label, icon }) => ({
          id: `callout-${tone}`,
          label,
          icon,
          pressed: state?.calloutTone === tone,
          disabled: off,
          onClick: () => chooseCallout(tone),
        })),
      },
    );
  }
  groups.push({
    id: "history",
    label: t("groups.history"),
    tools: [
      {
        id: "undo",
        label: t("undo"),
        icon: <Undo2 aria-hidden size={18} />,
        disabled: !state?.canUndo,
        keys: "Control+Z Meta+Z",
        onClick: () => run((c) => c.undo()),
      },
      {
        id: "redo",
        label: t("redo"),
        icon: <Redo2 aria-hidden size={18} />,
        disabled: !state?.canRedo,
        keys: "Control+Shift+Z Meta+Shift+Z",
        onClick: () => run((c) => c.redo()),
      },
    ],
  });

  // Tools for what the cursor is in, with visible labels.
  const contextGroups: ToolGroup[] = [];
  if (state?.link)
    contextGroups.push({
      id: "ctx-link",
      label: t("link"),
      tools: [
        { id: "editLink", label: t("editLink"), icon: <Pencil aria-hidden size={16} />, showLabel: true, onClick: openLinkDialog },
        { id: "removeLink", label: t("removeLink"), icon: <Unlink aria-hidden size={16} />, showLabel: true, onClick: removeLink },
      ],
    });
  if (state?.image)
    contextGroups.push({
      id: "ctx-image",
      label: t("imageAlt"),
      tools: [
        {
          id: "imageAlt",
          label: t("imageAlt"),
          icon: <Pencil aria-hidden size={16} />,
          showLabel: true,
          onClick: () => setImageDialog({ mode: "edit", alt: (editor?.getAttributes("image").alt as string | null | undefined) ?? null }),
        },
      ],
    });
  if (state?.table)
    contextGroups.push({
      id: "ctx-table",
      label: t("tableLabel"),
      prefix: t("tableLabel"),
      tools: [
        {
          id: "addRow",
          label: t("addRow"),
          icon: <BetweenHorizontalEnd aria-hidden size={16} />,
          showLabel: true,
          onClick: () => run((c) => c.addRowAfter()),
        },
        { id: "deleteRow", label: t("deleteRow"), showLabel: true, onClick: () => run((c) => c.deleteRow()) },
        {
          id: "addColumn",
          label: t("addColumn"),
          icon: <BetweenVerticalEnd aria-hidden size={16} />,
          showLabel: true,
          onClick: () => run((c) => c.addColumnAfter()),
        },
        { id: "deleteColumn", label: t("deleteColumn"), showLabel: true, onClick: () => run((c) => c.deleteColumn()) },
        {
          id: "deleteTable",
          label: t("deleteTable"),
          icon: <Trash aria-hidden size={16} />,
          showLabel: true,
          tone: "danger",
          onClick: () => run((c) => c.deleteTable()),
        },
      ],
    });
  if (state?.calloutTone && !compact)
    contextGroups.push({
      id: "ctx-callout",
      label: t("calloutLabel"),
      prefix: t("calloutLabel"),
      tools: [
        {
          id: "removeCallout",
          label: t("removeCallout"),
          icon: <X aria-hidden size={16} />,
          showLabel: true,
          onClick: () => run((c) => c.unsetCallout()),
        },
      ],
    });

  // Roving tabindex: the toolbar is one Tab stop (plus the text-style select); arrows move within.
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [rovingId, setRovingId] = useState("bold");
  const visibleIds = [...groups, ...contextGroups].flatMap((g) => g.tools.map((tool) => tool.id));
  const tabStop = visibleIds.includes(rovingId) ? rovingId : visibleIds[0];

  const onToolbarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLButtonElement)) return;
    const buttons = Array.from(toolbarRef.current?.querySelectorAll<HTMLButtonElement>("button[data-roving]") ?? []);
    const index = buttons.indexOf(event.target);
    if (index < 0) return;
    const last = buttons.length - 1;
    const next =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    buttons[next].focus();
  };

  // Ctrl/Cmd+K anywhere in the editor (text or toolbar) opens the link dialog.
  const onFrameKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k") {
      if (linkDialog || imageDialog || !editor) return;
      event.preventDefault();
      openLinkDialog();
    }
  };

  const renderGroup = (group: ToolGroup, index: number) => (
    // biome-ignore lint/a11y/useSemanticElements: a group of toolbar buttons, not a set of form fields
    <div
      key={group.id}
      role="group"
      aria-label={group.label}
      className={cn("flex flex-wrap items-center gap-0.5", index > 0 && "border-l border-line pl-1")}
    >
      {group.prefix && (
        <span aria-hidden className="px-1 text-sm font-medium text-muted">
          {group.prefix}
        </span>
      )}
      {group.tools.map((tool) => (
        <ToolButton key={tool.id} tool={tool} tabbable={tool.id === tabStop} onFocus={() => setRovingId(tool.id)} />
      ))}
    </div>
  );

  const pct = (fraction: number) => Math.round(fraction * 100);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only listens for Ctrl+K bubbling from the toolbar and the text
    <div onKeyDown={onFrameKeyDown} className="rich-editor-frame rounded-md border border-line bg-white shadow-sm">
      <div
        ref={toolbarRef}
        lang={locale}
        role="toolbar"
        aria-label={t("toolbar")}
        aria-controls={editor ? id : undefined}
        onKeyDown={onToolbarKeyDown}
        className="sticky top-0 z-10 flex flex-col gap-1 rounded-t-md border-b border-line bg-surface px-2 py-1.5"
      >
        <div className="flex flex-wrap items-center gap-1">
          {!compact && (
            <select
              aria-label={t("blockType")}
              disabled={off}
              value={state?.heading ? String(state.heading) : "p"}
              onChange={(event) => {
                if (!editor) return;
                const value = event.target.value;
                // No focus() here: arrow keys change a select's value and must not leave it.
                if (value === "p") editor.chain().setParagraph().run();
                else
                  editor
                    .chain()
                    .setHeading({ level: Number(value) as HeadingLevel })
                    .run();
              }}
              className={cn(controlClasses, "h-9 w-auto py-1 pr-8 text-sm")}
            >
              <option value="p">{t("paragraph")}</option>
              {HEADING_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`heading${level}`)}
                </option>
              ))}
            </select>
          )}
          {groups.map(renderGroup)}
        </div>
        {contextGroups.length > 0 && (
          <div className="flex flex-wrap items-center gap-1.5 border-t border-line pt-1.5">{contextGroups.map(renderGroup)}</div>
        )}
      </div>

      {!compact && (
        <>
          <input
            ref={imageInput}
            type="file"
            accept={IMAGE_TYPES}
            hidden
            tabIndex={-1}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) startImageUpload(file);
            }}
          />
          <input
            ref={attachmentInput}
            type="file"
            accept={DOCUMENT_TYPES}
            hidden
            tabIndex={-1}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) startAttachmentUpload(file);
            }}
          />
        </>
      )}

      {/* Upload progress for attachments; the live region stays mounted so changes are announced. */}
      <div lang={locale} className={cn(attachment && "border-b border-line px-3 py-2")}>
        <p role="status" className={cn("text-sm", attachment?.phase === "error" && "sr-only")}>
          {attachment?.phase === "uploading"
            ? t("upload.uploading", { name: attachment.name })
            : attachment?.phase === "done"
              ? t("upload.attached", { name: attachment.name })
              : ""}
        </p>
        {attachment?.phase === "uploading" && (
          <div className="mt-1 flex items-center gap-3">
            <progress className="h-2 w-48 accent-brand-700" max={100} value={pct(attachment.progress)} aria-label={t("upload.progress")} />
            <span className="text-sm text-muted tabular-nums">{pct(attachment.progress)}%</span>
            <Button size="sm" variant="ghost" onClick={() => attachmentUpload.current?.abort()}>
              {t("upload.cancel")}
            </Button>
          </div>
        )}
        {attachment?.phase === "error" && (
          <div
            role="alert"
            className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-red-300 bg-danger-50 px-3 py-2 text-sm text-danger"
          >
            <p>
              <strong className="font-semibold">{t("upload.failed", { name: attachment.name })}</strong> {attachment.message}
            </p>
            <button type="button" className="font-medium underline" onClick={() => setAttachment(null)}>
              {t("dismiss")}
            </button>
          </div>
        )}
      </div>

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
          onCancel={closeDialogs}
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
          onRetry={() => imageDialog.mode === "upload" && startImageUpload(imageDialog.file)}
          onSubmit={(alt) => {
            if (imageDialog.mode === "upload" && imageDialog.uploaded) {
              editor.chain().focus().setImage({ src: imageDialog.uploaded.url, alt }).run();
            } else if (imageDialog.mode === "edit") {
              editor.chain().focus().updateAttributes("image", { alt }).run();
            }
            imageUpload.current = null;
            setImageDialog(null);
          }}
        />
      )}
    </div>
  );
}

function ToolButton({ tool, tabbable, onFocus }: { tool: Tool; tabbable: boolean; onFocus: () => void }) {
  return (
    <button
      type="button"
      data-roving=""
      tabIndex={tabbable ? 0 : -1}
      aria-label={tool.showLabel ? undefined : tool.label}
      title={tool.showLabel ? undefined : tool.label}
      aria-pressed={tool.pressed}
      aria-disabled={tool.disabled || undefined}
      aria-keyshortcuts={tool.keys}
      // Keep the text's selection and focus when a tool is clicked with the mouse.
      onMouseDown={(event) => event.preventDefault()}
      onFocus={onFocus}
      onClick={() => {
        if (!tool.disabled) tool.onClick();
      }}
      className={cn(
        "inline-flex h-9 min-w-8 items-center justify-center gap-1.5 rounded-md px-1.5 text-sm text-ink",
        "hover:bg-brand-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-45 aria-disabled:hover:bg-transparent",
        "aria-pressed:bg-brand-100 aria-pressed:text-brand-900 aria-pressed:shadow-[inset_0_0_0_1px_var(--color-brand-700)]",
        tool.tone === "danger" && "text-danger hover:bg-danger-50",
      )}
    >
      {tool.icon}
      {tool.showLabel && <span>{tool.label}</span>}
    </button>
  );
}

function BoldIcon() {
  return (
    <svg
      aria-hidden
      width={18}
      height={18}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M6 12h9a4 4 0 0 1 0 8H7a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h7a4 4 0 0 1 0 8" />
    </svg>
  );
}

/** A native modal <dialog> (focus kept inside, Escape closes), portalled out of any page <form>. */
function Modal({ title, lang, onClose, children }: { title: string; lang: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);
  return createPortal(
    <dialog
      ref={ref}
      lang={lang}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
      className="m-auto w-[min(34rem,calc(100vw-2rem))] rounded-lg border border-line bg-white p-5 text-ink shadow-xl backdrop:bg-brand-900/40"
    >
      <h2 id={titleId} className="mb-4 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </dialog>,
    document.body,
  );
}

function LinkDialog({
  lang,
  initial,
  onApply,
  onRemove,
  onCancel,
}: {
  lang: string;
  initial: LinkDialogState;
  onApply: (href: string, text: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("editor");
  const baseId = useId();
  const [href, setHref] = useState(initial.href);
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation(); // never submit the page's own form
    const normalised = normaliseHref(href);
    if (!isAllowedLinkHref(normalised)) {
      setInvalid(true);
      document.getElementById(`${baseId}-url`)?.focus();
      return;
    }
    onApply(normalised, text.trim());
  };

  return (
    <Modal lang={lang} title={t(initial.editing ? "linkDialog.titleEdit" : "linkDialog.titleAdd")} onClose={onCancel}>
      <form onSubmit={submit} noValidate className="space-y-4">
        <Field
          id={`${baseId}-url`}
          label={t("linkDialog.url")}
          hint={t("linkDialog.urlHint")}
          errors={invalid ? [t("linkDialog.invalid")] : undefined}
        >
          {(props) => (
            <Input
              {...props}
              type="text"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              required
              value={href}
              onChange={(event) => {
                setHref(event.target.value);
                if (invalid) setInvalid(false);
              }}
            />
          )}
        </Field>
        {initial.needsText && (
          <Field id={`${baseId}-text`} label={t("linkDialog.text")} hint={t("linkDialog.textHint")}>
            {(props) => <Input {...props} type="text" value={text} onChange={(event) => setText(event.target.value)} />}
          </Field>
        )}
        <div className="flex flex-wrap justify-end gap-2 pt-1">
          {initial.editing && (
            <Button variant="ghost" size="sm" className="mr-auto text-danger" onClick={onRemove}>
              <Unlink aria-hidden size={16} />
              {t("linkDialog.remove")}
            </Button>
          )}
          <Button variant="secondary" size="sm" onClick={onCancel}>
            {t("cancel")}
          </Button>
          <Button type="submit" size="sm">
            {t("linkDialog.apply")}
          </Button>
        </div>
      </form>
    </Modal>
  );
}

function ImageDialog({
  lang,
  state,
  onSubmit,
  onRetry,
  onCancel,
}: {
  lang: string;
  state: ImageDialogState;
  onSubmit: (alt: string) => void;
  onRetry: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("editor");
  const baseId = useId();
  const initialAlt = state.mode === "edit" ? state.alt : null;
  const [alt, setAlt] = useState(initialAlt ?? "");
  const [decorative, setDecorative] = useState(initialAlt === "");
  const [missingAlt, setMissingAlt] = useState(false);

  const uploading = state.mode === "upload" && !state.uploaded && !state.error;
  const ready = state.mode === "edit" || Boolean(state.uploaded);
  const percent = state.mode === "upload" ? Math.round(state.progress * 100) : 100;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (!ready) return;
    if (!decorative && !alt.trim()) {
      setMissingAlt(true);
      document.getElementById(`${baseId}-alt`)?.focus();
      return;
    }
    onSubmit(decorative ? "" : alt.trim());
  };

  return (
    <Modal lang={lang} title={t(state.mode === "edit" ? "imageDialog.titleEdit" : "imageDialog.title")} onClose={onCancel}>
      <form onSubmit={submit} noValidate className="space-y-4">
        {state.mode === "upload" && (
          <div className="space-y-1.5 rounded-md border border-line bg-surface px-3 py-2">
            <p role="status" className="text-sm">
              {state.uploaded
                ? t("upload.done", { name: state.fileName })
                : state.error
                  ? ""
                  : t("upload.uploading", { name: state.fileName })}
            </p>
            {!state.error && (
              <div className="flex items-center gap-3">
                <progress className="h-2 w-full accent-brand-700" max={100} value={percent} aria-label={t("upload.progress")} />
                <span className="text-sm text-muted tabular-nums">{percent}%</span>
              </div>
            )}
            {state.error && (
              <div role="alert" className="text-sm text-danger">
                <p className="font-semibold">{t("upload.failed", { name: state.fileName })}</p>
                <p>{state.error}</p>
              </div>
            )}
          </div>
        )}
        <Field
          id={`${baseId}-alt`}
          label={t("imageDialog.alt")}
          hint={t("imageDialog.altHint")}
          errors={missingAlt && !decorative ? [t("imageDialog.altRequired")] : undefined}
        >
          {(props) => (
            <Textarea
              {...props}
              rows={3}
              value={alt}
              disabled={decorative}
              onChange={(event) => {
                setAlt(event.target.value);
                if (missingAlt) setMissingAlt(false);
              }}
            />
          )}
        </Field>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1 size-4 accent-brand-700"
            checked={decorative}
            onChange={(event) => setDecorative(event.target.checked)}
          />
          <span>{t("imageDialog.decorative")}</span>
        </label>
        <div className="flex flex-wrap justify-end gap-2 pt-1">
          {state.mode === "upload" && state.error && (
            <Button variant="secondary" size="sm" className="mr-auto" onClick={onRetry}>
              {t("upload.retry")}
            </Button>
          )}
          <Button variant="secondary" size="sm" onClick={onCancel}>
            {uploading ? t("upload.cancel") : t("cancel")}
          </Button>
          <Button type="submit" size="sm" aria-disabled={!ready || undefined} className={cn(!ready && "cursor-not-allowed opacity-60")}>
            {t(state.mode === "edit" ? "imageDialog.save" : "imageDialog.insert")}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
