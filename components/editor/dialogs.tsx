"use client";

import { Unlink } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { isAllowedLinkHref } from "@/lib/rich-text/extensions";
import { cn } from "@/lib/utils";
import type { UploadedFile } from "./upload";

// The editor's dialogs: a link (address and, for an empty selection, its text) and an image
// (upload progress and the alternative text, or "decorative").

export type LinkDialogState = { href: string; editing: boolean; needsText: boolean };

export type ImageDialogState =
  | { mode: "upload"; file: File; fileName: string; progress: number; uploaded: UploadedFile | null; error: string | null }
  | { mode: "edit"; alt: string | null };

/** Accepts what people type: "example.org" → https://, "name@example.org" → mailto:. */
export function normaliseHref(raw: string): string {
  const value = raw.trim();
  if (!value) return "";
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return `mailto:${value}`;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+([/?#:]|$)/i.test(value)) return `https://${value}`;
  return value;
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

export function LinkDialog({
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

export function ImageDialog({
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
