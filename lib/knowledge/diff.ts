import { diffArrays, diffWords } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

/** Readable text of stored HTML: blocks become line breaks, tags go, entities are decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(\/p|\/h[1-6]|\/li|br|\/tr|\/blockquote|\/aside)[^>]*>/gi, "\n")
    .replace(/<\/t[dh]>/gi, " | ")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITIES[m] ?? m)
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n")
    .trim();
}

/** Word-level differences between two versions, as plain-text parts (rendered escaped by React). */
export function textDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

// ─── block diff (what the history page shows) ─────────────────────────────────────────────────

/** One top-level block of the compared versions. `html` is stored (sanitised) rich-text HTML. */
export type DiffBlock =
  | { kind: "same" | "added" | "removed"; html: string }
  /** A text block edited in place: its words, marked. `tag` is the block's element (p, h2, ul, …). */
  | { kind: "changed"; tag: string; parts: DiffPart[] };

const VOID = new Set(["img", "br", "hr", "col", "wbr", "input", "source"]);
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g;

/** Splits stored HTML into its top-level elements (paragraphs, headings, lists, tables, images, …). */
export function topLevelBlocks(html: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (const match of html.matchAll(TAG)) {
    const [tag, name, selfClosing] = match;
    const index = match.index ?? 0;
    if (depth === 0 && index > start) {
      const loose = html.slice(start, index).trim();
      if (loose) blocks.push(`<p>${loose}</p>`); // text outside any element (not produced by the editor)
    }
    if (depth === 0 && !tag.startsWith("</")) start = index;
    const closing = tag.startsWith("</");
    const isVoid = VOID.has(name.toLowerCase()) || selfClosing === "/";
    if (closing) depth = Math.max(0, depth - 1);
    else if (!isVoid) depth += 1;
    if (depth === 0) {
      blocks.push(html.slice(start, index + tag.length));
      start = index + tag.length;
    }
  }
  const rest = html.slice(start).trim();
  if (rest) blocks.push(`<p>${rest}</p>`);
  return blocks;
}

/** Blocks whose words can be compared in place: no image, table or file inside. */
function isTextBlock(html: string): string | null {
  const name = /^<([a-z0-9]+)/i.exec(html)?.[1]?.toLowerCase() ?? "";
  if (!["p", "h2", "h3", "h4", "blockquote", "ul", "ol", "pre", "aside"].includes(name)) return null;
  return /<(img|table)\b|file-attachment/i.test(html) ? null : name;
}

/**
 * What changed between two versions, block by block: unchanged blocks as they are, blocks only
 * in one version whole (tables and images included, as the reader sees them), and a text block
 * edited in place with its added and removed words.
 */
export function blockDiff(beforeHtml: string, afterHtml: string): DiffBlock[] {
  const changes = diffArrays(topLevelBlocks(beforeHtml), topLevelBlocks(afterHtml));
  const out: DiffBlock[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (!change.added && !change.removed) {
      for (const html of change.value) out.push({ kind: "same", html });
      continue;
    }
    // A removed run followed by an added run is an edit: pair the blocks one to one.
    const next = changes[i + 1];
    const removed = change.removed ? change.value : [];
    const added = change.removed && next?.added ? next.value : change.added ? change.value : [];
    if (change.removed && next?.added) i++;
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) {
      const before = removed[k];
      const after = added[k];
      const tag = isTextBlock(after);
      if (tag && isTextBlock(before) === tag) {
        out.push({ kind: "changed", tag, parts: textDiff(htmlToText(before), htmlToText(after)) });
      } else {
        out.push({ kind: "removed", html: before }, { kind: "added", html: after });
      }
    }
    for (const html of removed.slice(paired)) out.push({ kind: "removed", html });
    for (const html of added.slice(paired)) out.push({ kind: "added", html });
  }
  return out;
}
