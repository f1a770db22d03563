import { describe, expect, it } from "vitest";
import { blockDiff, htmlToText, textDiff, topLevelBlocks } from "./diff";

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

describe("block diff", () => {
  const table =
    "<table><tbody><tr><th><p>Day</p></th><th><p>Room</p></th></tr><tr><td><p>Monday</p></td><td><p>B2</p></td></tr></tbody></table>";
  const image = '<img src="/api/files/cabc123" alt="Reading corner">';

  it("splits stored HTML into its top-level blocks, images and tables whole", () => {
    expect(topLevelBlocks(`<h2 id="a">Title</h2><p>One <strong>two</strong></p>${image}${table}<ul><li><p>x</p></li></ul>`)).toEqual([
      '<h2 id="a">Title</h2>',
      "<p>One <strong>two</strong></p>",
      image,
      table,
      "<ul><li><p>x</p></li></ul>",
    ]);
  });

  it("shows an added table and an added image as blocks, not as nothing", () => {
    const before = "<p>Opening hours</p>";
    const after = `<p>Opening hours</p>${table}${image}`;
    expect(blockDiff(before, after)).toEqual([
      { kind: "same", html: "<p>Opening hours</p>" },
      { kind: "added", html: table },
      { kind: "added", html: image },
    ]);
  });

  it("shows a removed image, and a paragraph edited in place by its words", () => {
    const blocks = blockDiff(`<p>Welcome every newcomer</p>${image}`, "<p>Welcome each newcomer</p>");
    expect(blocks[0]).toMatchObject({ kind: "changed", tag: "p" });
    const parts = blocks[0]?.kind === "changed" ? blocks[0].parts : [];
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual(["every"]);
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(["each"]);
    expect(blocks[1]).toEqual({ kind: "removed", html: image });
  });

  it("replaces a changed table whole (old, then new) rather than flattening it", () => {
    const changed = table.replace("B2", "C4");
    expect(blockDiff(table, changed)).toEqual([
      { kind: "removed", html: table },
      { kind: "added", html: changed },
    ]);
  });
});
