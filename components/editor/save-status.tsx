"use client";

import { Check, CircleDot, CloudOff, LoaderCircle, RotateCw, TriangleExclamationPoint } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useMessage } from "@/components/forms/form-kit";
import { cn } from "@/lib/utils";
import type { AutosaveStatus } from "./autosave-queue";

const tones: Record<AutosaveStatus, string> = {
  idle: "text-muted",
  pending: "text-muted",
  saving: "text-muted",
  saved: "text-success",
  offline: "border-amber-300 bg-accent-100 text-accent-700",
  conflict: "border-red-300 bg-danger-50 text-danger",
  error: "border-red-300 bg-danger-50 text-danger",
};

/**
 * The autosave state, in words. Screen readers hear only what matters (saved, offline,
 * conflict, error) through the polite live region; "saving…" after every pause in typing
 * would interrupt them, so that part is visual only.
 */
export function SaveStatus({
  status,
  lastSavedAt,
  errorKey,
  className,
}: {
  status: AutosaveStatus;
  lastSavedAt: string | null;
  errorKey?: string | null;
  className?: string;
}) {
  const t = useTranslations("editor.status");
  const message = useMessage();
  const format = useFormatter();
  // In the page's time zone, as every other time beside it (the workflow's "since …").
  const time = lastSavedAt ? format.dateTime(new Date(lastSavedAt), { timeStyle: "short" }) : null;

  const text =
    status === "saved" && time
      ? t("saved", { time })
      : status === "error"
        ? t("error", { message: message(errorKey || "errors.INTERNAL") })
        : status === "saved"
          ? t("idle")
          : t(status);

  // What the live region says: unchanged while typing/saving, so nothing is announced then.
  const announced = status === "pending" || status === "saving" ? (time ? t("saved", { time }) : "") : status === "idle" ? "" : text;

  const Icon =
    status === "saved"
      ? Check
      : status === "saving"
        ? LoaderCircle
        : status === "offline"
          ? CloudOff
          : status === "conflict" || status === "error"
            ? TriangleExclamationPoint
            : CircleDot;
  const prominent = status === "offline" || status === "conflict" || status === "error";

  return (
    <div className={cn("flex flex-wrap items-center gap-2 text-sm", prominent && "rounded-md border px-3 py-2", tones[status], className)}>
      <Icon aria-hidden size={16} className={cn("shrink-0", status === "saving" && "animate-spin")} />
      <span aria-hidden="true">{text}</span>
      <span role="status" aria-live="polite" className="sr-only">
        {announced}
      </span>
      {status === "conflict" && (
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="inline-flex items-center gap-1 rounded-md border border-current px-2 py-0.5 font-medium"
        >
          <RotateCw aria-hidden size={14} />
          {t("reload")}
        </button>
      )}
    </div>
  );
}
