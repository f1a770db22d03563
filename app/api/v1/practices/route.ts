import { env } from "@/lib/env";
import { openDataPage, parseOpenDataQuery } from "@/lib/practices/open-data";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/practices — published case studies as open data (CC BY 4.0), newest first.
 * ?country=FR&theme=language-learning&group=refugees&lang=uk&org=frsi&q=…&page=2&per_page=50&locale=fr
 * Facets repeat or take commas (?theme=a,b): any value within a facet, every facet. No contact details.
 */
export const GET = route({ permission: null }, async ({ request }) => {
  const query = parseOpenDataQuery(request.nextUrl.searchParams);
  const body = await openDataPage(query, new URL(env.APP_URL).origin);
  return Response.json(body, {
    headers: {
      // The same for everyone (published content only), so other sites and scripts may read it.
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=60",
    },
  });
});
