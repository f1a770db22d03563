import { readFile } from "node:fs/promises";
import path from "node:path";
import { SharedBody, sharedBodyResponse } from "@/lib/cache/shared-body";
import { mapTileSource } from "@/lib/initiatives/tiles";

// MapLibre's worker, served from this site so that the map needs no blob: or third-party script
// (docs/decisions/008-map-without-third-parties.md). The proxy skips this path (its matcher): this
// response carries its own CSP, which is the worker's policy — it may fetch only from this site
// (and the configured tile server), nothing else.

const globalForWorker = globalThis as unknown as { epanemaMapWorker?: Promise<SharedBody> };

/** The worker's source, read once per process and gzipped once (lib/cache/shared-body.ts). */
function workerSource(): Promise<SharedBody> {
  globalForWorker.epanemaMapWorker ??= readFile(
    path.join(process.cwd(), "node_modules", "maplibre-gl", "dist", "maplibre-gl-worker.mjs"),
    "utf8",
  ).then((source) => new SharedBody(source));
  return globalForWorker.epanemaMapWorker;
}

export async function GET(request: Request): Promise<Response> {
  const tiles = mapTileSource();
  return sharedBodyResponse(request, await workerSource(), {
    "Content-Type": "text/javascript; charset=utf-8",
    // The URL carries MapLibre's version (components/initiatives/map-assets.ts): safe to keep.
    "Cache-Control": "public, max-age=31536000, immutable",
    "Content-Security-Policy": `default-src 'none'; connect-src 'self'${tiles ? ` ${tiles.origin}` : ""}`,
    "Cross-Origin-Resource-Policy": "same-origin",
  });
}
