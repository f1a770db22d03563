import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { SharedBody } from "@/lib/cache/shared-body";
import { largestCities } from "@/lib/gazetteer";
import { EUROPE_BOUNDS } from "./geo";

// The bundled basemap: Natural Earth's 1:50m country shapes (world-atlas, public domain) for the
// countries that reach the map's bounds, converted from TopoJSON to GeoJSON once per process, plus
// labels of the larger places from the gazetteer. Served by GET /api/map/basemap, never a third party.

type Geometry = { type: string; coordinates: unknown };
type Feature = { type: "Feature"; id?: string | number; properties: Record<string, unknown>; geometry: Geometry };

const round = (n: number) => Math.round(n * 1000) / 1000;

function roundCoords(value: unknown): unknown {
  if (typeof value === "number") return round(value);
  return Array.isArray(value) ? value.map(roundCoords) : value;
}

function bbox(value: unknown, box = { w: 180, s: 90, e: -180, n: -90 }) {
  if (Array.isArray(value) && typeof value[0] === "number") {
    const [x, y] = value as [number, number];
    box.w = Math.min(box.w, x);
    box.e = Math.max(box.e, x);
    box.s = Math.min(box.s, y);
    box.n = Math.max(box.n, y);
  } else if (Array.isArray(value)) for (const v of value) bbox(v, box);
  return box;
}

async function loadCountries(): Promise<{ type: "FeatureCollection"; features: Feature[] }> {
  const file = path.join(process.cwd(), "node_modules", "world-atlas", "countries-50m.json");
  const topology = JSON.parse(await readFile(file, "utf8")) as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries) as unknown as { features: Feature[] };
  const { west, south, east, north } = EUROPE_BOUNDS;
  const features = all.features
    .filter((f) => {
      const b = bbox(f.geometry.coordinates);
      return b.e >= west && b.w <= east && b.n >= south && b.s <= north;
    })
    .map((f) => ({
      type: "Feature" as const,
      properties: {},
      geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) },
    }));
  return { type: "FeatureCollection", features };
}

const globalForBasemap = globalThis as unknown as {
  epanemaCountries?: Promise<string>;
  epanemaBasemaps?: Map<string, Promise<SharedBody>>;
};

/** The countries as GeoJSON text (the same for every language). */
export function countriesGeoJson(): Promise<string> {
  globalForBasemap.epanemaCountries ??= loadCountries()
    .then((c) => JSON.stringify(c))
    .catch((error) => {
      globalForBasemap.epanemaCountries = undefined;
      throw error;
    });
  return globalForBasemap.epanemaCountries;
}

export type CityLabel = { name: string; lat: number; lng: number; population: number };

/** Places of at least 100,000 people, named in the reader's language where known. */
export async function cityLabels(locale: string): Promise<CityLabel[]> {
  const cities = await largestCities(100_000, locale);
  return cities.map((c) => ({ name: c.name, lat: c.lat, lng: c.lng, population: c.population }));
}

/**
 * The answer of GET /api/map/basemap for a language, built once per process: the countries and
 * the city labels, as bytes gzipped once (lib/cache/shared-body.ts).
 */
export function basemapBody(locale: string): Promise<SharedBody> {
  globalForBasemap.epanemaBasemaps ??= new Map();
  const bodies = globalForBasemap.epanemaBasemaps;
  let body = bodies.get(locale);
  if (!body) {
    body = Promise.all([countriesGeoJson(), cityLabels(locale)]).then(
      ([countries, cities]) => new SharedBody(`{"countries":${countries},"cities":${JSON.stringify(cities)}}`),
    );
    bodies.set(locale, body);
    // A failed build is tried again by the next request.
    body.catch(() => bodies.delete(locale));
  }
  return body;
}
