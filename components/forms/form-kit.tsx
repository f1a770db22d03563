"use client";

import { useFormatter, useTranslations } from "next-intl";
import { type ReactNode, useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useFormStatus } from "react-dom";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { useRefresh } from "@/components/layout/member";
import type { ActionResult } from "@/lib/errors";

/** Translates the message keys that actions return (errors.*, validation.*). */
export function useMessage() {
  const t = useTranslations();
  const format = useFormatter();
  return (key: string, values?: Record<string, string | number>) => {
    const v = { ...values };
    if (typeof v.until === "string" && v.until) v.until = format.dateTime(new Date(v.until), { dateStyle: "long", timeZone: "UTC" });
    return t.has(key as never) ? t(key as never, v as never) : t("errors.INTERNAL");
  };
}

/**
 * For buttons that call a server action directly (toggles, moderation buttons): runs it in a
 * transition, refreshes the page's server data and personal parts on success (useRefresh), keeps
 * the translated error otherwise.
 */
export function useActionRunner() {
  const message = useMessage();
  const refresh = useRefresh();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    <T,>(action: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) =>
      start(async () => {
        const result = await action();
        if (result.ok) {
          setError(null);
          onSuccess?.(result.data);
          refresh();
        } else setError(message(result.error, result.values));
      }),
    [message, refresh],
  );
  return { pending, error, run };
}

export function fieldErrors(result: ActionResult<unknown> | null, name: string, message: ReturnType<typeof useMessage>) {
  if (!result || result.ok) return undefined;
  return result.fieldErrors?.[name]?.map((k) => message(k));
}

/** What the person typed before a refusal (see keepInput on the server). */
export function inputOf(result: ActionResult<unknown> | null): Record<string, string> {
  return result && !result.ok ? (result.input ?? {}) : {};
}

/**
 * The form-level outcome. A refusal takes the focus (the error summary: the person reads what
 * went wrong, then tabs on to the fields). A success appears in a status region that is in the
 * page from the start (a live region inserted together with its text is often not read).
 * Each new result object counts once, so submitting twice with the same error focuses it again.
 */
export function FormStatus({ result, success }: { result: ActionResult<unknown> | null; success?: ReactNode }) {
  const message = useMessage();
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result && !result.ok) errorRef.current?.focus();
  }, [result]);
  const succeeded = Boolean(result?.ok && success);
  return (
    <>
      {/* Empty and without margin until there is something to say. */}
      <div role="status" className={succeeded ? undefined : "m-0"}>
        {succeeded && <Alert tone="success">{success}</Alert>}
      </div>
      {result && !result.ok && (
        <Alert tone="error" live ref={errorRef} tabIndex={-1}>
          {message(result.error, result.values)}
        </Alert>
      )}
    </>
  );
}

export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  className,
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel?: ReactNode;
  variant?: ButtonVariant;
  className?: string;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} busy={pending} className={className} name={name} value={value}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
