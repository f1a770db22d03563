import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FiltersForm } from "@/components/initiatives/filters-form";
import { InitiativesMap } from "@/components/initiatives/initiatives-map";
import { MapTabs } from "@/components/initiatives/map-tabs";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/lib/i18n/navigation";
import { publishedCountries } from "@/lib/initiatives/queries";
import { type InitiativeFilters, filtersToSearch, parseFilters } from "@/lib/initiatives/schemas";
import { mapTileSource } from "@/lib/initiatives/tiles";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "initiatives" });
  return { title: t("title") };
}

const NO_FILTERS: InitiativeFilters = { type: [], country: [], lang: [], group: [] };

// One page for everyone, from the cache (decisions 011 and 013): the places come from
// /api/map/initiatives (exact ones for members), the member's tabs from the browser (MapTabs).
export default async function MapPage({ params, searchParams }: Props) {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, countries] = await Promise.all([getTranslations("initiatives"), publishedCountries()]);
  const parsed = parseFilters(sp);
  const filters = parsed.success ? parsed.data : NO_FILTERS;
  const search = filtersToSearch(filters);
  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="mt-4">
          <Link href={`/map/list${search ? `?${search}` : ""}`} className="font-semibold">
            {t("map.skipToList")}
          </Link>
        </p>
      </PageHeader>
      <MapTabs locale={locale} current="map" search={search} />
      {!parsed.success && (
        <Alert tone="error" className="mb-4">
          {t("filters.invalid")}
        </Alert>
      )}
      <FiltersForm locale={locale} action="/map" filters={filters} countries={countries} />
      <noscript>
        <Alert tone="info" className="mb-4">
          {t("map.noScript")}
        </Alert>
      </noscript>
      <InitiativesMap dataUrl={`/api/map/initiatives${search ? `?${search}` : ""}`} tiles={mapTileSource()} />
      <p className="mt-6 text-sm text-muted">
        {t("openData")} <a href={`/api/v1/initiatives.geojson${search ? `?${search}` : ""}`}>{t("openDataLink")}</a>
      </p>
    </Container>
  );
}
