// Characters no form or keyboard produces, refused everywhere text comes in: NUL (PostgreSQL
// refuses it in text), other C0 controls but tab/newline/return, and UTF-16 halves without their
// partner (not encodable as UTF-8). Plain module: the zod schemas shared with forms use it too.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const BAD_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BAD_TEXT_ALL = new RegExp(BAD_TEXT.source, "g");

/** Whether the text holds none of those characters (a zod `refine`). */
export function isCleanText(text: string): boolean {
  return !BAD_TEXT.test(text);
}

/** The text without those characters: for forgiving readers of a URL (a page's search box). */
export function withoutBadText(text: string): string {
  return text.replace(BAD_TEXT_ALL, "");
}
