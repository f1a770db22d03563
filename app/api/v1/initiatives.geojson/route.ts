import { sharedBodyResponse } from "@/lib/cache/shared-body";
import { env } from "@/lib/env";
import { filtersFromQuery, filtersKey } from "@/lib/initiatives/http";
import { cachedPublic } from "@/lib/initiatives/public-cache";
import { initiativeCollectionJson } from "@/lib/initiatives/queries";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/initiatives.geojson?type=&country=&lang=&group= — open data: every published
 * initiative as a GeoJSON FeatureCollection (RFC 7946), filters repeatable. Sensitive venues are
 * the centre of a ~1 km area for everyone, signed in or not, and carry `approximate: true`; no
 * street address, contact or personal data.
 */
export const GET = route({ permission: null }, async ({ request }) => {
  const filters = filtersFromQuery(request.nextUrl.searchParams);
  const body = await cachedPublic(`v1?${filtersKey(filters)}`, () =>
    initiativeCollectionJson(filters, { reader: null, exact: false, baseUrl: env.APP_URL }),
  );
  return sharedBodyResponse(request, body, {
    "Content-Type": "application/geo+json; charset=utf-8",
    "Cache-Control": "public, max-age=300",
    "Access-Control-Allow-Origin": "*",
    "Content-Disposition": 'inline; filename="initiatives.geojson"',
  });
});
