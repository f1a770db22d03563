import "server-only";
import type { Settings } from "meilisearch";
import { isApiError, waitOk } from "./client";
import type { SearchTarget } from "./types";

// What the index looks like: its settings, applied when the indexer starts, when it finds the
// index gone, and to every index a reindex builds.

/** Applied by ensureIndex(); every index built by reindex gets the same. */
export const INDEX_SETTINGS: Settings = {
  searchableAttributes: ["title", "summary", "text"],
  // "id" too: replacing an entity deletes `entity = … AND id NOT IN [new ids]`, without a gap.
  // "group": the `distinct` attribute of queries (one result per page or forum topic).
  // "topic", "level": the training facets; targetGroups and languagesUsed: the case studies'
  // (lib/practices/search-source.ts); "country": initiatives, case studies, forum country categories.
  filterableAttributes: [
    "type",
    "locale",
    "section",
    "country",
    "themes",
    "topic",
    "level",
    "targetGroups",
    "languagesUsed",
    "visibility",
    "entity",
    "group",
    "id",
  ],
  sortableAttributes: ["updatedAt"],
  // Everything displayed, so that highlighting and cropping can use every searchable field;
  // queries choose what they retrieve.
  displayedAttributes: ["*"],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 1000 },
};

const ensured = new WeakMap<object, Set<string>>();

/**
 * Creates the index when missing and applies INDEX_SETTINGS (idempotent: unchanged settings cost
 * nothing). With `wait: false` the settings task is only enqueued: Meilisearch runs an index's
 * tasks in order, so documents sent afterwards are indexed with the new settings anyway.
 */
export async function ensureIndex(target: SearchTarget, opts: { wait?: boolean } = {}): Promise<void> {
  const { client, index } = target;
  const wait = opts.wait ?? true;
  try {
    await client.getRawIndex(index);
  } catch (error) {
    if (!isApiError(error, "index_not_found")) throw error;
    const created = client.createIndex(index, { primaryKey: "id" });
    // Another instance may create it at the same moment.
    if (wait) await waitOk(created, { ignore: ["index_already_exists"] });
    else await created;
  }
  const settings = client.index(index).updateSettings(INDEX_SETTINGS);
  if (wait) await waitOk(settings, { timeout: 10 * 60_000 });
  else await settings;
  markEnsured(target);
}

/** Whether this process has applied the settings to the index since it last failed to write to it. */
export function isEnsured(target: SearchTarget): boolean {
  return ensured.get(target.client)?.has(target.index) ?? false;
}

/** `ok: false` after a failed write: the index may have been deleted, apply the settings again. */
export function markEnsured(target: SearchTarget, ok = true): void {
  const set = ensured.get(target.client) ?? new Set<string>();
  ensured.set(target.client, set);
  if (ok) set.add(target.index);
  else set.delete(target.index);
}
