import { Check, Square } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Can } from "@/components/layout/member";
import { Container, PageHeader } from "@/components/layout/page-header";
import { type PracticeLabels, practiceLabels } from "@/components/practices/labels";
import { PracticeCard } from "@/components/practices/practice-card";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { Link } from "@/lib/i18n/navigation";
import { listPractices } from "@/lib/practices/queries";
import { type Facet, FACETS, filterQuery, lenientPracticeFilter, type PracticeFilter } from "@/lib/practices/schemas";
import { TARGET_GROUPS, THEMES } from "@/lib/practices/vocabulary";
import { SPOKEN_LANGUAGES } from "@/lib/spoken-languages";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale, namespace: "practices" });
  const filter = lenientPracticeFilter(sp);
  const filtered = filter.q || FACETS.some((f) => filter[f].length > 0);
  // Filtered lists are for people, not for search engines (every combination would be a page).
  return { title: t("title"), description: t("lead"), robots: filtered ? { index: false } : undefined };
}

/** A facet's selected values (the facets' element types differ; here they are all strings). */
const chosen = (filter: PracticeFilter, facet: Facet): string[] => filter[facet];

/** The list's URL with one facet value added or removed (back to the first page). */
function toggled(filter: PracticeFilter, facet: Facet, value: string): string {
  const values = chosen(filter, facet).includes(value)
    ? chosen(filter, facet).filter((v) => v !== value)
    : [...chosen(filter, facet), value];
  const q = filterQuery({ ...filter, [facet]: values, page: 1 });
  return q ? `/practices?${q}` : "/practices";
}

type Group = { facet: Facet; legend: string; values: { value: string; label: string; count: number; lang?: string }[] };

function facetGroups(
  filter: PracticeFilter,
  list: Awaited<ReturnType<typeof listPractices>>,
  labels: PracticeLabels,
  t: (k: string) => string,
) {
  const { facets } = list;
  // Values with results, and selected ones (even at zero, so they can be removed).
  const keep = (facet: Facet, value: string) => (facets[facet][value] ?? 0) > 0 || chosen(filter, facet).includes(value);
  const byCount = (a: { count: number; label: string }, b: { count: number; label: string }) =>
    b.count - a.count || a.label.localeCompare(b.label);
  const groups: Group[] = [
    {
      facet: "country",
      legend: t("facets.country"),
      values: [...new Set([...Object.keys(facets.country), ...filter.country])]
        .map((v) => ({ value: v, label: labels.country(v), count: facets.country[v] ?? 0 }))
        .sort(byCount),
    },
    {
      facet: "theme",
      legend: t("facets.theme"),
      values: THEMES.filter((v) => keep("theme", v)).map((v) => ({ value: v, label: labels.theme(v), count: facets.theme[v] ?? 0 })),
    },
    {
      facet: "group",
      legend: t("facets.group"),
      values: TARGET_GROUPS.filter((v) => keep("group", v)).map((v) => ({ value: v, label: labels.group(v), count: facets.group[v] ?? 0 })),
    },
    {
      facet: "lang",
      legend: t("facets.lang"),
      values: SPOKEN_LANGUAGES.filter((v) => keep("lang", v))
        .map((v) => ({ value: v, label: labels.language(v), count: facets.lang[v] ?? 0 }))
        .sort(byCount),
    },
    {
      facet: "org",
      legend: t("facets.org"),
      values: [...new Set([...Object.keys(facets.org), ...filter.org])]
        .map((v) => ({ value: v, label: facets.orgNames[v] ?? v, count: facets.org[v] ?? 0 }))
        .sort(byCount),
    },
  ];
  return groups.filter((g) => g.values.length > 0);
}

const SHOWN = 8;

