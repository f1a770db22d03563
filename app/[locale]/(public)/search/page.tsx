import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ChevronRight } from "lucide-react";
import { Container, PageHeader } from "@/components/layout/page-header";
import { FiltersDisclosure } from "@/components/search/filters-disclosure";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { getCurrentUser } from "@/lib/auth/guard";
import { countryName } from "@/lib/countries";
import { AppError } from "@/lib/errors";
import { isLocale, localeNames, locales } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { MAX_OFFSET, parseSearchQuery, type SearchQuery, type SearchResults, searchContent } from "@/lib/search/query";
import { TARGET_GROUPS, THEMES } from "@/lib/practices/vocabulary";
import { SEARCH_LEVELS, SEARCH_SECTIONS, SEARCH_TOPICS, SEARCH_TYPES } from "@/lib/search/types";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PAGE_SIZE = 20;
const FORM_ID = "search-form";

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale, namespace: "search" });
  const parsed = parseSearchQuery(sp);
  const q = parsed.success ? parsed.data.q : "";
  // Result pages are not worth indexing by search engines.
  return { title: q ? t("resultsTitle", { query: q }) : t("title"), robots: q ? { index: false } : undefined };
}

type State =
  | { kind: "idle" }
  | { kind: "invalid" }
  | { kind: "unavailable" }
  | { kind: "results"; query: SearchQuery; results: SearchResults; page: number };

function pageNumber(raw: string | string[] | undefined): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n > 1 ? Math.min(n, Math.floor(MAX_OFFSET / PAGE_SIZE) + 1) : 1;
}

/** Query string for a link that keeps the search and changes the page or drops the filters. */
function href(query: SearchQuery, change: { page?: number; clearFilters?: boolean }) {
  const p = new URLSearchParams();
  if (query.q) p.set("q", query.q);
  if (!change.clearFilters) {
    for (const v of query.type) p.append("type", v);
    for (const v of query.section) p.append("section", v);
    for (const v of query.topic) p.append("topic", v);
    for (const v of query.level) p.append("level", v);
    for (const v of query.lang) p.append("lang", v);
    for (const v of query.country) p.append("country", v);
    for (const v of query.theme) p.append("theme", v);
    for (const v of query.group) p.append("group", v);
  }
  if (change.page && change.page > 1) p.set("page", String(change.page));
  const s = p.toString();
  return s ? `/search?${s}` : "/search";
}

/** How many filters the query applies. */
function filterCount(query: SearchQuery): number {
  return (
    query.type.length +
    query.section.length +
    query.topic.length +
    query.level.length +
    query.lang.length +
    query.country.length +
    query.theme.length +
    query.group.length
  );
}

/** Known values first (in their usual order), then whatever else the index reports. */
function options(known: readonly string[], counts: Record<string, number>, selected: string[]) {
  const present = new Set([...Object.keys(counts), ...selected]);
  return [...known.filter((v) => present.has(v)), ...[...present].filter((v) => !known.includes(v)).sort()];
}

