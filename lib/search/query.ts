import "server-only";
import type { MultiSearchQuery, SearchResponse } from "meilisearch";
import { z } from "zod";
import { isCleanText } from "@/lib/clean-text";
import { AppError } from "@/lib/errors";
import { locales } from "@/lib/i18n/locales";
import { defaultSearchTarget, isApiError, isUnreachable, quote } from "./client";
import { SEARCH_LEVELS, SEARCH_SECTIONS, SEARCH_TOPICS, type SearchDocument, type SearchTarget } from "./types";

export type SearchContentParams = {
  q: string;
  /** The interface language: among a page's translations that match, this one is shown. */
  locale: string;
  types?: string[];
  sections?: string[];
  /** Training facets: course topics and levels. */
  topics?: string[];
  levels?: string[];
  /** Content languages to keep (none = every language). */
  languages?: string[];
  /** Countries (ISO 3166-1 alpha-2) to keep: initiatives, case studies, forum country categories. */
  countries?: string[];
  /** Case studies' facets (lib/practices/vocabulary.ts values). */
  themes?: string[];
  targetGroups?: string[];
  /** Logged-in people also see members-only content. */
  user: { id: string } | null | undefined;
  limit?: number;
  /** Rounded down to a multiple of `limit` (results come in pages). */
  offset?: number;
  /**
   * Facet counts and an exact total (the search page). Without (the header's quick search): the
   * hits alone, with an estimated total — counting every match exactly is most of the cost on a
   * large index (docs/performance.md).
   */
  facets?: boolean;
  /**
   * A highlighted passage per hit (`snippetHtml`; default true). The quick search shows titles
   * only: cropping a passage out of each hit's whole text is most of Meilisearch's work for a
   * query (3× its cost on 100,000 documents, docs/performance.md); without, `snippetHtml` is "".
   */
  snippets?: boolean;
};

export type SearchHit = {
  id: string;
  type: string;
  title: string;
  /** The title with the matched words in <mark>; everything else escaped. */
  titleHtml: string;
  /** A short passage around the match, escaped, with <mark> around matched words ("" without `snippets`). */
  snippetHtml: string;
  /** Path without the locale prefix. */
  url: string;
  locale: string;
  section: string | null;
  updatedAt: number;
};

type Counts = Record<string, number>;
export type SearchFacets = {
  type: Counts;
  section: Counts;
  topic: Counts;
  level: Counts;
  locale: Counts;
  country: Counts;
  themes: Counts;
  targetGroups: Counts;
};
const NO_FACETS: SearchFacets = { type: {}, section: {}, topic: {}, level: {}, locale: {}, country: {}, themes: {}, targetGroups: {} };

export type SearchResults = { hits: SearchHit[]; facets: SearchFacets; total: number; processingTimeMs: number };

export const MAX_LIMIT = 50;
/** Meilisearch's pagination.maxTotalHits (INDEX_SETTINGS): results beyond it are not reachable. */
export const MAX_OFFSET = 1000;

/**
 * The query string shared by the search page and GET /api/search:
 * ?q=&locale=&type=&section=&topic=&level=&lang=&limit=&offset= (type, section, topic, level and lang may repeat).
 */
export const searchQuerySchema = z.object({
  // Refused like every other text input: a NUL would reach PostgreSQL in the literal fallback.
  q: z.string().trim().max(200, "validation.tooLong").refine(isCleanText, "validation.invalidCharacters").default(""),
  locale: z.enum(locales).optional(),
  type: z
    .array(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/))
    .max(10)
    .default([]),
  section: z.array(z.enum(SEARCH_SECTIONS)).max(SEARCH_SECTIONS.length).default([]),
  topic: z.array(z.enum(SEARCH_TOPICS)).max(SEARCH_TOPICS.length).default([]),
  level: z.array(z.enum(SEARCH_LEVELS)).max(SEARCH_LEVELS.length).default([]),
  lang: z.array(z.enum(locales)).max(locales.length).default([]),
  country: z
    .array(z.string().regex(/^[A-Z]{2}$/))
    .max(20)
    .default([]),
  theme: z
    .array(z.string().regex(/^[a-z][a-z0-9-]{0,39}$/))
    .max(20)
    .default([]),
  group: z
    .array(z.string().regex(/^[a-z][a-z0-9-]{0,39}$/))
    .max(20)
    .default([]),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).optional(),
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;

