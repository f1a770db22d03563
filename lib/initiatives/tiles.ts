// MAP_TILE_URL: an optional self-hosted vector tile source drawn over the bundled basemap for
// street-level detail (docs/decisions/008-map-without-third-parties.md). Either a PMTiles archive
// (`pmtiles://https://tiles.example.org/europe.pmtiles`) or an XYZ template
// (`https://tiles.example.org/europe/{z}/{x}/{y}.mvt`), in the Protomaps basemap schema. Read by
// the proxy (the map pages' CSP) and the map pages; pure, no "server-only".

export type TileSource = { kind: "pmtiles" | "xyz"; url: string; origin: string };

export function parseTileUrl(raw: string | undefined): TileSource | null {
  const value = raw?.trim();
  if (!value) return null;
  const pm = value.startsWith("pmtiles://");
  const http = pm ? value.slice("pmtiles://".length) : value;
  let url: URL;
  try {
    url = new URL(http.replaceAll("{z}", "0").replaceAll("{x}", "0").replaceAll("{y}", "0"));
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (!pm && !(http.includes("{z}") && http.includes("{x}") && http.includes("{y}"))) return null;
  return { kind: pm ? "pmtiles" : "xyz", url: value, origin: url.origin };
}

/** The configured source, or null (bundled basemap only). An invalid value is ignored with a warning at start. */
export function mapTileSource(): TileSource | null {
  return parseTileUrl(process.env.MAP_TILE_URL);
}

/** Pages that draw a map: the map itself and the forms with the pin. */
export function isMapPage(pathname: string): boolean {
  return /^\/[a-z]{2}\/map(?:\/suggest|\/i\/[^/]+\/edit)?\/?$/.test(pathname);
}