export default async function PracticesPage({ params, searchParams }: Props) {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const filter = lenientPracticeFilter(sp);
  const [t, format, labels, list] = await Promise.all([
    getTranslations("practices"),
    getFormatter(),
    practiceLabels(locale),
    listPractices(filter, locale),
  ]);
  const tr = (k: string, values?: Record<string, number>) => t(k as never, values as never);
  const groups = facetGroups(filter, list, labels, tr);
  const active = FACETS.flatMap((facet) =>
    filter[facet].map((value) => ({
      facet,
      value,
      label: groups.find((g) => g.facet === facet)?.values.find((v) => v.value === value)?.label ?? value,
    })),
  );
  const filtered = active.length > 0 || filter.q !== "";
  const pageHref = (page: number) => {
    const q = filterQuery({ ...filter, page });
    return q ? `/practices?${q}` : "/practices";
  };
  const openData = filterQuery({ ...filter, page: 1 });

  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")}>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {/* The same page for visitors and members (decision 013): the browser shows these to those who may. */}
          <Can permission="practices.write">
            <Link href="/practices/mine" className={buttonClasses("primary", "sm")}>
              {t("mine.title")}
            </Link>
          </Can>
          <Can permission="practices.adopt">
            <Link href="/practices/adoptions" className={buttonClasses("secondary", "sm")}>
              {t("myAdoptions.title")}
            </Link>
          </Can>
        </div>
        <search aria-label={t("searchLabel")} className="mt-6 block">
          <form method="get" action={`/${locale}/practices`}>
            <label htmlFor="practices-q" className="block text-sm font-medium text-ink">
              {t("searchLabel")}
            </label>
            <div className="mt-1.5 flex max-w-2xl gap-2">
              <Input
                id="practices-q"
                type="search"
                name="q"
                defaultValue={filter.q}
                maxLength={200}
                autoComplete="off"
                enterKeyHint="search"
              />
              {/* The words search within the facets already chosen. */}
              {FACETS.flatMap((facet) => filter[facet].map((v) => <input key={`${facet}-${v}`} type="hidden" name={facet} value={v} />))}
              <button type="submit" className={buttonClasses("primary")}>
                {t("searchButton")}
              </button>
            </div>
          </form>
        </search>
      </PageHeader>

      <div className="grid gap-8 md:grid-cols-[15rem_minmax(0,1fr)]">
        {/* On small screens the filters fold away above the results (no JavaScript needed); from
            md up they are a column. The same links twice: the copy not shown is display:none. */}
        <div>
          <details className="rounded-lg border border-line p-3 md:hidden">
            <summary className="cursor-pointer font-semibold">
              {t("filters")}
              {active.length > 0 && ` (${t("selectedCount", { count: active.length })})`}
            </summary>
            <FacetPanel id="practice-filters-small" groups={groups} filter={filter} t={tr} locale={locale} />
          </details>
          <div className="hidden md:block">
            <FacetPanel id="practice-filters" groups={groups} filter={filter} t={tr} locale={locale} />
          </div>
        </div>

        <section aria-labelledby="practice-results" className="min-w-0">
          <h2 id="practice-results" className="sr-only">
            {t("resultsHeading")}
          </h2>
          {list.searchFallback && (
            <Alert tone="warning" className="mb-4">
              {t("searchFallback")}
            </Alert>
          )}
          <div className="mb-4 flex flex-wrap items-center gap-2">
            <p className="text-sm font-medium text-muted">
              {filter.q ? t("resultCountFor", { count: list.total, query: filter.q }) : t("resultCount", { count: list.total })}
            </p>
            {active.length > 0 && (
              <ul className="flex flex-wrap gap-2" aria-label={t("activeFilters")}>
                {active.map((a) => (
                  <li key={`${a.facet}-${a.value}`}>
                    <Link
                      href={toggled(filter, a.facet, a.value)}
                      className="inline-flex min-h-6 items-center gap-1 rounded-full border border-brand-200 bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-800 no-underline hover:bg-brand-100"
                    >
                      {t("removeFilter", { value: a.label })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {filtered && (
              <Link href="/practices" className="inline-flex min-h-6 items-center text-sm">
                {t("clearFilters")}
              </Link>
            )}
          </div>

          {list.items.length === 0 ? (
            <div className="space-y-2 rounded-lg border border-dashed border-line p-6">
              <p className="text-lg">{t("noResults")}</p>
              {filtered && (
                <p>
                  <Link href="/practices">{t("clearFilters")}</Link>
                </p>
              )}
            </div>
          ) : (
            <ul className="grid gap-5 sm:grid-cols-2 xl:grid-cols-3">
              {list.items.map((p) => (
                <li key={p.id}>
                  <PracticeCard practice={p} labels={labels} locale={locale} />
                </li>
              ))}
            </ul>
          )}

          {list.pages > 1 && (
            <nav aria-label={t("pagination.label")} className="mt-8 flex flex-wrap items-center justify-between gap-3 text-sm">
              {list.page > 1 ? (
                <Link href={pageHref(list.page - 1)} rel="prev" className={buttonClasses("secondary", "sm")}>
                  {t("pagination.previous")}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-muted">
                {t("pagination.page", { page: format.number(list.page), pages: format.number(list.pages) })}
              </span>
              {list.page < list.pages ? (
                <Link href={pageHref(list.page + 1)} rel="next" className={buttonClasses("secondary", "sm")}>
                  {t("pagination.next")}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}

          <aside aria-labelledby="open-data" className="mt-10 rounded-lg bg-surface p-4 text-sm">
            <h2 id="open-data" className="font-semibold">
              {t("openData.title")}
            </h2>
            <p className="mt-1 text-muted">{t("openData.lead")}</p>
            <p className="mt-2 flex flex-wrap gap-4">
              <a href={`/api/v1/practices${openData ? `?${openData}` : ""}`}>{t("openData.json")}</a>
              <a href={`/api/v1/practices.csv${openData ? `?${openData}` : ""}`} download>
                {t("openData.csv")}
              </a>
            </p>
          </aside>
        </section>
      </div>
    </Container>
  );
}

function FacetPanel({
  id,
  groups,
  filter,
  t,
  locale,
}: {
  id: string;
  groups: Group[];
  filter: PracticeFilter;
  t: (key: string, values?: Record<string, number>) => string;
  locale: string;
}) {
  return (
    <nav aria-labelledby={id} className="space-y-6 pt-2 md:pt-0">
      <h2 id={id} className="text-lg font-semibold">
        {t("filters")}
      </h2>
      {groups.map((group) => (
        <div key={group.facet}>
          <h3 className="mb-1.5 text-sm font-semibold text-ink">{group.legend}</h3>
          <FacetList
            group={group}
            filter={filter}
            locale={locale}
            selectedLabel={t("selected")}
            moreLabel={(count) => t("moreFilters", { count })}
          />
        </div>
      ))}
    </nav>
  );
}

function FacetList({
  group,
  filter,
  locale,
  selectedLabel,
  moreLabel,
}: {
  group: Group;
  filter: PracticeFilter;
  locale: string;
  selectedLabel: string;
  moreLabel: (count: number) => string;
}) {
  const item = (v: Group["values"][number]) => {
    const selected = chosen(filter, group.facet).includes(v.value);
    return (
      <li key={v.value}>
        {/* A plain link: dozens of filters need no client-side routing or prefetching. */}
        <a
          href={`/${locale}${toggled(filter, group.facet, v.value)}`}
          className="flex items-start gap-2 rounded px-1 py-0.5 text-sm text-ink no-underline hover:bg-brand-50 hover:underline"
        >
          {selected ? (
            <Check aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0 rounded-sm bg-brand-700 text-white" />
          ) : (
            <Square aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0 text-muted" />
          )}
          <span>
            {v.label} <span className="text-muted">({v.count})</span>
            {selected && <span className="sr-only"> — {selectedLabel}</span>}
          </span>
        </a>
      </li>
    );
  };
  // Selected values always stay visible; the rest beyond the first few fold away (no JavaScript needed).
  const first = group.values.filter((v, i) => i < SHOWN || chosen(filter, group.facet).includes(v.value));
  const rest = group.values.filter((v) => !first.includes(v));
  return (
    <>
      <ul className="space-y-0.5">{first.map(item)}</ul>
      {rest.length > 0 && (
        <details className="mt-1">
          <summary className="min-h-6 cursor-pointer py-0.5 text-sm text-brand-800">{moreLabel(rest.length)}</summary>
          <ul className="mt-1 space-y-0.5">{rest.map(item)}</ul>
        </details>
      )}
    </>
  );
}
