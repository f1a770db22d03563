import type { JSONContent } from "@tiptap/react";

/** An empty forum post, as editor JSON (apart from post-editor.tsx, which loads the editor). */
export const EMPTY_DOC: JSONContent = { type: "doc", content: [{ type: "paragraph" }] };
