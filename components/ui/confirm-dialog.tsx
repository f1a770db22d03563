"use client";

import { type ReactNode, useId, useRef } from "react";
import { Button, type ButtonVariant } from "./button";

/**
 * A button that asks before it acts, in a modal <dialog> (the browser traps focus in it and
 * closes it on Escape). Focus starts on "Cancel", so Enter never confirms by accident, and goes
 * back to the button when the dialog closes without confirming.
 */
export function ConfirmButton({
  children,
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  busy = false,
  variant = "secondary",
  confirmVariant = "danger",
  size = "sm",
  className,
}: {
  children: ReactNode;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  variant?: ButtonVariant;
  confirmVariant?: ButtonVariant;
  size?: "sm" | "md";
  className?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = () => {
    dialog.current?.close();
    trigger.current?.focus();
  };
  return (
    <>
      <Button
        ref={trigger}
        variant={variant}
        size={size}
        busy={busy}
        className={className}
        aria-haspopup="dialog"
        onClick={() => {
          dialog.current?.showModal();
          cancel.current?.focus();
        }}
      >
        {children}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-line bg-white p-6 text-ink shadow-xl backdrop:bg-black/40"
        onCancel={() => trigger.current?.focus()}
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        <div id={`${id}-body`} className="mt-2 text-sm text-muted">
          {body}
        </div>
        <div className="mt-6 flex flex-wrap justify-end gap-3">
          <Button ref={cancel} variant="secondary" size="sm" onClick={close}>
            {cancelLabel}
          </Button>
          <Button
            variant={confirmVariant}
            size="sm"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
