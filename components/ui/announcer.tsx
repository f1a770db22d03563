"use client";

import { useEffect, useState } from "react";

// One polite live region for the whole page, mounted by the locale layout before anything is
// announced (a live region inserted together with its text is often not read). Client code calls
// announce() after an action whose result is not obvious to a screen-reader user: a reply posted
// further down, a reaction counted, a report dismissed.

const EVENT = "epanema:announce";

export function announce(message: string) {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: message }));
}

export function Announcer({ label }: { label: string }) {
  const [text, setText] = useState("");
  useEffect(() => {
    let frame = 0;
    const onAnnounce = (event: Event) => {
      const message = (event as CustomEvent<string>).detail;
      // Emptied first, then filled on the next frame: the same message twice is read twice.
      setText("");
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setText(message));
    };
    window.addEventListener(EVENT, onAnnounce);
    return () => {
      window.removeEventListener(EVENT, onAnnounce);
      cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" aria-label={label} className="sr-only">
      {text}
    </div>
  );
}

/**
 * Moves focus to the element matching `selector` as soon as it is in the page (now, or when a
 * navigation or refresh renders it), then announces `message`. Elements that are not focusable by
 * nature get tabindex="-1". Gives up after `timeoutMs` without touching focus.
 */
export function focusWhenReady(selector: string, message?: string, timeoutMs = 15_000) {
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) return false;
    if (!element.hasAttribute("tabindex") && element.tabIndex < 0) element.setAttribute("tabindex", "-1");
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: "center" });
    if (message) announce(message);
    return true;
  };
  if (attempt()) return;
  const observer = new MutationObserver(() => {
    if (attempt()) stop();
  });
  const timer = window.setTimeout(() => stop(), timeoutMs);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
}
