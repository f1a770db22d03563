import "server-only";
import { getSchema, getText, getTextSerializersFromSchema, type JSONContent } from "@tiptap/core";
import { generateHTML, generateJSON } from "@tiptap/html/server";
import { Node as ProseMirrorNode, type NodeType, type Schema } from "@tiptap/pm/model";
import { AppError } from "@/lib/errors";
import { DOCUMENT_TOO_LARGE, RICH_TEXT_MAX_BYTES } from "./limits";
import { normaliseCalloutTone } from "./callout";
import { type HeadingLevel, isAllowedLinkHref, isUploadedFileSrc, richTextExtensions } from "./extensions";
import { isAttachmentId, isMimeType } from "./file-attachment";
import { isEntityId } from "./forum-nodes";
import { sanitizeRichHtml } from "./sanitize";

export type RichTextHeading = { id: string; text: string; level: HeadingLevel };

export type RenderedRichText = {
  /** The cleaned document, as stored and as loaded back into the editor. */
  json: JSONContent;
  /** Sanitised HTML, served as is by pages. */
  html: string;
  /** h2–h4 with text, in document order, for a table of contents. */
  headings: RichTextHeading[];
  /** Plain text, blocks separated by newlines (search index, excerpts). */
  text: string;
  words: number;
  readingMinutes: number;
};

export { RICH_TEXT_MAX_BYTES };
export const RICH_TEXT_MAX_NODES = 20_000;
/** Far deeper than any real document; keeps the recursive walks away from the stack limit. */
const MAX_DEPTH = 100;
const WORDS_PER_MINUTE = 200;

let cachedSchema: Schema | null = null;
function schema(): Schema {
  cachedSchema ??= getSchema(richTextExtensions);
  return cachedSchema;
}

function invalid(): AppError {
  return new AppError("INVALID", { message: "errors.richTextInvalid" });
}

export function emptyDoc(): JSONContent {
  return { type: "doc", content: [{ type: "paragraph" }] };
}

/** For seeding content written as HTML; pass the result through renderRichText before storing. */
export function htmlToRichText(html: string): JSONContent {
  return generateJSON(html, richTextExtensions) as JSONContent;
}

/**
 * Validates a Tiptap document against the editor's schema, cleans it (links and images the
 * platform does not allow, attributes the renderer must not emit), renders and sanitises it.
 * Throws AppError("INVALID", "errors.richTextInvalid") for anything that is not a valid document.
 */
