import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { sharedBodyResponse } from "@/lib/cache/shared-body";
import { basemapBody } from "@/lib/initiatives/basemap";
import { route } from "@/lib/route-handler";

/**
 * GET /api/map/basemap?locale= — the bundled basemap: `countries` (GeoJSON, Natural Earth 1:50m)
 * and `cities` (labels in the reader's language). The same for everyone: built once per language
 * and process, gzipped once, cached by browsers for a day.
 */
export const GET = route({ permission: null, query: z.object({ locale: z.enum(locales).default("en") }) }, async ({ request, query }) =>
  sharedBodyResponse(request, await basemapBody(query.locale), {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "public, max-age=86400",
  }),
);
