import { searchCities } from "@/lib/gazetteer";
import { gazetteerQuerySchema } from "@/lib/initiatives/schemas";
import { route } from "@/lib/route-handler";

/**
 * GET /api/gazetteer?q=&locale=&country=&limit= — places of the bundled European gazetteer whose
 * name starts with q (names in the interface language where known). For the city fields of the
 * map's forms and the list's "near" field; the gazetteer itself never reaches the browser.
 */
export const GET = route({ permission: null, query: gazetteerQuerySchema }, async ({ query }) => {
  const cities = await searchCities(query.q, { locale: query.locale ?? "en", country: query.country, limit: query.limit });
  return Response.json({ cities }, { headers: { "Cache-Control": "public, max-age=86400" } });
});
