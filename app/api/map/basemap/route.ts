import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { cityLabels, countriesGeoJson } from "@/lib/initiatives/basemap";
import { route } from "@/lib/route-handler";

/**
 * GET /api/map/basemap?locale= — the bundled basemap: `countries` (GeoJSON, Natural Earth 1:50m)
 * and `cities` (labels in the reader's language). The same for everyone: cached for a day.
 */
export const GET = route({ permission: null, query: z.object({ locale: z.enum(locales).default("en") }) }, async ({ query }) => {
  const [countries, cities] = await Promise.all([countriesGeoJson(), cityLabels(query.locale)]);
  return new Response(`{"countries":${countries},"cities":${JSON.stringify(cities)}}`, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
});