export function renderRichText(input: unknown): RenderedRichText {
  if (!isRecord(input)) throw invalid();
  let serialized: string;
  try {
    serialized = JSON.stringify(input);
  } catch {
    throw invalid(); // cycles, BigInt, stack overflow on absurd nesting
  }
  if (Buffer.byteLength(serialized, "utf8") > RICH_TEXT_MAX_BYTES) throw new AppError("TOO_LARGE", { message: DOCUMENT_TOO_LARGE.error });

  const s = schema();
  const counter = { nodes: 0 };
  const cleaned = cleanNode(input, s, counter, 0);
  if (!cleaned || cleaned.type !== s.topNodeType.name) throw invalid();

  let doc: ProseMirrorNode;
  try {
    doc = ProseMirrorNode.fromJSON(s, cleaned);
    doc.check();
  } catch {
    throw invalid();
  }
  const json = doc.toJSON() as JSONContent;

  const headings = collectHeadings(doc);
  // Sanitise before adding ids: the serializer leaves "<" unescaped inside attribute values,
  // sanitize-html escapes it, so afterwards every "<hN>" is a real heading tag.
  let html = sanitizeRichHtml(generateHTML(json, richTextExtensions));
  let index = 0;
  html = html.replace(/<h([234])>/g, (tag, level: string) => {
    const heading = headings.all[index++];
    return heading && String(heading.level) === level ? `<h${level} id="${heading.id}">` : tag;
  });
  if (index !== headings.all.length) throw new Error("renderRichText: rendered headings do not match the document");
  html = sanitizeRichHtml(html);

  // Nested blocks (list items, cells, callouts) put several separators in a row: one is enough.
  const text = getText(doc, { blockSeparator: "\n", textSerializers: getTextSerializersFromSchema(s) })
    .replace(/\n\s*\n/g, "\n")
    .trim();
  const words = text.split(/[\s\p{Z}]+/u).filter(Boolean).length;
  return {
    json,
    html,
    headings: headings.all.filter((heading) => heading.text !== ""),
    text,
    words,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}

// ─── cleaning ────────────────────────────────────────────────────────────────────────────────

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function attrsOf(node: Json): Json {
  return isRecord(node.attrs) ? node.attrs : {};
}

function intInRange(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

function optionalString(value: unknown, max: number): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.slice(0, max) : null;
}

/**
 * Rebuilds one node with only the attributes we render, checked. Returns null to drop the node
 * (an image that is not our upload, an attachment without a valid id). Unknown types and bad
 * shapes are left for Node.fromJSON/check to refuse.
 */
function cleanNode(node: unknown, s: Schema, counter: { nodes: number }, depth: number): Json | null {
  if (!isRecord(node) || typeof node.type !== "string" || depth > MAX_DEPTH) throw invalid();
  if (++counter.nodes > RICH_TEXT_MAX_NODES) throw invalid();
  const attrs = attrsOf(node);
  const out: Json = { type: node.type };

  switch (node.type) {
    case "text":
      if (typeof node.text !== "string") throw invalid();
      out.text = node.text;
      break;
    case "heading":
      out.attrs = { level: typeof attrs.level === "number" ? Math.min(4, Math.max(2, Math.trunc(attrs.level) || 2)) : 2 };
      break;
    case "orderedList":
      out.attrs = { start: intInRange(attrs.start, 0, 999_999, 1), type: null };
      break;
    case "codeBlock":
      out.attrs = { language: null };
      break;
    case "image":
      if (!isUploadedFileSrc(attrs.src)) return null;
      out.attrs = {
        src: attrs.src,
        alt: optionalString(attrs.alt, 500),
        title: optionalString(attrs.title, 500),
        width: null,
        height: null,
      };
      break;
    case "tableCell":
    case "tableHeader":
      out.attrs = {
        colspan: intInRange(attrs.colspan, 1, 999, 1),
        rowspan: intInRange(attrs.rowspan, 1, 999, 1),
        colwidth: null,
        align: null,
      };
      break;
    case "callout":
      out.attrs = { tone: normaliseCalloutTone(attrs.tone) };
      break;
    case "mention":
      // The name is looked up again by the forum before rendering (lib/forum/content.ts).
      if (!isEntityId(attrs.id)) return null;
      out.attrs = { id: attrs.id, label: optionalString(attrs.label, 120) ?? "", mentionSuggestionChar: "@" };
      break;
    case "blockquote":
      out.attrs = { postId: isEntityId(attrs.postId) ? attrs.postId : null };
      break;
    case "fileAttachment": {
      if (!isAttachmentId(attrs.id)) return null;
      out.attrs = {
        id: attrs.id,
        name: optionalString(attrs.name, 255)?.trim() ?? attrs.id,
        size: typeof attrs.size === "number" && Number.isFinite(attrs.size) && attrs.size >= 0 ? Math.round(attrs.size) : null,
        mimeType: isMimeType(attrs.mimeType) ? attrs.mimeType : null,
      };
      break;
    }
    default:
      // Nodes with no attributes of their own (doc, paragraph, lists, table, rows, rules, breaks…).
      break;
  }

  if (node.marks !== undefined) {
    if (!Array.isArray(node.marks)) throw invalid();
    const marks = node.marks.map(cleanMark).filter((mark): mark is Json => mark !== null);
    if (marks.length > 0) out.marks = marks;
  }

  if (node.content !== undefined) {
    if (!Array.isArray(node.content)) throw invalid();
    const content = node.content.map((child) => cleanNode(child, s, counter, depth + 1)).filter((child): child is Json => child !== null);
    if (content.length > 0) out.content = content;
  }
  // A header cell without text is not a header for assistive technology (axe:
  // empty-table-header): it is stored as an ordinary cell.
  if (out.type === "tableHeader" && !hasText(out)) out.type = "tableCell";
  // Dropping an image can empty a container that must hold a block (a callout with only that
  // image, the whole document): give it an empty paragraph, as the editor would.
  const type: NodeType | undefined = s.nodes[node.type];
  if (!out.content && type && !type.isTextblock && !type.isLeaf && !type.contentMatch.validEnd) {
    if (type.contentMatch.matchType(s.nodes.paragraph)?.validEnd) out.content = [{ type: "paragraph" }];
  }
  return out;
}

function hasText(node: Json): boolean {
  if (typeof node.text === "string" && node.text.trim() !== "") return true;
  return Array.isArray(node.content) && (node.content as Json[]).some(hasText);
}

function cleanMark(mark: unknown): Json | null {
  if (!isRecord(mark) || typeof mark.type !== "string") throw invalid();
  if (mark.type !== "link") return { type: mark.type };
  // Only href is ours to set: rel is fixed by the extension, target/class/title are not rendered.
  const href = typeof attrsOf(mark).href === "string" ? (attrsOf(mark).href as string).trim() : "";
  return isAllowedLinkHref(href) ? { type: "link", attrs: { href } } : null;
}

// ─── headings ────────────────────────────────────────────────────────────────────────────────

/**
 * "Sadarbība ar pašvaldību" → "sadarbība-ar-pašvaldību": letters of every script are kept (no
 * transliteration — browsers percent-encode them in the URL and match them back), lowercased,
 * punctuation dropped, whitespace and dashes collapsed into "-".
 */
export function slugifyHeading(text: string): string {
  const slug = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]+/gu, "")
    .replace(/[\s\p{Z}_-]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const short = Array.from(slug).slice(0, 80).join("").replace(/-+$/, "");
  return short || "section";
}

function collectHeadings(doc: ProseMirrorNode): { all: RichTextHeading[] } {
  const all: RichTextHeading[] = [];
  const taken = new Set<string>();
  doc.descendants((node) => {
    if (node.type.name !== "heading") return true;
    const text = node.textContent.replace(/\s+/g, " ").trim();
    const base = slugifyHeading(text);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    all.push({ id, text, level: node.attrs.level as HeadingLevel });
    return false;
  });
  return { all };
}
