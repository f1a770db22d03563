"use client";

import { useRouter } from "next/navigation";
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from "react";
import { base } from "./navigation-base";

const BaseLink = base.Link;

/**
 * A locale-aware link that prefetches its page when the reader shows the intent to follow it
 * (pointer over it, keyboard focus, a finger on it), not when it scrolls into view. Next's
 * viewport prefetch asked the server for every visible link's page on every page view: eight to
 * fourteen requests of 3–7 ms of server time each behind a cached page that costs 0.1 ms, and the
 * browser's main thread busy with their answers while the page loads (docs/performance.md).
 * `prefetch={false}` turns prefetching off altogether.
 */
export function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof BaseLink>) {
  const router = useRouter();
  const intent = (anchor: HTMLAnchorElement) => {
    if (prefetch === false) return;
    // The address next-intl rendered (locale prefix included); same-origin paths only.
    const href = anchor.getAttribute("href");
    if (href?.startsWith("/") && !href.startsWith("//")) router.prefetch(href);
  };
  return (
    <BaseLink
      {...props}
      prefetch={false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        intent(event.currentTarget);
        onMouseEnter?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        intent(event.currentTarget);
        onFocus?.(event);
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        intent(event.currentTarget);
        onTouchStart?.(event);
      }}
    />
  );
}
