import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CityCombobox } from "@/components/initiatives/city-combobox";
import { FiltersForm } from "@/components/initiatives/filters-form";
import { InitiativeListItem } from "@/components/initiatives/initiative-card";
import { MapTabs } from "@/components/initiatives/map-tabs";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { pageReader } from "@/lib/cache/audience";
import { searchCities } from "@/lib/gazetteer";
import { Link } from "@/lib/i18n/navigation";
import { listInitiatives, publishedCountries } from "@/lib/initiatives/queries";
import { filtersToSearch, type ListQuery, parseListQuery } from "@/lib/initiatives/schemas";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "initiatives" });
  return { title: t("list.title") };
}

const EMPTY: ListQuery = { type: [], country: [], lang: [], group: [], near: null, sort: undefined, page: 1 };

// From the cache (decisions 011 and 013): the visitors' copy with public places, and the one every
// member shares with exact ones (`pageReader()` is ANY_MEMBER there); filtered lists and later
// pages are rendered for the reader.
export default async function ListPage({ params, searchParams }: Props) {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, format, user, countries] = await Promise.all([
    getTranslations("initiatives"),
    getFormatter(),
    pageReader(),
    publishedCountries(),
  ]);
  const parsed = parseListQuery(sp);
  const query = parsed.success ? parsed.data : EMPTY;
  // Without JavaScript the city field sends its text: the gazetteer's first match stands for it.
  const typed = typeof sp.city === "string" ? sp.city.trim().slice(0, 80) : "";
  if (!query.near && typed) query.near = (await searchCities(typed, { locale, limit: 1 }))[0]?.id ?? null;
  const list = await listInitiatives(user, query, locale);
  const filterSearch = filtersToSearch(query);
  const pageHref = (page: number) => {
    const s = filtersToSearch({ ...query, near: list.near?.id ?? null, sort: list.sort === "name" ? undefined : list.sort, page });
    return `/map/list${s ? `?${s}` : ""}`;
  };
  return (
    <Container>
      <PageHeader title={t("list.title")} lead={t("list.lead")} />
      <MapTabs locale={locale} current="list" search={filterSearch} />
      {(!parsed.success || (typed && !list.near)) && (
        <Alert tone="error" className="mb-4">
          {!parsed.success ? t("filters.invalid") : t("list.cityNotFound", { city: typed })}
        </Alert>
      )}
      <FiltersForm locale={locale} action="/map/list" filters={query} countries={countries}>
        <div className="min-w-56 flex-1">
          <CityCombobox
            id="list-near"
            name="city"
            idName="near"
            label={t("list.near")}
            defaultCity={list.near ? { id: list.near.id, name: list.near.name, country: list.near.country } : null}
          />
        </div>
        <div className="min-w-40">
          <label htmlFor="list-sort" className="block text-sm font-medium text-ink">
            {t("list.sort")}
          </label>
          <Select id="list-sort" name="sort" defaultValue={list.sort} className="mt-1">
            <option value="name">{t("list.sortName")}</option>
            <option value="distance">{t("list.sortDistance")}</option>
            <option value="verified">{t("list.sortVerified")}</option>
          </Select>
        </div>
      </FiltersForm>

      <section aria-labelledby="list-results">
        <h2 id="list-results" className="sr-only">
          {t("list.results")}
        </h2>
        <p role="status" className="text-sm font-medium text-muted">
          {t("list.count", { count: list.total })}
          {list.near && ` · ${t("list.sortedFrom", { city: list.near.name })}`}
        </p>
        {list.items.length === 0 ? (
          <p className="mt-6 text-lg">{t("list.empty")}</p>
        ) : (
          <ol className="divide-y divide-line">
            {list.items.map((item) => (
              <li key={item.id}>
                <InitiativeListItem item={item} locale={locale} />
              </li>
            ))}
          </ol>
        )}
        {list.pages > 1 && (
          <nav aria-label={t("list.pagination")} className="mt-8 flex flex-wrap items-center justify-between gap-3 text-sm">
            {list.page > 1 ? (
              <Link href={pageHref(list.page - 1)} rel="prev" className={buttonClasses("secondary", "sm")}>
                {t("list.previous")}
              </Link>
            ) : (
              <span />
            )}
            <span className="text-muted">{t("list.page", { page: format.number(list.page), pages: format.number(list.pages) })}</span>
            {list.page < list.pages ? (
              <Link href={pageHref(list.page + 1)} rel="next" className={buttonClasses("secondary", "sm")}>
                {t("list.next")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </section>
    </Container>
  );
}