const REPEATED = new Set(["type", "section", "topic", "level", "lang", "country", "theme", "group"]);

/** Parses URLSearchParams or a page's searchParams; empty values count as absent. */
export function parseSearchQuery(input: URLSearchParams | Record<string, string | string[] | undefined>) {
  const get = (key: string): string[] => {
    const raw = input instanceof URLSearchParams ? input.getAll(key) : [input[key] ?? []].flat();
    return raw.filter((v) => v !== "");
  };
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(searchQuerySchema.shape)) {
    const values = get(key);
    if (REPEATED.has(key)) raw[key] = [...new Set(values)];
    else if (values.length > 0) raw[key] = values[0];
  }
  return searchQuerySchema.safeParse(raw);
}

// Private-use characters as highlight markers: they never appear in real text, and only they
// become <mark> after the text has been escaped. Meilisearch's output is never trusted as HTML.
const PRE = "\uE000";
const POST = "\uE001";
const MARKED = /\uE000([^\uE000\uE001]*)\uE001/g;
const MARKERS = /[\uE000\uE001]/g;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** How many hits per result the quick search's plain query asks for (see searchContent). */
const PLAIN_OVERFETCH = 3;

/** The first hit of each group, in order, up to `limit`: what `distinct: "group"` answers. */
export function firstOfEachGroup<T extends { group: string }>(hits: T[], limit: number): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const hit of hits) {
    if (seen.has(hit.group)) continue;
    seen.add(hit.group);
    kept.push(hit);
    if (kept.length === limit) break;
  }
  return kept;
}

/** Escapes the text, then turns only our own highlight markers into <mark>. */
/**
 * A passage as HTML: escaped, with our markers as <mark>. The indexed text separates blocks (list
 * items, paragraphs) with line breaks, which a browser shows as mere spaces ("apps and e-books
 * Board games"): they become a middle dot.
 */
export function highlightToHtml(formatted: string): string {
  const passage = formatted
    .replace(/\s*\n[\s\n]*/g, " · ")
    .replace(/^ · | · $/g, "")
    .replace(/(…) · /g, "$1 ");
  return escapeHtml(passage).replace(MARKED, "<mark>$1</mark>").replace(MARKERS, "");
}

type Formatted = Partial<Record<"title" | "summary" | "text", string>>;
type Hit = Pick<SearchDocument, "id" | "type" | "title" | "url" | "locale" | "section" | "updatedAt" | "entity" | "group"> & {
  _formatted?: Formatted;
};

const RETRIEVE: (keyof SearchDocument)[] = ["id", "entity", "group", "type", "title", "url", "locale", "section", "updatedAt"];
const HIGHLIGHT = {
  attributesToRetrieve: RETRIEVE,
  attributesToHighlight: ["title", "summary", "text"],
  attributesToCrop: ["text:24"],
  cropMarker: "…",
  highlightPreTag: PRE,
  highlightPostTag: POST,
};
/** Titles only (no passage): what the quick search shows. */
const HIGHLIGHT_TITLE = { attributesToRetrieve: RETRIEVE, attributesToHighlight: ["title"], highlightPreTag: PRE, highlightPostTag: POST };

