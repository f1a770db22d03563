import { env } from "@/lib/env";
import { openDataCsv, parseOpenDataQuery } from "@/lib/practices/open-data";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/practices.csv — the same published case studies and filters as /api/v1/practices, as
 * one CSV streamed in batches (every match, no pages). Cells a spreadsheet would run as a formula
 * are prefixed with an apostrophe (lib/csv.ts).
 */
export const GET = route({ permission: null }, async ({ request }) => {
  const query = parseOpenDataQuery(request.nextUrl.searchParams);
  return new Response(openDataCsv(query, new URL(env.APP_URL).origin), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="e-panema-practices.csv"',
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=60",
    },
  });
});
