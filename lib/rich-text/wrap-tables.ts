// Wide tables in rendered rich text scroll inside their own box instead of widening the page on a
// phone (WCAG 1.4.10 lets data tables keep two dimensions; the page around them must still
// reflow). The box is a named, focusable region so that keyboard users can scroll it too.
// Works on the sanitised HTML the renderer stores (lib/rich-text/render.ts): there, "<table" and
// "</table>" only ever appear as tags, since text is escaped.

const escapeAttribute = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** Wraps every table in `<div class="table-scroll" role="region" tabindex="0" aria-label=…>`. */
export function wrapTables(html: string, label: string): string {
  if (!html.includes("<table")) return html;
  const open = `<div class="table-scroll scroll-cue" role="region" tabindex="0" aria-label="${escapeAttribute(label)}">`;
  return html.replace(/<table\b/g, `${open}<table`).replace(/<\/table>/g, "</table></div>");
}
