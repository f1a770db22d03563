import type { SearchSource } from "./types";

// Feature modules register their source on import (see lib/search/sources.ts). Kept on
// globalThis so that development hot reloads and Next's several module graphs share one table.
const globalForSearch = globalThis as unknown as { epanemaSearchSources?: Map<string, SearchSource> };
globalForSearch.epanemaSearchSources ??= new Map<string, SearchSource>();
const sources = globalForSearch.epanemaSearchSources;

const TYPE = /^[a-z][a-z0-9_]*$/;

/** Registers (or, on hot reload, replaces) the source of one document type. */
export function registerSearchSource(source: SearchSource): void {
  if (!TYPE.test(source.type)) throw new Error(`Search source type "${source.type}" must match ${TYPE}`);
  sources.set(source.type, source);
}

export function searchSources(): SearchSource[] {
  return [...sources.values()];
}

export function sourceFor(type: string): SearchSource | undefined {
  return sources.get(type);
}

/** Tests only: forget a source. */
export function unregisterSearchSource(type: string): void {
  sources.delete(type);
}
