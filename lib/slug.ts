// Web addresses made from titles and names, in any of the platform's languages (shared by server
// and client code).

// Ukrainian (the 2010 national romanisation, as passports use it, without its word-initial forms)
// and the Russian letters it lacks: a Ukrainian title gets a readable address, not "practice-…".
const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "h",
  ґ: "g",
  д: "d",
  е: "e",
  є: "ie",
  ж: "zh",
  з: "z",
  и: "y",
  і: "i",
  ї: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ь: "",
  ю: "iu",
  я: "ia",
  ё: "io",
  ы: "y",
  э: "e",
  ъ: "",
  "'": "",
  "’": "",
  ʼ: "",
};

/**
 * "Café des langues — Rīga" → "cafe-des-langues-riga", "Мовне кафе" → "movne-kafe": letters with
 * marks lose them, Cyrillic is romanised, anything else outside a–z and 0–9 becomes a dash; at most
 * `max` characters, never ending in a dash. May be empty (a title of other scripts only).
 */
export function toSlug(text: string, max: number): string {
  return text
    .toLowerCase()
    .replace(/[\u0400-\u04ff'’ʼ]/g, (c) => CYRILLIC[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[ł]/g, "l")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
}
