// Countries a member can be from: the EU/EEA, candidate and neighbouring countries, and
// the main countries of origin of people the libraries welcome. Names come from
// Intl.DisplayNames in the reader's language, so there is nothing to translate here.
export const PARTNER_COUNTRIES = ["FR", "IT", "LV", "PL", "RO", "NL"] as const;

export const COUNTRY_CODES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
  "IS",
  "LI",
  "NO",
  "CH",
  "GB",
  "UA",
  "MD",
  "AL",
  "BA",
  "ME",
  "MK",
  "RS",
  "TR",
  "GE",
  "AM",
  "AZ",
  "BY",
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
] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

// One Intl.DisplayNames per language and kind, and one option list per language and label:
// building them is what costs (≈ 0.15 ms each; one per country was 10 ms of every account page).
const displayNamesCache = new Map<string, Intl.DisplayNames | null>();

/** Intl.DisplayNames for `locale`, made once (null for a language the runtime does not know). */
export function displayNames(locale: string, type: "region" | "language"): Intl.DisplayNames | null {
  const key = `${type}:${locale}`;
  let names = displayNamesCache.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type });
    } catch {
      names = null;
    }
    if (displayNamesCache.size < 64) displayNamesCache.set(key, names);
  }
  return names;
}

const regionNames = (locale: string) => displayNames(locale, "region");

/**
 * A language's name in the reader's language, as it reads inside a sentence ("traduite en
 * anglais", "in het Engels"); `localeNames` (lib/i18n/locales.ts) are each language's own name,
 * for the language switcher.
 */
export function languageName(code: string, locale: string): string {
  try {
    return displayNames(locale, "language")?.of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryName(code: string, locale: string, otherLabel = "Other"): string {
  if (code === "OTHER") return otherLabel;
  try {
    return regionNames(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

type CountryOption = { code: string; name: string };
const optionLists = new Map<string, readonly CountryOption[]>();

/** Partner countries first, then the rest alphabetically in the reader's language. */
export function countryOptions(locale: string, otherLabel: string): CountryOption[] {
  const key = `${locale}\u0000${otherLabel}`;
  let options = optionLists.get(key);
  if (!options) {
    const collator = new Intl.Collator(locale);
    const rest = COUNTRY_CODES.filter((c) => c !== "OTHER" && !(PARTNER_COUNTRIES as readonly string[]).includes(c))
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    options = [
      ...PARTNER_COUNTRIES.map((code) => ({ code, name: countryName(code, locale) })),
      ...rest,
      { code: "OTHER", name: otherLabel },
    ];
    // Bounded: 8 languages, a label or two each; a stray locale value cannot grow it much.
    if (optionLists.size < 64) optionLists.set(key, options);
  }
  return options.map((o) => ({ ...o }));
}
