// Data kept in this process for as long as no cached page has been invalidated on any instance:
// the page cache's generation (lib/cache/handler.mjs), which every invalidation — made here or heard
// from another instance — moves on, as the server's front uses it (lib/cache/front.mjs). For data
// that changes only with writes that drop cached pages (a course's reading order: every authoring
// write drops the courses area), read on requests that are not cached themselves (a learner's JSON).

type Source = { generation(): number; coherent(): boolean };
const PAGE_CACHE = Symbol.for("epanema.pageCache");

const pageCache = (): Source | null => (globalThis as unknown as Record<symbol, Source | undefined>)[PAGE_CACHE] ?? null;

/**
 * `load(key)`, remembered per key until the next invalidation anywhere. Without a page cache that
 * hears every instance (scripts and tests, which have none; a lost LISTEN connection) it remembers
 * nothing: every call loads.
 */
export function coherentMemo<V>(load: (key: string) => Promise<V>, { max = 1000, source = pageCache } = {}) {
  const kept = new Map<string, { generation: number; value: V }>();
  const current = () => {
    const cache = source();
    return cache?.coherent() ? cache.generation() : null;
  };
  return async (key: string): Promise<V> => {
    const generation = current();
    if (generation === null) return load(key);
    const hit = kept.get(key);
    if (hit?.generation === generation) return hit.value;
    const value = await load(key);
    // Not across an invalidation that happened while it was read.
    if (current() === generation) {
      kept.delete(key);
      if (kept.size >= max) kept.delete(kept.keys().next().value as string);
      kept.set(key, { generation, value });
    }
    return value;
  };
}
