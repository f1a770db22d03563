import { readFile } from "node:fs/promises";
import path from "node:path";
import { mapTileSource } from "@/lib/initiatives/tiles";

// MapLibre's worker, served from this site so that the map needs no blob: or third-party script
// (docs/decisions/008-map-without-third-parties.md). The proxy skips this path (its matcher): this
// response carries its own CSP, which is the worker's policy — it may fetch only from this site
// (and the configured tile server), nothing else.

const globalForWorker = globalThis as unknown as { epanemaMapWorker?: Promise<string> };

function workerSource(): Promise<string> {
  globalForWorker.epanemaMapWorker ??= readFile(
    path.join(process.cwd(), "node_modules", "maplibre-gl", "dist", "maplibre-gl-worker.mjs"),
    "utf8",
  );
  return globalForWorker.epanemaMapWorker;
}

export async function GET(): Promise<Response> {
  const tiles = mapTileSource();
  return new Response(await workerSource(), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      // The URL carries MapLibre's version (components/initiatives/map-assets.ts): safe to keep.
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": `default-src 'none'; connect-src 'self'${tiles ? ` ${tiles.origin}` : ""}`,
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}
