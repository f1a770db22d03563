import type { Meilisearch } from "meilisearch";

/**
 * One searchable document. Every feature turns its published content into these; the index never
 * holds drafts, so what is in it may be shown to anyone allowed by `visibility`.
 */
export type SearchDocument = {
  /** Deterministic, [a-zA-Z0-9_-] only, e.g. "knowledge_page-<entityId>-<locale>". */
  id: string;
  /** "<type>:<entityId>": lets the indexer replace or remove all documents of one entity. */
  entity: string;
  /**
   * Documents with the same group are one result (the best match shows): a page's translations
   * (group = entity), a forum topic's posts ("forum_topic:<topicId>").
   */
  group: string;
  /** "knowledge_page" now; later "lesson", "practice", "initiative", "forum_post". */
  type: string;
  locale: string;
  title: string;
  summary?: string;
  /** Plain text (no HTML): it is escaped when shown. */
  text: string;
  /** Path without the locale prefix, e.g. "/knowledge/welcoming-at-the-desk". */
  url: string;
  section?: string;
  country?: string;
  themes?: string[];
  /** Training: the course's topic and level (facets). */
  topic?: string;
  level?: string;
  /** Case studies: who the activity is for, and the languages it uses (lib/practices/vocabulary.ts). */
  targetGroups?: string[];
  languagesUsed?: string[];
  visibility: "public" | "members";
  /** Milliseconds since the epoch. */
  updatedAt: number;
};

/** A feature's content, as the indexer and the reindex/check commands see it. */
export type SearchSource = {
  type: string;
  /** Current visible documents per entity id; an empty array (or a missing key) removes the entity. */
  documentsFor(entityIds: string[]): Promise<Map<string, SearchDocument[]>>;
  /** Every visible document, in batches: for the reindex and check commands. */
  all(): AsyncIterable<SearchDocument[]>;
  /** Optional: roughly how many documents all() yields, for the reindex progress bar. */
  estimate?(): Promise<number>;
};

/** Which Meilisearch and which index: the app uses meili() + indexName("content"); tests pass their own. */
export type SearchTarget = { client: Meilisearch; index: string };

export const SEARCH_SECTIONS = ["METHODOLOGY", "STRATEGY", "GUIDES", "TOOLS"] as const;
export const SEARCH_TYPES = ["knowledge_page", "course", "lesson", "practice", "initiative", "forum_post"] as const;
/** Training facets (lib/courses/vocabulary.ts). */
export { LEVELS as SEARCH_LEVELS, TOPICS as SEARCH_TOPICS } from "@/lib/courses/vocabulary";
