import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** Namespaces every client component may need: action errors, validation and status pages. */
const BASE = ["errors", "validation", "status", "search"];

/**
 * Sends only the named catalogue namespaces to the browser. Passing the whole catalogue
 * would add it to every page's payload; server components translate on the server anyway.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: string[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries([...BASE, ...namespaces].filter((n) => n in messages).map((n) => [n, messages[n]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