function toHit(hit: Hit, snippets: boolean): SearchHit {
  const f = hit._formatted ?? {};
  const hasMark = (s?: string) => s?.includes(PRE) ?? false;
  // The passage that shows why it matched: the text, else the summary, else whatever there is
  // (an empty summary, as forum replies have, is no passage: fall through to the text).
  const snippet = hasMark(f.text) ? f.text : hasMark(f.summary) ? f.summary : f.summary || f.text || "";
  return {
    id: hit.id,
    type: hit.type,
    title: hit.title,
    titleHtml: highlightToHtml(f.title ?? hit.title),
    snippetHtml: snippets ? highlightToHtml(snippet ?? "") : "",
    url: hit.url,
    locale: hit.locale,
    section: hit.section ?? null,
    updatedAt: Number(hit.updatedAt),
  };
}

/** Facets counted on distinct entities (languages are counted per translation). */
const FACETS = ["type", "section", "topic", "level", "country", "themes", "targetGroups"] as const;

const anyOf = (field: string, values: string[]) => `${field} IN [${values.map(quote).join(", ")}]`;

function counts(response: SearchResponse | undefined, facet: string): Record<string, number> {
  return { ...(response?.facetDistribution?.[facet] ?? {}) };
}

function clean(values: string[] | undefined): string[] {
  return [...new Set((values ?? []).filter((v) => v.length > 0))];
}

/**
 * Searches everything the person may see. Visitors get public documents; logged-in people also
 * members-only ones (drafts are never indexed). Facet counts are disjunctive: each facet is
 * counted with every filter except its own, so ticking "Guides" does not hide "Tools".
 * Throws AppError("UNAVAILABLE") when Meilisearch cannot be reached.
 */
