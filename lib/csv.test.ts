import { describe, expect, it } from "vitest";
import { toCsvLine } from "./csv";

describe("toCsvLine", () => {
  it("quotes cells with commas, quotes and line breaks", () => {
    expect(toCsvLine(["a", "b,c", 'say "hi"', "two\nlines"])).toBe('a,"b,c","say ""hi""","two\nlines"\r\n');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(toCsvLine(['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)"])).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1)\r\n`);
  });

  it("writes empty cells for null and undefined", () => {
    expect(toCsvLine([null, undefined, 0])).toBe(",,0\r\n");
  });
});
