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

export function countryName(code: string, locale: string, otherLabel = "Other"): string {
  if (code === "OTHER") return otherLabel;
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Partner countries first, then the rest alphabetically in the reader's language. */
export function countryOptions(locale: string, otherLabel: string) {
  const collator = new Intl.Collator(locale);
  const rest = COUNTRY_CODES.filter((c) => c !== "OTHER" && !(PARTNER_COUNTRIES as readonly string[]).includes(c))
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return [...PARTNER_COUNTRIES.map((code) => ({ code, name: countryName(code, locale) })), ...rest, { code: "OTHER", name: otherLabel }];
}
