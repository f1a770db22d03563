import { describe, expect, it } from "vitest";
import { highlightToHtml, parseSearchQuery } from "./query";

// The parts of search that need no Meilisearch (the pipeline is in search.db.test.ts).
describe("search snippets", () => {
  it("escapes the text and turns only our markers into <mark>", () => {
    expect(highlightToHtml("a <b>\uE000word\uE001</b> & \uE000x")).toBe("a &lt;b&gt;<mark>word</mark>&lt;/b&gt; &amp; x");
  });

  it("keeps list items and paragraphs apart with a middle dot, not a bare space", () => {
    expect(highlightToHtml("…easy French\nTablets with \uE000apps\uE001\n\nBoard games…")).toBe(
      "…easy French · Tablets with <mark>apps</mark> · Board games…",
    );
    expect(highlightToHtml("\nOpening line\n")).toBe("Opening line");
  });

  it("parses repeated filters and refuses unknown sections", () => {
    const ok = parseSearchQuery(new URLSearchParams("q=%20desk%20&type=knowledge_page&section=GUIDES&section=TOOLS&lang=fr&lang="));
    expect(ok.success && ok.data).toMatchObject({ q: "desk", type: ["knowledge_page"], section: ["GUIDES", "TOOLS"], lang: ["fr"] });
    expect(parseSearchQuery({ section: "SECRET" }).success).toBe(false);
    expect(parseSearchQuery({ limit: "5000" }).success).toBe(false);
  });

  it("refuses words holding characters no keyboard types (a NUL would reach PostgreSQL in the fallback)", () => {
    for (const q of ["desk%00", "%01desk", "de%0Bsk"]) {
      const parsed = parseSearchQuery(new URLSearchParams(`q=${q}`));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => i.message)).toEqual(["validation.invalidCharacters"]);
    }
    expect(parseSearchQuery({ q: "a\uD800b" }).success).toBe(false);
    expect(parseSearchQuery({ q: "tab\tand newline\n, 😀" }).success).toBe(true);
  });
});
