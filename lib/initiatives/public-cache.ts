import "server-only";
import { SharedBody } from "@/lib/cache/shared-body";

// The public GeoJSON (open data and visitors' map data) is the same for every visitor with the
// same filters: one build per filter set (as bytes, gzipped once: lib/cache/shared-body.ts) is
// shared by the requests that arrive meanwhile and kept for a few seconds. A write in this instance empties it at once; other instances see the
// change within TTL_MS.

const TTL_MS = 10_000;
const MAX_ENTRIES = 64;

type Entry = { at: number; version: number; body: Promise<SharedBody> };
const globalForCache = globalThis as unknown as { epanemaInitiativesCache?: { version: number; entries: Map<string, Entry> } };
globalForCache.epanemaInitiativesCache ??= { version: 0, entries: new Map() };
const cache = globalForCache.epanemaInitiativesCache;

/** Called by the service after every committed write. */
export function invalidatePublicInitiatives(): void {
  cache.version++;
  cache.entries.clear();
}

export function cachedPublic(key: string, build: () => Promise<string>): Promise<SharedBody> {
  const now = Date.now();
  const hit = cache.entries.get(key);
  if (hit && hit.version === cache.version && now - hit.at < TTL_MS) return hit.body;
  const body = build().then((text) => new SharedBody(text));
  const entry: Entry = { at: now, version: cache.version, body };
  cache.entries.set(key, entry);
  // A failed build is not kept.
  body.catch(() => {
    if (cache.entries.get(key) === entry) cache.entries.delete(key);
  });
  if (cache.entries.size > MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value as string);
  return body;
}
