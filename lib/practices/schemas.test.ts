import { describe, expect, it } from "vitest";
import { userFilterSchema } from "@/lib/admin/schemas";
import { catalogueQuerySchema } from "@/lib/courses/schemas";
import { lenientPracticeFilter, parsePracticeFilter } from "./schemas";

// The case-study list's filter from a URL: the words go to PostgreSQL when the search engine is
// down, so characters no keyboard types never get through (found by a review: a NUL gave a 500).
describe("the case-study filter's words", () => {
  it("are refused by the strict parser (the open data API answers 400 naming q)", () => {
    // A page's searchParams can hold a lone surrogate (URLSearchParams would replace it).
    for (const q of ["caf\u0000é", "\u0001", "a\uDC00"]) {
      const parsed = parsePracticeFilter({ q });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["q", "validation.invalidCharacters"]]);
    }
    expect(parsePracticeFilter(new URLSearchParams({ q: "café 😀" })).success).toBe(true);
  });

  it("are cleaned by the page's forgiving parser, which keeps the rest of the filter", () => {
    expect(lenientPracticeFilter(new URLSearchParams({ q: " lang\u0000uage café\u0007 ", theme: "language-learning" }))).toMatchObject({
      q: "language café",
      theme: ["language-learning"],
    });
    expect(lenientPracticeFilter({ q: "\u0000" }).q).toBe("");
  });

  it("the course catalogue and the members list drop them too (their words go to PostgreSQL)", () => {
    expect(catalogueQuerySchema.parse({ q: "quiz\u0000" }).q).toBe("");
    expect(catalogueQuerySchema.parse({ q: "quiz" }).q).toBe("quiz");
    expect(userFilterSchema.parse({ q: "anna\u0000" }).q).toBeUndefined();
    expect(userFilterSchema.parse({ q: "anna" }).q).toBe("anna");
  });
});
