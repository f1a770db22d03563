import { sharedBodyResponse } from "@/lib/cache/shared-body";
import { filtersFromQuery, filtersKey } from "@/lib/initiatives/http";
import { seesExactPlace } from "@/lib/initiatives/policy";
import { cachedPublic } from "@/lib/initiatives/public-cache";
import { initiativeCollectionJson } from "@/lib/initiatives/queries";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/map/initiatives?type=&country=&lang=&group= — the map's data: the open data's
 * features, with exact places for members (lib/initiatives/policy.ts). Members' answers are never
 * stored by a shared cache.
 */
export const GET = route({ permission: null }, async ({ request, user }) => {
  const filters = filtersFromQuery(request.nextUrl.searchParams);
  const exact = seesExactPlace(user);
  // Members' exact places are built for each request and never cached.
  if (exact) {
    return new Response(await initiativeCollectionJson(filters, { reader: user, exact }), {
      headers: { "Content-Type": "application/geo+json; charset=utf-8", "Cache-Control": "private, no-store", Vary: "Cookie" },
    });
  }
  // Visitors share one build per filter set.
  const body = await cachedPublic(`map?${filtersKey(filters)}`, () => initiativeCollectionJson(filters, { reader: null, exact: false }));
  return sharedBodyResponse(request, body, {
    "Content-Type": "application/geo+json; charset=utf-8",
    "Cache-Control": "public, max-age=60",
    Vary: "Cookie",
  });
});
