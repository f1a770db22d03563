"use client";

import { type ReactNode, useEffect, useRef } from "react";

/**
 * The search filters as a disclosure: closed in the HTML, so on a phone the results come first
 * on screen and the filters are one tap away; opened after load where there is room for the
 * sidebar (and by the person at any time). Without JavaScript it still opens and closes.
 */
export function FiltersDisclosure({
  summary,
  children,
  openFrom = "(min-width: 768px)",
}: {
  summary: ReactNode;
  children: ReactNode;
  openFrom?: string;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia(openFrom).matches) ref.current.open = true;
  }, [openFrom]);
  return (
    <details ref={ref} className="group rounded-lg border border-line p-3 md:border-0 md:p-0">
      {summary}
      {children}
    </details>
  );
}
