import "server-only";
import { getTranslations } from "next-intl/server";

/** The translated names of a case study's vocabularies, for server components. */
export async function practiceLabels(locale: string) {
  const [t, tc] = await Promise.all([
    getTranslations({ locale, namespace: "practices" }),
    getTranslations({ locale, namespace: "common" }),
  ]);
  const has = (key: string) => t.has(key as never);
  // One formatter per page (a list names dozens of countries and languages).
  const regions = new Intl.DisplayNames([locale], { type: "region" });
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  const region = (code: string) => (code === "OTHER" ? tc("otherCountry") : (regions.of(code) ?? code));
  const language = (code: string) => {
    try {
      return languages.of(code) ?? code;
    } catch {
      return code;
    }
  };
  return {
    theme: (v: string) => (has(`themes.${v}`) ? t(`themes.${v}` as never) : v),
    group: (v: string) => (has(`targetGroups.${v}`) ? t(`targetGroups.${v}` as never) : v),
    language,
    country: (code: string) => {
      try {
        return region(code);
      } catch {
        return code;
      }
    },
    /** "Library, City, Country", skipping a part that an earlier one already names ("Biblioteca civica, Torino", "Torino"). */
    place: (parts: (string | null | undefined)[]) => {
      const out: string[] = [];
      for (const part of parts) {
        const p = part?.trim();
        if (p && !out.some((o) => o.toLocaleLowerCase(locale).includes(p.toLocaleLowerCase(locale)))) out.push(p);
      }
      return out.join(", ");
    },
  };
}

export type PracticeLabels = Awaited<ReturnType<typeof practiceLabels>>;

/**
 * "March 2023 – ongoing" in the reader's language. The month stays in its standalone form (as a
 * date format gives it): "since {month}" would need another grammatical case in Ukrainian, Polish
 * or Latvian ("з квітня", not "з квітень").
 */
export function formatPeriod(start: Date | null, end: Date | null, locale: string, words: { ongoing: string }): string | null {
  if (!start) return null;
  const month = (d: Date) => new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(d);
  return `${month(start)} – ${end ? month(end) : words.ongoing}`;
}
