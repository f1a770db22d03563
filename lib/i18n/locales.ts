// Shared by server and client code.
export const locales = ["en", "fr", "it", "lv", "pl", "ro", "nl", "uk"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Each language's name in itself, for the language switcher. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  it: "Italiano",
  lv: "Latviešu",
  pl: "Polski",
  ro: "Română",
  nl: "Nederlands",
  uk: "Українська",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
