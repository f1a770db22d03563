// Types of handler.mjs (plain JavaScript: Next.js imports it unbundled at run time).

type Queryable = { query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };
type Context = { kind?: string; tags?: string[]; softTags?: string[]; fetchCache?: boolean; cacheControl?: unknown } & Record<
  string,
  unknown
>;
type Entry = { lastModified: number; value: Record<string, unknown>; cacheControl?: unknown };

export const CHANNEL: string;
export const EVERY_PAGE_TAG: string;

export function recordInvalidation(client: Queryable, tags: string[], origin?: string): Promise<Map<string, number>>;

export interface PageCache {
  instanceId: string;
  stats: { hits: number; misses: number; expired: number; applied: number };
  ready(): Promise<void>;
  get(key: string, ctx?: Context): Entry | null;
  set(key: string, value: Record<string, unknown> | null, ctx?: Context): void;
  revalidate(tags: string | string[]): Promise<void>;
  size(): { entries: number; bytes: number };
  generation(): number;
  coherent(): boolean;
  close(): Promise<void>;
}

export function createPageCache(options?: {
  databaseUrl?: string | null;
  maxBytes?: number;
  pollMs?: number;
  listen?: boolean;
  log?: (line: string) => void;
}): PageCache;

export default class PageCacheHandler {
  constructor(ctx?: { maxMemoryCacheSize?: number });
  get(key: string, ctx?: Context): Promise<Entry | null>;
  set(key: string, data: Record<string, unknown> | null, ctx?: Context): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
