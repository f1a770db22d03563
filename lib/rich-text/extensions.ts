// The one extension list for the browser editor and the server renderer: the server validates
// and renders with exactly the schema the editor edits. No DOM use and no "server-only" here.
import type { Extensions } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import { TableKit } from "@tiptap/extension-table";
import { Placeholder } from "@tiptap/extensions";
import StarterKit from "@tiptap/starter-kit";
import { Callout } from "./callout";
import { FileAttachment } from "./file-attachment";
import { ForumMention, QuoteSource } from "./forum-nodes";

export { Callout, CALLOUT_TONES, type CalloutTone, normaliseCalloutTone } from "./callout";
export { FileAttachment, type FileAttachmentAttrs, fileTypeLabel, fileUrl, formatFileSize, isAttachmentId } from "./file-attachment";

export const HEADING_LEVELS = [2, 3, 4] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

const LINK_REL = "noopener noreferrer nofollow";

/**
 * Link targets the platform accepts: http(s) and mailto URLs, or a path on this site ("/…", not
 * "//host"). No whitespace, control characters or backslashes ("/\host" is protocol-relative to
 * browsers). Used by the editor (Link's isAllowedUri), the server cleaner and the sanitiser.
 */
export function isAllowedLinkHref(href: unknown): href is string {
  if (typeof href !== "string" || href.length === 0 || href.length > 2048) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\s\u0000-\u001F\u007F-\u009F\\]/u.test(href)) return false;
  if (/^\/(?!\/)/.test(href)) return true;
  if (/^mailto:./i.test(href)) return true;
  if (/^https?:\/\/[^/?#]/i.test(href)) return URL.canParse(href);
  return false;
}

/** Images only come from our own uploads: the platform makes no third-party requests. */
export function isUploadedFileSrc(src: unknown): src is string {
  return (
    typeof src === "string" &&
    /^\/api\/files\/[A-Za-z0-9_-]{1,100}(?:\/[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99})?(?:\?[A-Za-z0-9=&_.-]{0,200})?$/.test(src)
  );
}

export type RichTextExtensionOptions = {
  /** Editor only: text shown in an empty document. Does not change the schema. */
  placeholder?: string;
  /** Editor only: the @mention node with its autocomplete (same schema as ForumMention). */
  mention?: Extensions[number];
};

export function createRichTextExtensions(options: RichTextExtensionOptions = {}): Extensions {
  const extensions: Extensions = [
    StarterKit.configure({
      // h1 is the page title.
      heading: { levels: [...HEADING_LEVELS] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        isAllowedUri: (url) => isAllowedLinkHref(url),
        // configure() merges deeply: the default target="_blank" must be switched off explicitly.
        HTMLAttributes: { rel: LINK_REL, target: null, class: null },
      },
      // Code blocks stay; their `language` attribute is emptied by the server (render.ts), since
      // StarterKit cannot drop the attribute from the schema.
      codeBlock: { defaultLanguage: null },
    }),
    Image.configure({ inline: false, allowBase64: false }),
    TableKit.configure({ table: { resizable: false } }),
    Callout,
    FileAttachment,
    options.mention ?? ForumMention,
    QuoteSource,
  ];
  if (options.placeholder) extensions.push(Placeholder.configure({ placeholder: options.placeholder }));
  return extensions;
}

/** The schema-defining list, shared by the server renderer and editors without a placeholder. */
export const richTextExtensions: Extensions = createRichTextExtensions();
