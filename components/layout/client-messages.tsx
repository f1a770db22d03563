import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** Namespaces every client component may need: action errors, validation, status pages, the header's account menu. */
const BASE = ["errors", "validation", "status", "search", "nav", "forum.notifications.bell"];

/**
 * Sends only the named catalogue namespaces to the browser. Passing the whole catalogue
 * would add it to every page's payload; server components translate on the server anyway.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: string[]; children: ReactNode }) {
  const messages = await getMessages();
  // "courses.quiz" sends only that part of "courses" (pages that need a few of a large namespace's keys).
  const picked: Record<string, unknown> = {};
  for (const name of [...BASE, ...namespaces]) {
    const [top, ...rest] = name.split(".");
    let value: unknown = messages[top];
    for (const part of rest) value = (value as Record<string, unknown> | undefined)?.[part];
    if (value === undefined) continue;
    let target = picked;
    for (const part of [top, ...rest].slice(0, -1)) {
      target[part] ??= {};
      target = target[part] as Record<string, unknown>;
    }
    target[[top, ...rest].at(-1) as string] = value;
  }
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
