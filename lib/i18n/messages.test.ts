import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { locales } from "./locales";

const dir = path.resolve(import.meta.dirname, "../../messages");
const load = (locale: string) => JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8"));

function flatten(obj: Record<string, unknown>, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(obj).flatMap(([k, v]) =>
      v && typeof v === "object" ? Object.entries(flatten(v as Record<string, unknown>, `${prefix}${k}.`)) : [[`${prefix}${k}`, String(v)]],
    ),
  );
}

const english = flatten(load("en"));

describe("message catalogues", () => {
  it("has one catalogue per locale and no other", () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(".json", ""));
    expect(files.sort()).toEqual([...locales].sort());
  });

  for (const locale of locales) {
    describe(locale, () => {
      const messages = flatten(load(locale));

      it("has exactly the keys of the English catalogue", () => {
        expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      });

      it("has no empty message and every message is valid ICU", () => {
        for (const [key, value] of Object.entries(messages)) {
          expect(value.trim(), key).not.toBe("");
          expect(() => new IntlMessageFormat(value, locale, undefined, { ignoreTag: false }), key).not.toThrow();
        }
      });

      it("keeps the placeholders of the English message", () => {
        const names = (s: string) => [...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
        for (const [key, value] of Object.entries(english)) {
          expect(names(messages[key] ?? ""), key).toEqual(names(value));
        }
      });

      it('names a filter\'s "any" choice apart from the values listed beside it', () => {
        // The map's filters: "For: Any, Everyone, Adults…", never "Tutti, Tutti, Adulti…".
        // Each filter has its own "any", which agrees with its label ("Країна: Будь-яка", "Тип: Будь-який").
        for (const [filter, values] of [
          ["anyType", "initiatives.types."],
          ["anyGroup", "initiatives.groups."],
        ] as const) {
          const any = messages[`initiatives.filters.${filter}`];
          expect(any, filter).toBeTruthy();
          const beside = Object.entries(messages).filter(([k]) => k.startsWith(values));
          expect(beside.filter(([, v]) => v === any).map(([k]) => k)).toEqual([]);
        }
      });

      if (locale === "fr") {
        it("keeps French double punctuation and guillemets with their word (no-break spaces)", () => {
          // "Résultats pour « cafe" / "»" once broke across two lines of a phone's heading.
          const loose = Object.entries(messages).filter(([, v]) => / [:;!?»]|« /.test(v));
          expect(loose.map(([k]) => k)).toEqual([]);
        });
      }

      if (locale !== "en") {
        it("is translated (not a copy of English)", () => {
          const same = Object.entries(messages).filter(([k, v]) => v === english[k] && v.length > 25);
          expect(same.map(([k]) => k)).toEqual([]);
        });
      }
    });
  }
});