export default async function SearchPage({ params, searchParams }: Props) {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, format, tc, tp, tcommon] = await Promise.all([
    getTranslations("search"),
    getFormatter(),
    getTranslations("courses"),
    getTranslations("practices"),
    getTranslations("common"),
  ]);

  const parsed = parseSearchQuery(sp);
  let state: State = { kind: "idle" };
  if (!parsed.success) {
    state = { kind: "invalid" };
  } else {
    const query = parsed.data;
    const filtered = filterCount(query) > 0;
    if (query.q || filtered) {
      const page = pageNumber(sp.page);
      try {
        const results = await searchContent({
          q: query.q,
          locale,
          types: query.type,
          sections: query.section,
          topics: query.topic,
          levels: query.level,
          languages: query.lang,
          countries: query.country,
          themes: query.theme,
          targetGroups: query.group,
          user: await getCurrentUser(),
          limit: PAGE_SIZE,
          offset: (page - 1) * PAGE_SIZE,
        });
        state = { kind: "results", query, results, page };
      } catch (error) {
        if (!(error instanceof AppError && error.code === "UNAVAILABLE")) throw error;
        state = { kind: "unavailable" };
      }
    }
  }

  const query = parsed.success ? parsed.data : null;
  const q = query?.q ?? "";
  // Types added later fall back to their key rather than an error.
  const typeLabel = (type: string) => (t.has(`types.${type}`) ? t(`types.${type}`) : type);
  const sectionLabel = (section: string) => (t.has(`sections.${section}`) ? t(`sections.${section}`) : section);
  const languageLabel = (code: string) => (isLocale(code) ? localeNames[code] : code);
  const themeLabel = (v: string) => tp(`themes.${v}` as never);
  const groupLabel = (v: string) => tp(`targetGroups.${v}` as never);
  const countryLabel = (code: string) => countryName(code, locale, tcommon("otherCountry"));

  const facetGroups =
    state.kind === "results"
      ? [
          {
            name: "type",
            legend: t("facets.type"),
            values: options(SEARCH_TYPES, state.results.facets.type, state.query.type),
            counts: state.results.facets.type,
            selected: state.query.type,
            label: typeLabel,
            lang: false,
          },
          {
            name: "section",
            legend: t("facets.section"),
            values: options(SEARCH_SECTIONS, state.results.facets.section, state.query.section),
            counts: state.results.facets.section,
            selected: state.query.section,
            label: sectionLabel,
            lang: false,
          },
          {
            name: "topic",
            legend: t("facets.topic"),
            values: options(SEARCH_TOPICS, state.results.facets.topic, state.query.topic),
            counts: state.results.facets.topic,
            selected: state.query.topic,
            label: (v: string) => (tc.has(`topics.${v}`) ? tc(`topics.${v}` as "topics.WELLBEING") : v),
            lang: false,
          },
          {
            name: "level",
            legend: t("facets.level"),
            values: options(SEARCH_LEVELS, state.results.facets.level, state.query.level),
            counts: state.results.facets.level,
            selected: state.query.level,
            label: (v: string) => (tc.has(`levels.${v}`) ? tc(`levels.${v}` as "levels.INTRODUCTORY") : v),
            lang: false,
          },
          {
            name: "country",
            legend: t("facets.country"),
            values: options([], state.results.facets.country, state.query.country).sort((a, b) =>
              countryLabel(a).localeCompare(countryLabel(b), locale),
            ),
            counts: state.results.facets.country,
            selected: state.query.country,
            label: countryLabel,
            lang: false,
          },
          {
            // Only the case studies' fixed vocabulary (forum tags share the index field, not the facet).
            name: "theme",
            legend: t("facets.theme"),
            values: THEMES.filter((v) => v in state.results.facets.themes || state.query.theme.includes(v)),
            counts: state.results.facets.themes,
            selected: state.query.theme,
            label: themeLabel,
            lang: false,
          },
          {
            name: "group",
            legend: t("facets.group"),
            values: TARGET_GROUPS.filter((v) => v in state.results.facets.targetGroups || state.query.group.includes(v)),
            counts: state.results.facets.targetGroups,
            selected: state.query.group,
            label: groupLabel,
            lang: false,
          },
          {
            name: "lang",
            legend: t("facets.language"),
            values: options(locales, state.results.facets.locale, state.query.lang),
            counts: state.results.facets.locale,
            selected: state.query.lang,
            label: languageLabel,
            lang: true,
          },
        ].filter((g) => g.values.length > 0)
      : [];

  const selectedCount = state.kind === "results" ? filterCount(state.query) : 0;

  return (
    <Container>
      <PageHeader title={q ? t("resultsTitle", { query: q }) : t("title")} lead={t("lead")}>
        <search aria-label={t("formLabel")} className="mt-6 block">
          <form id={FORM_ID} method="get" action={`/${locale}/search`}>
            <label htmlFor="search-q" className="block text-sm font-medium text-ink">
              {t("label")}
            </label>
            <div className="mt-1.5 flex max-w-2xl gap-2">
              <Input id="search-q" type="search" name="q" defaultValue={q} maxLength={200} autoComplete="off" enterKeyHint="search" />
              <button type="submit" className={buttonClasses("primary")}>
                {t("submit")}
              </button>
            </div>
          </form>
        </search>
      </PageHeader>

      {state.kind === "idle" && <p className="text-muted">{t("emptyQuery")}</p>}

      {state.kind === "invalid" && (
        <Alert tone="error">
          <p>{t("invalidQuery")}</p>
        </Alert>
      )}

      {state.kind === "unavailable" && (
        <Alert tone="warning" live>
          <p>{t("unavailable")}</p>
        </Alert>
      )}

      {state.kind === "results" && (
        <div className="grid gap-6 md:grid-cols-[15rem_minmax(0,1fr)] md:gap-8">
          {facetGroups.length > 0 && (
            <aside aria-labelledby="search-filters">
              <FiltersDisclosure
                summary={
                  <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md text-lg font-semibold text-brand-900 [&::-webkit-details-marker]:hidden">
                    <ChevronRight aria-hidden="true" className="h-5 w-5 shrink-0 transition-transform group-open:rotate-90" />
                    <span>
                      <span id="search-filters">{t("filters")}</span>
                      {selectedCount > 0 && (
                        <span className="whitespace-nowrap text-sm font-normal text-muted">
                          {" "}
                          ({t("filtersSelected", { count: selectedCount })})
                        </span>
                      )}
                    </span>
                  </summary>
                }
              >
                <div className="mt-4 space-y-6">
                  {facetGroups.map((group) => (
                    <fieldset key={group.name} className="space-y-1.5">
                      <legend className="mb-1 text-sm font-semibold text-ink">{group.legend}</legend>
                      {group.values.map((value) => {
                        const id = `facet-${group.name}-${value}`;
                        return (
                          <div key={value} className="flex items-center gap-2 text-sm">
                            <input
                              id={id}
                              type="checkbox"
                              name={group.name}
                              value={value}
                              form={FORM_ID}
                              defaultChecked={group.selected.includes(value)}
                              className="h-4 w-4 shrink-0 accent-brand-700"
                            />
                            <label htmlFor={id}>
                              <span lang={group.lang ? value : undefined}>{group.label(value)}</span>{" "}
                              <span className="text-muted">({format.number(group.counts[value] ?? 0)})</span>
                            </label>
                          </div>
                        );
                      })}
                    </fieldset>
                  ))}
                  <div className="flex flex-wrap items-center gap-3">
                    <button type="submit" form={FORM_ID} className={buttonClasses("secondary", "sm")}>
                      {t("applyFilters")}
                    </button>
                    {selectedCount > 0 && (
                      <Link href={href(state.query, { clearFilters: true })} className="inline-flex min-h-6 items-center text-sm">
                        {t("clearFilters")}
                      </Link>
                    )}
                  </div>
                </div>
              </FiltersDisclosure>
            </aside>
          )}

          <section aria-labelledby="search-results" className="min-w-0">
            <h2 id="search-results" className="sr-only">
              {t("resultsHeading")}
            </h2>
            <p role="status" className="mb-4 text-sm font-medium text-muted">
              {t("resultCount", { count: state.results.total })}
            </p>

            {state.results.hits.length === 0 ? (
              <div className="space-y-3">
                <p className="text-lg">{q ? t("noResults", { query: q }) : t("noResultsFiltered")}</p>
                <p>{t("suggestionsTitle")}</p>
                <ul className="list-disc space-y-1 pl-6">
                  {q && <li>{t("suggestSpelling")}</li>}
                  {q && <li>{t("suggestOtherLanguage")}</li>}
                  {filterCount(state.query) > 0 && (
                    <li>
                      <Link href={href(state.query, { clearFilters: true })}>{t("suggestClearFilters")}</Link>
                    </li>
                  )}
                  <li>
                    <Link href="/knowledge">{t("suggestBrowse")}</Link>
                  </li>
                </ul>
              </div>
            ) : (
              <ol className="space-y-6">
                {state.results.hits.map((hit) => {
                  const foreign = hit.locale !== locale;
                  return (
                    <li key={hit.id} className="border-b border-line pb-6 last:border-b-0">
                      <article>
                        <h3 className="text-lg font-semibold" lang={foreign ? hit.locale : undefined}>
                          <Link href={hit.url} className="[&_mark]:bg-accent-100 [&_mark]:text-inherit">
                            <span
                              // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped text with only our own <mark> (lib/search/query.ts)
                              dangerouslySetInnerHTML={{ __html: hit.titleHtml }}
                            />
                          </Link>
                        </h3>
                        <div className="mt-1.5 flex flex-wrap items-center gap-2">
                          <Badge tone="brand">{typeLabel(hit.type)}</Badge>
                          {hit.section && <Badge>{sectionLabel(hit.section)}</Badge>}
                          {foreign && (
                            <Badge tone="warning">
                              <span className="sr-only">{t("contentLanguage")}: </span>
                              <span lang={hit.locale}>{languageLabel(hit.locale)}</span>
                            </Badge>
                          )}
                        </div>
                        {hit.snippetHtml && (
                          <p
                            className="mt-2 text-ink [&_mark]:rounded-sm [&_mark]:bg-accent-100 [&_mark]:px-0.5 [&_mark]:text-inherit"
                            lang={foreign ? hit.locale : undefined}
                            // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped text with only our own <mark> (lib/search/query.ts)
                            dangerouslySetInnerHTML={{ __html: hit.snippetHtml }}
                          />
                        )}
                        <p className="mt-1 text-xs text-muted">
                          {t("updated", { date: format.dateTime(new Date(hit.updatedAt), { dateStyle: "medium" }) })}
                        </p>
                      </article>
                    </li>
                  );
                })}
              </ol>
            )}

            <Pagination
              state={state}
              labels={{
                nav: t("pagination.label"),
                previous: t("pagination.previous"),
                next: t("pagination.next"),
                page: (page, pages) => t("pagination.page", { page, pages }),
              }}
            />
          </section>
        </div>
      )}
    </Container>
  );
}

function Pagination({
  state,
  labels,
}: {
  state: Extract<State, { kind: "results" }>;
  labels: { nav: string; previous: string; next: string; page: (page: number, pages: number) => string };
}) {
  const reachable = Math.min(state.results.total, MAX_OFFSET + PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(reachable / PAGE_SIZE));
  if (pages <= 1 && state.page <= 1) return null;
  const { page } = state;
  return (
    <nav aria-label={labels.nav} className="mt-8 flex flex-wrap items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(state.query, { page: page - 1 })} rel="prev" className={buttonClasses("secondary", "sm")}>
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">{labels.page(page, Math.max(pages, page))}</span>
      {page < pages ? (
        <Link href={href(state.query, { page: page + 1 })} rel="next" className={buttonClasses("secondary", "sm")}>
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
