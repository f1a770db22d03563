"use client";

import { Globe } from "lucide-react";
import type { MouseEvent } from "react";
import { type Locale, localeNames, locales } from "@/lib/i18n/locales";
import { getPathname, usePathname } from "@/lib/i18n/navigation";

/**
 * Keeps the current page, and its query, when the language changes. The query is added when a
 * language is chosen rather than rendered: visitors' pages are rendered once for every query
 * (decision 011), and reading it while rendering would suspend the header there.
 */
export function LanguageSwitcher({ label, current }: { label: string; current: string }) {
  const pathname = usePathname();
  const keepQuery = (event: MouseEvent<HTMLAnchorElement>) => {
    if (window.location.search) event.currentTarget.search = window.location.search;
  };
  return (
    <details className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md border border-line px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50">
        <span className="sr-only">{label}: </span>
        <Globe aria-hidden="true" className="h-4 w-4" />
        <span>{current.toUpperCase()}</span>
      </summary>
      <ul className="absolute right-0 z-20 mt-2 w-44 rounded-md border border-line bg-white p-1 shadow-lg" aria-label={label}>
        {locales.map((l: Locale) => (
          <li key={l}>
            {/* A full page load: every string on the page changes. */}
            <a
              href={getPathname({ href: pathname, locale: l })}
              onClick={keepQuery}
              lang={l}
              hrefLang={l}
              aria-current={l === current ? "true" : undefined}
              className="block rounded px-3 py-2 text-sm text-ink no-underline hover:bg-brand-50 aria-[current=true]:font-semibold"
            >
              {localeNames[l]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
