import type { ActionResult } from "@/lib/errors";

// Shared by the server (lib/rich-text/render.ts) and the editors, which check before sending:
// a document over the limit is refused in words instead of failing in transport.

/** Largest document, as UTF-8 bytes of its editor JSON. next.config.ts allows action bodies above it. */
export const RICH_TEXT_MAX_BYTES = 1024 * 1024;

/** Size of a document as the server measures it. */
export function richTextBytes(doc: unknown): number {
  return new TextEncoder().encode(JSON.stringify(doc)).length;
}

/** The refusal both sides give for a document over the limit. */
export const DOCUMENT_TOO_LARGE: Extract<ActionResult<never>, { ok: false }> = {
  ok: false,
  code: "TOO_LARGE",
  error: "errors.documentTooLarge",
};
