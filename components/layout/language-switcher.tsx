"use client";

import { Globe } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { type Locale, localeNames, locales } from "@/lib/i18n/locales";

function Switcher({ label, current }: { label: string; current: string }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const query = Object.fromEntries(search?.entries() ?? []);
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
            <Link
              href={{ pathname, query }}
              locale={l}
              lang={l}
              hrefLang={l}
              aria-current={l === current ? "true" : undefined}
              className="block rounded px-3 py-2 text-sm text-ink no-underline hover:bg-brand-50 aria-[current=true]:font-semibold"
            >
              {localeNames[l]}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Keeps the current page and query when the language changes. */
export function LanguageSwitcher(props: { label: string; current: string }) {
  return (
    <Suspense fallback={null}>
      <Switcher {...props} />
    </Suspense>
  );
}
