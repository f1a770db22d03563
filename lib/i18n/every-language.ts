import "server-only";
import { locales } from "./locales";

// A message in all eight languages at once, for text that must match whatever language a person
// types in: a search document carries its type's name in every language, so "мовне кафе" finds
// the language cafés whatever language they were described in.

type Catalogue = Record<string, unknown>;

let catalogues: Promise<Catalogue[]> | undefined;

function loadCatalogues(): Promise<Catalogue[]> {
  catalogues ??= Promise.all(locales.map(async (locale) => (await import(`../../messages/${locale}.json`)).default as Catalogue));
  return catalogues;
}

function at(catalogue: Catalogue, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Catalogue)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** The distinct translations of `key` ("initiatives.types.LANGUAGE_CAFE"), English first. */
export async function inEveryLanguage(key: string): Promise<string[]> {
  const found = (await loadCatalogues()).map((c) => at(c, key)).filter((v): v is string => Boolean(v));
  return [...new Set(found)];
}
