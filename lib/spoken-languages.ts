import { languageName } from "@/lib/countries";

// The languages a case study's activity uses or a mapped initiative offers (ISO 639-1): the eight
// interface languages, the main languages of the people the libraries welcome, and Europe's other
// large ones. One list, so that a language offered on the map can also be named in a case study.
// Stored as codes (String[] columns); names come from Intl.DisplayNames in the reader's language.

export const SPOKEN_LANGUAGES = [
  "en",
  "fr",
  "it",
  "lv",
  "pl",
  "ro",
  "nl",
  "uk",
  "ru",
  "ar",
  "fa",
  "ps",
  "ku",
  "tr",
  "ti",
  "so",
  "am",
  "ur",
  "bn",
  "hi",
  "zh",
  "vi",
  "es",
  "pt",
  "de",
  "sq",
  "sr",
  "ka",
  "hy",
  "be",
  "lt",
  "et",
  "sw",
  "ha",
  "wo",
  "ln",
] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

export function isSpokenLanguage(value: string): value is SpokenLanguage {
  return (SPOKEN_LANGUAGES as readonly string[]).includes(value);
}

/** The languages as form options, sorted by name in the reader's language. */
export function spokenLanguageOptions(locale: string): { code: SpokenLanguage; name: string }[] {
  const collator = new Intl.Collator(locale);
  return SPOKEN_LANGUAGES.map((code) => ({ code, name: languageName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
}
