import type { Prisma } from "@/lib/generated/prisma/client";

// Short translated texts (module titles, quiz prompts, choices, feedback) are stored as
// { "en": "…", "lv": "…" } next to their row; long ones (course text, lessons) have translation rows.

export type LocalisedText = Record<string, string>;

export function asLocalised(value: Prisma.JsonValue | null | undefined): LocalisedText {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const out: LocalisedText = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === "string") out[k] = v;
  return out;
}

/** The text in `locale`, else in the course's source language, with the language actually shown. */
export function pickText(
  value: Prisma.JsonValue | null | undefined,
  locale: string,
  sourceLocale: string,
): { text: string; locale: string } {
  const texts = asLocalised(value);
  if (texts[locale]) return { text: texts[locale], locale };
  if (texts[sourceLocale]) return { text: texts[sourceLocale], locale: sourceLocale };
  const [first] = Object.entries(texts);
  return first ? { text: first[1], locale: first[0] } : { text: "", locale: sourceLocale };
}

export function withText(value: Prisma.JsonValue | null | undefined, locale: string, text: string): LocalisedText {
  return { ...asLocalised(value), [locale]: text };
}
