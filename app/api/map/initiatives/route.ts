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
  // Visitors share one build per filter set; members' exact places are never cached.
  const body = exact
    ? await initiativeCollectionJson(filters, { reader: user, exact })
    : await cachedPublic(`map?${filtersKey(filters)}`, () => initiativeCollectionJson(filters, { reader: null, exact: false }));
  return new Response(body, {
    headers: {
      "Content-Type": "application/geo+json; charset=utf-8",
      "Cache-Control": exact ? "private, no-store" : "public, max-age=60",
      Vary: "Cookie",
    },
  });
});
