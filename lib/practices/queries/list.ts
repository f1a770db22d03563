import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { defaultSearchTarget, isUnreachable, quote } from "@/lib/search/client";
import { type Facet, PRACTICES_PER_PAGE, type PracticeFilter } from "@/lib/practices/schemas";
import { SEARCH_TYPE } from "@/lib/practices/search-type";
import { cardSelect, facetWhere, plainTextIds, toCard, type PracticeCard } from "./shared";

// ─── the list, its facets and the text search ──────────────────────────────────────────────

/** The same filter as SQL, for the facet counts (arrays are unnested, which Prisma's groupBy cannot do). */
function facetSql(filter: PracticeFilter, except: Facet, ids: string[] | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`p."firstPublishedAt" IS NOT NULL AND p.status <> 'ARCHIVED'`];
  if (except !== "country" && filter.country.length) parts.push(Prisma.sql`p."publishedCountry" = ANY(${filter.country}::text[])`);
  if (except !== "theme" && filter.theme.length) parts.push(Prisma.sql`p."publishedThemes" && ${filter.theme}::text[]`);
  if (except !== "group" && filter.group.length) parts.push(Prisma.sql`p."publishedTargetGroups" && ${filter.group}::text[]`);
  if (except !== "lang" && filter.lang.length) parts.push(Prisma.sql`p."publishedLanguagesUsed" && ${filter.lang}::text[]`);
  if (except !== "org" && filter.org.length) parts.push(Prisma.sql`o.slug = ANY(${filter.org}::text[])`);
  if (ids) parts.push(Prisma.sql`p.id = ANY(${ids}::text[])`);
  return Prisma.join(parts, " AND ");
}

export type FacetCounts = Record<Facet, Record<string, number>> & { orgNames: Record<string, string> };

/** How many live case studies each facet value would give, with the other facets applied. One round trip. */
async function facetCounts(filter: PracticeFilter, ids: string[] | null): Promise<FacetCounts> {
  const from = Prisma.sql`FROM "Practice" p JOIN "Organisation" o ON o.id = p."organisationId"`;
  const rows = await db.$queryRaw<{ facet: Facet; value: string; label: string | null; n: number }[]>`
    SELECT 'country' AS facet, p."publishedCountry" AS value, NULL AS label, count(*)::int AS n ${from}
      WHERE ${facetSql(filter, "country", ids)} GROUP BY 2
    UNION ALL
    SELECT 'theme', v, NULL, count(*)::int ${from} CROSS JOIN LATERAL unnest(p."publishedThemes") v
      WHERE ${facetSql(filter, "theme", ids)} GROUP BY 2
    UNION ALL
    SELECT 'group', v, NULL, count(*)::int ${from} CROSS JOIN LATERAL unnest(p."publishedTargetGroups") v
      WHERE ${facetSql(filter, "group", ids)} GROUP BY 2
    UNION ALL
    SELECT 'lang', v, NULL, count(*)::int ${from} CROSS JOIN LATERAL unnest(p."publishedLanguagesUsed") v
      WHERE ${facetSql(filter, "lang", ids)} GROUP BY 2
    UNION ALL
    SELECT 'org', o.slug, o.name, count(*)::int ${from}
      WHERE ${facetSql(filter, "org", ids)} GROUP BY 2, 3`;
  const out = { country: {}, theme: {}, group: {}, lang: {}, org: {}, orgNames: {} } as FacetCounts;
  for (const row of rows) {
    if (row.value === null) continue;
    out[row.facet][row.value] = row.n;
    if (row.facet === "org" && row.label) out.orgNames[row.value] = row.label;
  }
  return out;
}

/**
 * Ids of live case studies matching the words, best first (Meilisearch: typo tolerant, every
 * language). Throws AppError("UNAVAILABLE") when search cannot be reached.
 */
export async function searchPracticeIds(q: string): Promise<string[]> {
  const target = defaultSearchTarget();
  if (!target) throw new AppError("UNAVAILABLE", { message: "search.unavailable" });
  try {
    const res = await target.client.index(target.index).search<{ entity: string }>(q, {
      filter: [`type = ${quote(SEARCH_TYPE)}`, `visibility = "public"`],
      distinct: "group",
      limit: 1000,
      attributesToRetrieve: ["entity"],
    });
    return res.hits.map((h) => h.entity.slice(SEARCH_TYPE.length + 1));
  } catch (error) {
    if (isUnreachable(error)) throw new AppError("UNAVAILABLE", { message: "search.unavailable" });
    if ((error as { cause?: { code?: string } }).cause?.code === "index_not_found") return [];
    throw error;
  }
}

export type PracticeList = {
  items: PracticeCard[];
  total: number;
  page: number;
  pages: number;
  facets: FacetCounts;
  /** The words were matched literally because the search engine was unavailable. */
  searchFallback: boolean;
};

/** The published list for /practices: facets (OR within one, AND across), words, pages. */
export async function listPractices(filter: PracticeFilter, locale: string, perPage = PRACTICES_PER_PAGE): Promise<PracticeList> {
  let ids: string[] | null = null;
  let searchFallback = false;
  if (filter.q) {
    try {
      ids = await searchPracticeIds(filter.q);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "UNAVAILABLE")) throw error;
      ids = await plainTextIds(filter.q);
      searchFallback = true;
    }
  }
  const where: Prisma.PracticeWhereInput = { AND: [facetWhere(filter), ...(ids ? [{ id: { in: ids } }] : [])] };
  const listed = (page: number) =>
    db.practice.findMany({
      where,
      select: cardSelect,
      orderBy: [{ firstPublishedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
    });
  // Without ranked words, the page's rows are read alongside the counts (one round trip's time).
  const ranked = ids !== null && !searchFallback;
  const [total, facets, early] = await Promise.all([
    db.practice.count({ where }),
    facetCounts(filter, ids),
    ranked ? null : listed(filter.page),
  ]);
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(filter.page, pages);
  let rows: Prisma.PracticeGetPayload<{ select: typeof cardSelect }>[];
  if (ranked && ids) {
    // Keep the search engine's ranking: filter the ranked ids, then read one page of them.
    const matching = new Set((await db.practice.findMany({ where, select: { id: true } })).map((r) => r.id));
    const pageIds = ids.filter((id) => matching.has(id)).slice((page - 1) * perPage, page * perPage);
    const found = await db.practice.findMany({ where: { id: { in: pageIds } }, select: cardSelect });
    rows = pageIds.flatMap((id) => found.filter((r) => r.id === id));
  } else {
    // A page beyond the last one shows the last one.
    rows = early && page === filter.page ? early : await listed(page);
  }
  return { items: rows.map((r) => toCard(r, locale)), total, page, pages, facets, searchFallback };
}
