import { describe, expect, it } from "vitest";
import { htmlToText, textDiff } from "./diff";

describe("revision diff", () => {
  it("turns stored HTML into readable text", () => {
    expect(htmlToText('<h2 id="a">Title</h2><p>One &amp; two</p><ul><li><p>x</p></li></ul>')).toBe("Title\nOne & two\nx");
  });

  it("marks added and removed words", () => {
    const parts = textDiff("Welcome every newcomer", "Welcome each newcomer warmly");
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual(["every"]);
    expect(
      parts
        .filter((p) => p.kind === "added")
        .map((p) => p.text.trim())
        .join(" "),
    ).toContain("each");
    expect(
      parts
        .filter((p) => p.kind === "added")
        .map((p) => p.text)
        .join(""),
    ).toContain("warmly");
  });

  it("keeps markup in the text as text, never as HTML", () => {
    const parts = textDiff("", htmlToText("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
    expect(parts[0]).toEqual({ kind: "added", text: "<script>alert(1)</script>" });
  });
});
