"use client";

import { Search } from "lucide-react";
import Form from "next/form";
import { useLocale, useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { isLocale, localeNames } from "@/lib/i18n/locales";
import { useRouter } from "@/lib/i18n/navigation";
import { cn } from "@/lib/utils";

// What GET /api/search returns for each hit (lib/search/query.ts SearchHit), as far as used here.
type QuickHit = { id: string; type: string; titleHtml: string; url: string; locale: string; section: string | null };

type Status = "idle" | "loading" | "done" | "unavailable" | "error";

const DEBOUNCE_MS = 150;
const LIMIT = 6;

/**
 * The header's search box: results as you type (combobox + listbox, arrow keys, Enter, Escape).
 * Without JavaScript it is a plain GET form to /{locale}/search.
 */
export function QuickSearch({ className }: { className?: string }) {
  const t = useTranslations("search");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const inputId = `${id}-q`;
  const listboxId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<QuickHit[]>([]);
  const [status, setStatus] = useState<Status>("idle");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const abort = useRef<AbortController | null>(null);

  const q = query.trim();
  // The hits, then "See all results".
  const optionCount = q ? hits.length + 1 : 0;
  const expanded = open && q.length > 0 && status !== "idle";

  useEffect(() => {
    if (!q) {
      abort.current?.abort();
      setHits([]);
      setStatus("idle");
      return;
    }
    const timer = setTimeout(async () => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setStatus("loading");
      try {
        // Titles only: a passage per hit is most of the search engine's work (lib/search/query.ts).
        const params = new URLSearchParams({ q, locale, limit: String(LIMIT), snippet: "0" });
        const res = await fetch(`/api/search?${params}`, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (res.status === 503) {
          setHits([]);
          setStatus("unavailable");
          return;
        }
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const data = (await res.json()) as { hits: QuickHit[] };
        setHits(data.hits.slice(0, LIMIT));
        setActive(-1);
        setStatus("done");
      } catch (error) {
        if ((error as Error).name === "AbortError") return;
        setHits([]);
        setStatus("error");
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, locale]);

  useEffect(() => () => abort.current?.abort(), []);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const go = (index: number) => {
    const hit = hits[index];
    close();
    router.push(hit ? hit.url : `/search?${new URLSearchParams({ q })}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        if (optionCount === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive((a) => (a + 1) % optionCount);
        break;
      case "ArrowUp":
        if (optionCount === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive((a) => (a <= 0 ? optionCount - 1 : a - 1));
        break;
      case "Enter":
        // With an option chosen, open it; otherwise the form goes to the search page.
        if (expanded && active >= 0) {
          event.preventDefault();
          go(active);
        } else {
          close();
        }
        break;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          close();
        } else if (query) {
          event.preventDefault();
          setQuery("");
        }
        break;
      case "Tab":
        close();
        break;
    }
  };

  const typeLabel = (type: string) => (t.has(`types.${type}`) ? t(`types.${type}`) : type);
  const sectionLabel = (section: string) => (t.has(`sections.${section}`) ? t(`sections.${section}`) : section);

  const announcement =
    status === "done"
      ? t("quick.available", { count: hits.length })
      : status === "unavailable" || status === "error"
        ? t("quick.unavailable")
        : "";

  return (
    <search aria-label={t("quick.label")} className={cn("relative block", className)}>
      {/* No prefetch of the search page on every page view (lib/i18n/link.tsx): it is asked for on submit. */}
      <Form action={`/${locale}/search`} prefetch={false} onSubmit={() => close()}>
        <label htmlFor={inputId} className="sr-only">
          {t("label")}
        </label>
        <div className="flex items-center rounded-md border border-line bg-white focus-within:border-brand-600 focus-within:ring-2 focus-within:ring-brand-600/40">
          <input
            id={inputId}
            type="search"
            name="q"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listboxId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            autoComplete="off"
            enterKeyHint="search"
            maxLength={200}
            placeholder={t("placeholder")}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onFocus={() => setOpen(true)}
            onBlur={close}
            onKeyDown={onKeyDown}
            className="w-full min-w-0 rounded-md bg-transparent px-3 py-1.5 text-sm text-ink placeholder:text-muted focus:outline-none"
          />
          <button type="submit" className="rounded-md px-2.5 py-1.5 text-brand-800 hover:bg-brand-50">
            <Search aria-hidden="true" className="h-4 w-4" />
            <span className="sr-only">{t("submit")}</span>
          </button>
        </div>

        <div
          hidden={!expanded}
          className="absolute right-0 z-30 mt-1 w-[min(28rem,calc(100vw-2rem))] rounded-md border border-line bg-white py-1 shadow-lg"
        >
          {status === "loading" && hits.length === 0 && <p className="px-3 py-2 text-sm text-muted">{t("quick.searching")}</p>}
          {status === "done" && hits.length === 0 && <p className="px-3 py-2 text-sm text-muted">{t("quick.noResults", { query: q })}</p>}
          {(status === "unavailable" || status === "error") && <p className="px-3 py-2 text-sm text-muted">{t("quick.unavailable")}</p>}
          <div id={listboxId} role="listbox" aria-label={t("quick.resultsLabel")}>
            {hits.map((hit, i) => (
              // Options are chosen with the arrow keys on the combobox (aria-activedescendant); they take no focus.
              // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: see above
              <div
                key={hit.id}
                id={optionId(i)}
                role="option"
                aria-selected={active === i}
                // mousedown would blur the input (closing the list) before the click lands
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => go(i)}
                onMouseMove={() => setActive(i)}
                className="cursor-pointer px-3 py-2 text-sm aria-selected:bg-brand-50"
              >
                <span
                  className="block font-medium text-ink [&_mark]:bg-accent-100 [&_mark]:text-inherit"
                  lang={hit.locale !== locale ? hit.locale : undefined}
                  // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped text with only our own <mark> (lib/search/query.ts)
                  dangerouslySetInnerHTML={{ __html: hit.titleHtml }}
                />
                <span className="mt-0.5 block text-xs text-muted">
                  {typeLabel(hit.type)}
                  {hit.section ? ` · ${sectionLabel(hit.section)}` : ""}
                  {hit.locale !== locale && (
                    <>
                      {" · "}
                      <span lang={hit.locale}>{isLocale(hit.locale) ? localeNames[hit.locale] : hit.locale}</span>
                    </>
                  )}
                </span>
              </div>
            ))}
            {q && (
              // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: chosen from the combobox, as above
              <div
                id={optionId(hits.length)}
                role="option"
                aria-selected={active === hits.length}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => go(hits.length)}
                onMouseMove={() => setActive(hits.length)}
                className="cursor-pointer border-t border-line px-3 py-2 text-sm font-medium text-brand-800 aria-selected:bg-brand-50"
              >
                {t("quick.seeAll", { query: q })}
              </div>
            )}
          </div>
        </div>
        <p role="status" className="sr-only">
          {expanded ? announcement : ""}
        </p>
      </Form>
    </search>
  );
}
