"use client";

import { type ReactNode, useEffect, useRef } from "react";
import { Alert } from "./alert";

/**
 * What an action just did, shown where the page goes on from (after a redirect, or when the thing
 * acted on has left the page with the focus): it takes the focus when it appears, so keyboard and
 * screen-reader users start from it. Remount it (a new `key`) to say something new.
 */
export function OutcomeNotice({ children, className }: { children: ReactNode; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <Alert ref={box} tabIndex={-1} tone="success" live className={className}>
      {children}
    </Alert>
  );
}
