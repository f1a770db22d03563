// Compares what the sources say should be searchable with what the index holds.
import { db } from "@/lib/db";
import { defaultSearchTarget, isApiError } from "./client";
import { searchSources } from "./registry";
import type { SearchSource, SearchTarget } from "./types";

export type CheckResult = {
  index: string;
  /** Documents the sources produce. */
  expected: number;
  /** Documents in the index. */
  indexed: number;
  /** In the sources, not in the index. */
  missing: string[];
  /** In the index, not in the sources (deleted, unpublished, or hidden content). */
  extra: string[];
  /** In both, but the index holds an older version (updatedAt differs, or it predates `group`). */
  outdated: string[];
  /** Outbox rows not processed yet: the indexer may still be catching up. */
  pending: number;
  ok: boolean;
};

const PAGE = 1000;

export async function checkIndex(opts: { target?: SearchTarget; sources?: SearchSource[] } = {}): Promise<CheckResult> {
  const target = opts.target ?? defaultSearchTarget();
  if (!target) throw new Error("MEILI_HOST is not set: there is no search index to check.");
  const sources = opts.sources ?? searchSources();

  const expected = new Map<string, number>();
  for (const source of sources) {
    for await (const batch of source.all()) for (const doc of batch) expected.set(doc.id, doc.updatedAt);
  }

  const indexed = new Map<string, number>();
  try {
    const index = target.client.index<{ id: string; updatedAt: number; group?: string }>(target.index);
    for (let offset = 0; ; offset += PAGE) {
      const page = await index.getDocuments({ fields: ["id", "updatedAt", "group"], limit: PAGE, offset });
      // A document indexed before documents had a `group` counts as outdated: reindex once.
      for (const doc of page.results) indexed.set(doc.id, doc.group ? doc.updatedAt : Number.NaN);
      if (page.results.length < PAGE || offset + PAGE >= page.total) break;
    }
  } catch (error) {
    if (!isApiError(error, "index_not_found")) throw error; // a missing index holds nothing
  }

  const missing = [...expected.keys()].filter((id) => !indexed.has(id)).sort();
  const extra = [...indexed.keys()].filter((id) => !expected.has(id)).sort();
  const outdated = [...expected]
    .filter(([id, updatedAt]) => indexed.has(id) && indexed.get(id) !== updatedAt)
    .map(([id]) => id)
    .sort();
  const types = sources.map((s) => s.type);
  const pending = await db.searchOutbox.count({ where: { processedAt: null, entityType: { in: types } } });
  return {
    index: target.index,
    expected: expected.size,
    indexed: indexed.size,
    missing,
    extra,
    outdated,
    pending,
    ok: missing.length === 0 && extra.length === 0 && outdated.length === 0,
  };
}
