// The allowlist for stored rich-text HTML: exactly what the extensions in extensions.ts render,
// minus presentation (no style, no classes but our own, no target). Runs when content is saved.
import sanitizeHtml from "sanitize-html";
import { normaliseCalloutTone } from "./callout";
import { isAllowedLinkHref, isUploadedFileSrc } from "./extensions";
import { isAttachmentId } from "./file-attachment";
import { isEntityId } from "./forum-nodes";

export const LINK_REL = "noopener noreferrer nofollow";

/** Heading ids are slugs: letters (any script), combining marks, digits, "-" and "_". */
export const HEADING_ID = /^[\p{L}\p{M}\p{N}_-]{1,120}$/u;

const SMALL_INTEGER = /^[0-9]{1,6}$/;
const CELL_SPAN = /^[1-9][0-9]{0,2}$/;

type Attribs = Record<string, string>;

function pick(attribs: Attribs, name: string, test: (value: string) => boolean): Attribs {
  const value = attribs[name];
  return typeof value === "string" && test(value) ? { [name]: value } : {};
}

function hasClass(attribs: Attribs, name: string): boolean {
  return (attribs.class ?? "").split(/\s+/).includes(name);
}

function heading(tagName: string, attribs: Attribs) {
  return { tagName, attribs: pick(attribs, "id", (id) => HEADING_ID.test(id)) };
}

function tableCell(tagName: string, attribs: Attribs) {
  return {
    tagName,
    attribs: { ...pick(attribs, "colspan", (v) => CELL_SPAN.test(v)), ...pick(attribs, "rowspan", (v) => CELL_SPAN.test(v)) },
  };
}

// allowedEmptyAttributes exists in sanitize-html 2.18 but not in @types/sanitize-html 2.16.
const OPTIONS: sanitizeHtml.IOptions & { allowedEmptyAttributes: string[] } = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "strong",
    "em",
    "s",
    "u",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "hr",
    "br",
    "a",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "aside",
    "span",
  ],
  allowedAttributes: {
    h2: ["id"],
    h3: ["id"],
    h4: ["id"],
    ol: ["start"],
    a: ["href", "rel", "download"],
    img: ["src", "alt", "title"],
    th: ["colspan", "rowspan"],
    td: ["colspan", "rowspan"],
    aside: [
      { name: "data-callout", multiple: false, values: ["note", "tip", "warning"] },
      "class",
      { name: "role", multiple: false, values: ["note"] },
    ],
    p: ["class", "data-attachment-id"],
    span: ["class", "data-user-id"],
    blockquote: ["data-quote"],
  },
  allowedClasses: {
    aside: ["callout", "callout-note", "callout-tip", "callout-warning"],
    p: ["file-attachment"],
    span: ["file-meta", "mention"],
  },
  allowedEmptyAttributes: ["alt", "download"],
  allowedSchemes: ["http", "https", "mailto"],
  // Images are our own uploads only: no scheme at all (and isUploadedFileSrc below).
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Dropped together with their content; any other disallowed tag is unwrapped, its text kept.
  nonTextTags: [
    "script",
    "style",
    "textarea",
    "option",
    "xmp",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "template",
    "noscript",
    "noembed",
    "noframes",
    "title",
    "head",
    "select",
  ],
  parseStyleAttributes: false,
  // Our own checks on each kept tag, on entity-decoded attribute values; the allowlists above
  // then apply on top.
  transformTags: {
    blockquote: (tagName, attribs) => ({ tagName, attribs: pick(attribs, "data-quote", isEntityId) }),
    a: (tagName, attribs) => {
      const href = attribs.href;
      if (!isAllowedLinkHref(href)) return { tagName, attribs: {} };
      const kept: Attribs = { href, rel: LINK_REL };
      if ("download" in attribs && href.startsWith("/api/files/")) kept.download = "";
      return { tagName, attribs: kept };
    },
    img: (tagName, attribs) => {
      if (!isUploadedFileSrc(attribs.src)) return { tagName, attribs: {} };
      return { tagName, attribs: { src: attribs.src, ...pick(attribs, "alt", () => true), ...pick(attribs, "title", () => true) } };
    },
    h2: heading,
    h3: heading,
    h4: heading,
    ol: (tagName, attribs) => ({ tagName, attribs: pick(attribs, "start", (v) => SMALL_INTEGER.test(v)) }),
    th: tableCell,
    td: tableCell,
    aside: (tagName, attribs) => {
      const tone = normaliseCalloutTone(attribs["data-callout"]);
      return { tagName, attribs: { "data-callout": tone, class: `callout callout-${tone}`, role: "note" } };
    },
    p: (tagName, attribs): sanitizeHtml.Tag => {
      const id = attribs["data-attachment-id"];
      return isAttachmentId(id) && hasClass(attribs, "file-attachment")
        ? { tagName, attribs: { class: "file-attachment", "data-attachment-id": id } }
        : { tagName, attribs: {} };
    },
    span: (tagName, attribs): sanitizeHtml.Tag => ({
      tagName,
      attribs: hasClass(attribs, "file-meta")
        ? { class: "file-meta" }
        : hasClass(attribs, "mention") && isEntityId(attribs["data-user-id"])
          ? { class: "mention", "data-user-id": attribs["data-user-id"] }
          : {},
    }),
  },
  exclusiveFilter: (frame) => {
    // An image that is not one of our uploads disappears; a link without an allowed target
    // becomes its text.
    if (frame.tag === "img" && !frame.attribs.src) return true;
    if (frame.tag === "a" && !frame.attribs.href) return "excludeTag";
    return false;
  },
};

/** Sanitise rich-text HTML with the strict allowlist above. Safe to call twice (idempotent). */
export function sanitizeRichHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
