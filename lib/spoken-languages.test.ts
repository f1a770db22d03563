import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { isSpokenLanguage, SPOKEN_LANGUAGES, spokenLanguageOptions } from "./spoken-languages";

describe("the languages of case studies and initiatives", () => {
  it("lists each code once", () => {
    expect(new Set(SPOKEN_LANGUAGES).size).toBe(SPOKEN_LANGUAGES.length);
  });

  it("names every language in every interface language, never as a bare code", () => {
    for (const locale of locales) {
      const options = spokenLanguageOptions(locale);
      expect(options.map((o) => o.code).sort()).toEqual([...SPOKEN_LANGUAGES].sort());
      for (const option of options) expect(option.name.toLowerCase(), `${option.code} in ${locale}`).not.toBe(option.code);
    }
  });

  it("sorts the options by name in the reader's language", () => {
    const names = spokenLanguageOptions("fr").map((o) => o.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("fr").compare));
    expect(names).toContain("ukrainien");
  });

  it("refuses what is not on the list", () => {
    expect(isSpokenLanguage("uk")).toBe(true);
    expect(isSpokenLanguage("xx")).toBe(false);
  });
});
