// The initiatives map's fixed vocabularies, shared by server and client code. Labels live in the
// catalogues (initiatives.types.*, initiatives.groups.*); language names come from
// Intl.DisplayNames in the reader's language.
import { languageName } from "@/lib/countries";

export const INITIATIVE_TYPES = [
  "LANGUAGE_CAFE",
  "HOMEWORK_CLUB",
  "LEGAL_HELP",
  "DIGITAL_SKILLS",
  "JOB_CLUB",
  "WELCOME_TOUR",
  "LIBRARY_CARD_DRIVE",
  "LANGUAGE_COURSE",
  "READING_GROUP",
  "HEALTH_INFORMATION",
  "OTHER",
] as const;
export type InitiativeTypeValue = (typeof INITIATIVE_TYPES)[number];

export const TARGET_GROUPS = [
  "EVERYONE",
  "ADULTS",
  "CHILDREN",
  "YOUTH",
  "FAMILIES",
  "WOMEN",
  "SENIORS",
  "ASYLUM_SEEKERS",
  "JOB_SEEKERS",
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/**
 * Languages an initiative can offer (ISO 639-1): the eight interface languages, the languages of
 * the main countries of origin of the people the libraries welcome, and Europe's other large ones.
 */
export const INITIATIVE_LANGUAGES = [
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
  "be",
  "lt",
  "et",
] as const;
export type InitiativeLanguage = (typeof INITIATIVE_LANGUAGES)[number];

/** Language options sorted by name in the reader's language. */
export function languageOptions(locale: string) {
  const collator = new Intl.Collator(locale);
  return INITIATIVE_LANGUAGES.map((code) => ({ code, name: languageName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
}

/** Initiatives not verified for this long are "overdue" (flagged to their organisation and coordinators). */
export const VERIFY_EVERY_MONTHS = 12;

export function overdueBefore(now = new Date()): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - VERIFY_EVERY_MONTHS);
  return d;
}

export function isOverdue(lastVerifiedAt: Date | string, now = new Date()): boolean {
  return new Date(lastVerifiedAt) < overdueBefore(now);
}
