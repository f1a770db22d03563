import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { route } from "@/lib/route-handler";
import { parseSearchQuery, searchContent } from "@/lib/search/query";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store" };

/**
 * GET /api/search?q=&locale=&type=&section=&lang=&limit=&offset=&facets=1&snippet=0 — for the header's
 * quick search. Answers only what the caller may see; the Meilisearch key never leaves the server.
 * Facet counts and an exact total only with facets=1 (the quick search needs neither, and counting
 * every match is what costs on a large index); without, `facets` is empty and `total` estimated.
 * snippet=0: no highlighted passage per hit (`snippetHtml` is ""), the quick search shows titles.
 */
export const GET = route({ permission: null }, async ({ request, user }) => {
  const params = request.nextUrl.searchParams;
  const requested = params.get("locale");
  const locale = isLocale(requested) ? requested : defaultLocale;
  const t = await getTranslations({ locale, namespace: "search" });

  const parsed = parseSearchQuery(params);
  if (!parsed.success) {
    return Response.json({ error: { code: "INVALID", message: t("invalidQuery") } }, { status: 400, headers });
  }
  const query = parsed.data;
  try {
    const results = await searchContent({
      q: query.q,
      locale,
      types: query.type,
      sections: query.section,
      topics: query.topic,
      levels: query.level,
      languages: query.lang,
      countries: query.country,
      themes: query.theme,
      targetGroups: query.group,
      user,
      limit: query.limit ?? 8,
      offset: query.offset,
      facets: params.get("facets") === "1",
      snippets: params.get("snippet") !== "0",
    });
    return Response.json({ query: query.q, ...results }, { headers });
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAVAILABLE") {
      return Response.json({ error: { code: "UNAVAILABLE", message: t("unavailable") } }, { status: 503, headers });
    }
    throw error;
  }
});
