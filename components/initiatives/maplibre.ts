import type { StyleSpecification } from "maplibre-gl";
import type { TileSource } from "@/lib/initiatives/tiles";

// Loading MapLibre (only on the pages that draw a map: a dynamic import, so no other page's
// JavaScript grows) and the style of the bundled basemap. No request leaves the site unless the
// operator set MAP_TILE_URL: the worker comes from /api/map/worker.mjs, the countries and city
// names from /api/map/basemap, and the style needs no glyphs or sprites (labels are HTML).

export type Maplibre = typeof import("maplibre-gl");

let loading: Promise<Maplibre> | null = null;

export function loadMaplibre(): Promise<Maplibre> {
  loading ??= import("maplibre-gl").then(async (mod) => {
    const maplibregl = ((mod as unknown as { default?: Maplibre }).default ?? mod) as Maplibre;
    maplibregl.setWorkerUrl(`/api/map/worker.mjs?v=${maplibregl.getVersion()}`);
    return maplibregl;
  });
  return loading;
}

/** Registers the PMTiles protocol when the tile source is an archive (the library loads only then). */
export async function enableTiles(maplibregl: Maplibre, tiles: TileSource | null): Promise<void> {
  if (tiles?.kind !== "pmtiles") return;
  const { Protocol } = await import("pmtiles");
  const protocol = new Protocol();
  maplibregl.addProtocol("pmtiles", protocol.tile);
}

export type Basemap = {
  countries: GeoJSON.FeatureCollection;
  cities: { name: string; lat: number; lng: number; population: number }[];
};

const SEA = "#dbeaf0";
const LAND = "#f7f5f0";
const BORDER = "#9aa5ab";

/** The basemap style: sea, land, borders — and, when configured, water, roads and buildings from the operator's tiles. */
export function baseStyle(basemap: Basemap, tiles: TileSource | null): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: { countries: { type: "geojson", data: basemap.countries } },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": SEA } },
      { id: "land", type: "fill", source: "countries", paint: { "fill-color": LAND } },
    ],
  };
  if (tiles) {
    // The Protomaps basemap schema (layers earth, water, roads, buildings).
    style.sources.detail =
      tiles.kind === "pmtiles" ? { type: "vector", url: tiles.url, attribution: "" } : { type: "vector", tiles: [tiles.url], maxzoom: 15 };
    style.layers.push(
      { id: "detail-water", type: "fill", source: "detail", "source-layer": "water", minzoom: 8, paint: { "fill-color": SEA } },
      {
        id: "detail-buildings",
        type: "fill",
        source: "detail",
        "source-layer": "buildings",
        minzoom: 14,
        paint: { "fill-color": "#e4e0d8" },
      },
      {
        id: "detail-roads",
        type: "line",
        source: "detail",
        "source-layer": "roads",
        minzoom: 9,
        paint: { "line-color": "#ffffff", "line-width": ["interpolate", ["exponential", 1.6], ["zoom"], 9, 0.5, 16, 8] },
      },
    );
  }
  style.layers.push({ id: "borders", type: "line", source: "countries", paint: { "line-color": BORDER, "line-width": 0.8 } });
  return style;
}

/** The smallest place labelled at each zoom (the basemap holds places of 100,000+). */
export function minPopulationAt(zoom: number): number {
  if (zoom < 4) return 2_000_000;
  if (zoom < 5) return 900_000;
  if (zoom < 6) return 400_000;
  if (zoom < 7) return 200_000;
  return 100_000;
}

/** MapLibre's own control labels, translated. */
export function maplibreLocale(t: (key: string) => string): Record<string, string> {
  return {
    "Map.Title": t("mapTitle"),
    "NavigationControl.ZoomIn": t("zoomIn"),
    "NavigationControl.ZoomOut": t("zoomOut"),
    "NavigationControl.ResetBearing": t("resetNorth"),
    "AttributionControl.ToggleAttribution": t("attribution"),
  };
}

export const ATTRIBUTION = "Natural Earth · GeoNames (CC BY 4.0) · MapLibre";

export const EUROPE_VIEW = { center: [14, 52] as [number, number], zoom: 3.2 };
