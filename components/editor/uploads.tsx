"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import type { ImageDialogState } from "./dialogs";
import { UploadError, type UploadHandle, uploadFile } from "./upload";

// Uploads from the editor: an image goes through the image dialog (progress, then its
// alternative text); a document is attached where the cursor is, with its progress announced
// under the toolbar. The transfer itself is ./upload.ts.

export const IMAGE_TYPES = "image/png,image/jpeg,image/webp";
export const DOCUMENT_TYPES =
  ".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text";

export type AttachmentState = { name: string; progress: number; phase: "uploading" | "done" | "error"; message?: string };

/** Where an upload belongs: a knowledge page, a course, or a case study (whose authors may upload). */
type Target = { locale: string; pageId?: string; courseId?: string; practiceId?: string };

/** An upload failure in the person's language (the server's message when it sent one). */
function useUploadMessage() {
  const t = useTranslations("editor");
  return useCallback(
    (error: unknown) =>
      error instanceof UploadError
        ? (error.translated ?? (error.code === "NETWORK" ? t("upload.network") : t("upload.generic")))
        : t("upload.generic"),
    [t],
  );
}

/**
 * The image dialog's state: an upload in progress (then done or failed), or editing the
 * alternative text of the image under the cursor. Closing aborts a running upload.
 */
export function useImageUpload({ locale, pageId, courseId, practiceId }: Target) {
  const t = useTranslations("editor");
  const uploadMessage = useUploadMessage();
  const [dialog, setDialog] = useState<ImageDialogState | null>(null);
  const upload = useRef<UploadHandle | null>(null);

  const start = useCallback(
    (file: File) => {
      upload.current?.abort();
      setDialog({ mode: "upload", file, fileName: file.name, progress: 0, uploaded: null, error: null });
      const handle = uploadFile(file, {
        locale,
        pageId,
        courseId,
        practiceId,
        onProgress: (progress) => setDialog((d) => (d?.mode === "upload" && d.file === file ? { ...d, progress } : d)),
      });
      upload.current = handle;
      handle.promise.then(
        (uploaded) =>
          setDialog((d) =>
            d?.mode === "upload" && d.file === file
              ? uploaded.kind === "image"
                ? { ...d, uploaded, progress: 1 }
                : { ...d, error: t("imageDialog.notAnImage") }
              : d,
          ),
        (error: unknown) => {
          if (error instanceof UploadError && error.code === "ABORTED") return;
          setDialog((d) => (d?.mode === "upload" && d.file === file ? { ...d, error: uploadMessage(error) } : d));
        },
      );
    },
    [locale, pageId, courseId, practiceId, t, uploadMessage],
  );

  /** The image was inserted (or its text saved): the upload is the document's now. */
  const finish = useCallback(() => {
    upload.current = null;
    setDialog(null);
  }, []);

  /** Cancelled: stops a running upload. */
  const close = useCallback(() => {
    upload.current?.abort();
    upload.current = null;
    setDialog(null);
  }, []);

  const editAlt = useCallback((alt: string | null) => setDialog({ mode: "edit", alt }), []);

  // An upload still running when the editor goes away is stopped.
  useEffect(() => () => upload.current?.abort(), []);

  return { dialog, start, finish, close, editAlt };
}

/** A document upload that becomes an attachment at the cursor once it is stored. */
export function useAttachmentUpload(editor: Editor | null, { locale, pageId, courseId, practiceId }: Target) {
  const uploadMessage = useUploadMessage();
  const upload = useRef<UploadHandle | null>(null);
  const [attachment, setAttachment] = useState<AttachmentState | null>(null);

  const start = useCallback(
    (file: File) => {
      upload.current?.abort();
      setAttachment({ name: file.name, progress: 0, phase: "uploading" });
      const handle = uploadFile(file, {
        locale,
        pageId,
        courseId,
        practiceId,
        onProgress: (progress) => setAttachment((a) => (a?.phase === "uploading" ? { ...a, progress } : a)),
      });
      upload.current = handle;
      handle.promise.then(
        (uploaded) => {
          if (upload.current !== handle) return;
          upload.current = null;
          editor
            ?.chain()
            .focus()
            .insertFileAttachment({ id: uploaded.id, name: uploaded.name, size: uploaded.size, mimeType: uploaded.mimeType })
            .run();
          setAttachment({ name: uploaded.name, progress: 1, phase: "done" });
        },
        (error: unknown) => {
          if (upload.current !== handle) return;
          upload.current = null;
          if (error instanceof UploadError && error.code === "ABORTED") setAttachment(null);
          else setAttachment({ name: file.name, progress: 0, phase: "error", message: uploadMessage(error) });
        },
      );
    },
    [editor, locale, pageId, courseId, practiceId, uploadMessage],
  );

  // The "attached" confirmation has been announced; let it go after a while.
  useEffect(() => {
    if (attachment?.phase !== "done") return;
    const timer = setTimeout(() => setAttachment((a) => (a?.phase === "done" ? null : a)), 8000);
    return () => clearTimeout(timer);
  }, [attachment]);

  useEffect(() => () => upload.current?.abort(), []);

  const cancel = useCallback(() => upload.current?.abort(), []);
  const dismiss = useCallback(() => setAttachment(null), []);

  return { attachment, start, cancel, dismiss };
}

const pct = (fraction: number) => Math.round(fraction * 100);

/** Progress of a document upload; the live region stays mounted so that changes are announced. */
export function AttachmentStatus({
  attachment,
  locale,
  onCancel,
  onDismiss,
}: {
  attachment: AttachmentState | null;
  locale: string;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const t = useTranslations("editor");
  return (
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
          <Button size="sm" variant="ghost" onClick={onCancel}>
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
          <button type="button" className="font-medium underline" onClick={onDismiss}>
            {t("dismiss")}
          </button>
        </div>
      )}
    </div>
  );
}

/** A hidden file picker that the toolbar's button opens. */
export function FilePicker({
  inputRef,
  accept,
  onFile,
}: {
  inputRef: React.RefObject<HTMLInputElement | null>;
  accept: string;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={accept}
      hidden
      tabIndex={-1}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = "";
        if (file) onFile(file);
      }}
    />
  );
}
