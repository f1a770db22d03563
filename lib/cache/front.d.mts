// Types of front.mjs (plain JavaScript: scripts/server.mjs runs under node itself).
import type { IncomingMessage, ServerResponse } from "node:http";

export const FRONT_HEADER: string;
export const SHARED_HEADER: string;
export const AUDIENCE_HEADER: string;

export interface FrontCache {
  stats: { hits: number; stored: number };
  size(): { entries: number; bytes: number };
  keyOf(req: IncomingMessage): string | null;
  generation(): number | null;
  needsProof(key: string, req: IncomingMessage): boolean;
  serve(key: string, req: IncomingMessage, res: ServerResponse, proven?: boolean): boolean;
  store(
    key: string,
    generation: number | null,
    res: ServerResponse,
    html: Buffer,
    gzip: Buffer,
    shared: boolean | "members" | "copy",
    audience: unknown,
  ): void;
}

export function createFrontCache(options?: {
  maxBytes?: number;
  ttlMs?: number;
  now?: () => number;
  source?: () => { generation(): number; coherent(): boolean } | null;
}): FrontCache;