export async function searchContent(params: SearchContentParams, opts: { target?: SearchTarget | null } = {}): Promise<SearchResults> {
  const target = opts.target === undefined ? defaultSearchTarget() : opts.target;
  if (!target) throw new AppError("UNAVAILABLE", { message: "search.unavailable" });
  const q = params.q.trim();
  const limit = Math.min(Math.max(Math.trunc(params.limit ?? 20), 1), MAX_LIMIT);
  const offset = Math.min(Math.max(Math.trunc(params.offset ?? 0), 0), MAX_OFFSET);
  const groups = {
    type: clean(params.types),
    section: clean(params.sections),
    topic: clean(params.topics),
    level: clean(params.levels),
    locale: clean(params.languages),
    country: clean(params.countries),
    themes: clean(params.themes),
    targetGroups: clean(params.targetGroups),
  };
  const visibility = params.user ? anyOf("visibility", ["public", "members"]) : `visibility = "public"`;
  const filterWithout = (skip?: keyof typeof groups) => [
    visibility,
    ...(Object.entries(groups) as [keyof typeof groups, string[]][])
      .filter(([field, values]) => field !== skip && values.length > 0)
      .map(([field, values]) => anyOf(field, values)),
  ];
  const indexUid = target.index;
  const sort = q ? undefined : ["updatedAt:desc"]; // no words: newest first

  // One request: the results (one hit per group: a page's translations, a forum topic's posts
  // count once), then the facets whose own filter is active, and languages (counted per document).
  const ownFacet = FACETS.filter((f) => groups[f].length === 0);
  // Page-based ("exhaustive") pagination: with `distinct`, limit/offset would give estimated
  // totals and facet counts of undistinct documents; page/hitsPerPage counts exactly.
  const page = Math.floor(offset / limit) + 1;
  const withFacets = params.facets ?? true;
  const snippets = params.snippets ?? true;
  const highlight = snippets ? HIGHLIGHT : HIGHLIGHT_TITLE;
  // Without facets, the first page (the header's quick search): a plain query for a few times the
  // hits, then each group's first hit in rank order — its best, so the same answer as `distinct`
  // whenever those hits hold enough groups, for a fraction of its cost (distinct took Meilisearch
  // 1–9 ms a query at 100,000 documents, the plain query 0–1 ms). Too few groups: the distinct query.
  const plainFirst = !withFacets && page === 1;
  const overfetch = limit * PLAIN_OVERFETCH;
  const distinctQuery: MultiSearchQuery = {
    indexUid,
    q,
    filter: filterWithout(),
    distinct: "group",
    limit,
    offset: (page - 1) * limit,
    sort,
    ...highlight,
  };
  const queries: MultiSearchQuery[] = [
    withFacets
      ? { indexUid, q, filter: filterWithout(), distinct: "group", hitsPerPage: limit, page, sort, facets: [...ownFacet], ...highlight }
      : plainFirst
        ? { indexUid, q, filter: filterWithout(), limit: overfetch, sort, ...highlight }
        : distinctQuery,
  ];
  const facetQuery: Partial<Record<keyof typeof groups, number>> = {};
  if (withFacets) {
    for (const facet of FACETS) {
      if (groups[facet].length === 0) continue;
      facetQuery[facet] = queries.length;
      queries.push({ indexUid, q, filter: filterWithout(facet), distinct: "group", hitsPerPage: 0, page: 1, facets: [facet] });
    }
    facetQuery.locale = queries.length;
    queries.push({ indexUid, q, filter: filterWithout("locale"), hitsPerPage: 0, page: 1, facets: ["locale"] });
  }

  try {
    const { results } = await target.client.multiSearch<{ queries: MultiSearchQuery[] }, Hit>({ queries });
    const main = results[0] as unknown as SearchResponse<Hit>;
    let hits = main.hits as Hit[];
    if (plainFirst) {
      hits = firstOfEachGroup(hits, limit);
      if (hits.length < limit && main.hits.length === overfetch) {
        const { results: again } = await target.client.multiSearch<{ queries: MultiSearchQuery[] }, Hit>({ queries: [distinctQuery] });
        hits = (again[0] as unknown as SearchResponse<Hit>).hits as Hit[];
      }
    }

    // Among a group's documents that match (a page's translations, a topic's posts), prefer
    // one in the interface language.
    const allowed = groups.locale.length === 0 || groups.locale.includes(params.locale);
    const others = hits.filter((h) => h.locale !== params.locale);
    if (allowed && others.length > 0) {
      const preferred = await target.client.index<Hit>(indexUid).search(q, {
        filter: [
          ...filterWithout("locale"),
          `locale = ${quote(params.locale)}`,
          anyOf(
            "group",
            others.map((h) => h.group),
          ),
        ],
        distinct: "group",
        limit: others.length,
        ...highlight,
      });
      const byGroup = new Map(preferred.hits.map((h) => [h.group, h as Hit]));
      hits = hits.map((h) => (h.locale !== params.locale && byGroup.get(h.group)) || h);
    }

    const facetSource = (facet: keyof typeof groups) =>
      withFacets ? (results[facetQuery[facet] ?? 0] as unknown as SearchResponse) : undefined;
    return {
      hits: hits.map((h) => toHit(h, snippets)),
      facets: {
        type: counts(facetSource("type"), "type"),
        section: counts(facetSource("section"), "section"),
        topic: counts(facetSource("topic"), "topic"),
        level: counts(facetSource("level"), "level"),
        locale: counts(facetSource("locale"), "locale"),
        country: counts(facetSource("country"), "country"),
        themes: counts(facetSource("themes"), "themes"),
        targetGroups: counts(facetSource("targetGroups"), "targetGroups"),
      },
      total: main.totalHits ?? main.estimatedTotalHits ?? hits.length,
      processingTimeMs: Math.max(...results.map((r) => r.processingTimeMs)),
    };
  } catch (error) {
    if (isUnreachable(error)) throw new AppError("UNAVAILABLE", { message: "search.unavailable" });
    // Nothing indexed yet (fresh install, before the indexer's first round): no results.
    if (isApiError(error, "index_not_found")) {
      return { hits: [], facets: NO_FACETS, total: 0, processingTimeMs: 0 };
    }
    throw error;
  }
}
