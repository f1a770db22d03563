/**
 * One RFC 4180 line. Cells that a spreadsheet would run as a formula (=, +, -, @, tab,
 * carriage return) are prefixed with an apostrophe (OWASP "CSV injection").
 */
export function toCsvLine(cells: (string | number | null | undefined)[]): string {
  return `${cells
    .map((cell) => {
      let s = cell == null ? "" : String(cell);
      if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(",")}\r\n`;
}
