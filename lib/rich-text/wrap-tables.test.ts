import { describe, expect, it } from "vitest";
import { wrapTables } from "./wrap-tables";

describe("wide tables in rich text", () => {
  it("puts every table in a named region that scrolls, and leaves other HTML as it is", () => {
    const html =
      '<p>Before</p><table><tbody><tr><td><p>A</p></td></tr></tbody></table><p>Between</p><table style="min-width: 50px"><tbody><tr><td><p>B</p></td></tr></tbody></table>';
    const wrapped = wrapTables(html, "Table");
    expect(wrapped).toBe(
      '<p>Before</p><div class="table-scroll scroll-cue" role="region" tabindex="0" aria-label="Table"><table><tbody><tr><td><p>A</p></td></tr></tbody></table></div>' +
        '<p>Between</p><div class="table-scroll scroll-cue" role="region" tabindex="0" aria-label="Table"><table style="min-width: 50px"><tbody><tr><td><p>B</p></td></tr></tbody></table></div>',
    );
  });

  it("returns HTML without tables unchanged, escaped text that looks like a tag included", () => {
    const html = "<p>&lt;table&gt; is a tag; <code>&lt;/table&gt;</code> too</p>";
    expect(wrapTables(html, "Table")).toBe(html);
  });

  it("escapes the label", () => {
    expect(wrapTables("<table></table>", 'Tabela "1" <x>')).toContain('aria-label="Tabela &quot;1&quot; &lt;x&gt;"');
  });
});
