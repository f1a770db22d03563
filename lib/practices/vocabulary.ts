// The fixed, translated vocabularies of case studies: themes, target groups and the languages an
// activity uses. The values are stable identifiers (URLs, the open data, the search index); their
// labels live in the message catalogues under practices.themes / practices.targetGroups, and
// language names come from Intl.DisplayNames in the reader's language.

import { displayNames } from "@/lib/countries";

export const THEMES = [
  "language-learning",
  "digital-inclusion",
  "employment",
  "culture-leisure",
  "children-families",
  "health-information",
  "legal-administrative-help",
  "welcome-orientation",
] as const;
export type Theme = (typeof THEMES)[number];

export const TARGET_GROUPS = [
  "refugees",
  "asylum-seekers",
  "migrant-workers",
  "children",
  "young-people",
  "women",
  "families",
  "older-people",
  "host-community",
  "library-staff",
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** ISO 639-1 codes: the partnership's languages, then the main languages of people libraries welcome. */
export const PRACTICE_LANGUAGES = [
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
  "ka",
  "hy",
  "be",
  "sw",
  "ha",
  "wo",
  "ln",
] as const;
export type PracticeLanguage = (typeof PRACTICE_LANGUAGES)[number];

export function isTheme(value: string): value is Theme {
  return (THEMES as readonly string[]).includes(value);
}
export function isTargetGroup(value: string): value is TargetGroup {
  return (TARGET_GROUPS as readonly string[]).includes(value);
}
export function isPracticeLanguage(value: string): value is PracticeLanguage {
  return (PRACTICE_LANGUAGES as readonly string[]).includes(value);
}

/** A language's name in the reader's language ("ar" → "arabe" in French). */
export function languageName(code: string, locale: string): string {
  try {
    return displayNames(locale, "language")?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The languages sorted by their name in the reader's language. */
export function languageOptions(locale: string) {
  const collator = new Intl.Collator(locale);
  return PRACTICE_LANGUAGES.map((code) => ({ code, name: languageName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
}
