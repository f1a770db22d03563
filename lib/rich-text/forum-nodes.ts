// Forum additions to the rich-text schema: @mentions (a user id and the name shown) and quotes
// (a blockquote that remembers which post it quotes). The server resolves mention names from
// the database and checks quoted posts (lib/forum/content.ts); nothing here is trusted.
import { Extension } from "@tiptap/core";
import Mention from "@tiptap/extension-mention";

/** Ids we generate (cuid) or seed: short, URL-safe. */
export const isEntityId = (value: unknown): value is string => typeof value === "string" && /^[A-Za-z0-9_-]{1,40}$/.test(value);

export const ForumMention = Mention.configure({
  renderText: ({ node }) => `@${node.attrs.label ?? node.attrs.id}`,
  renderHTML: ({ node }) => ["span", { class: "mention", "data-user-id": node.attrs.id }, `@${node.attrs.label ?? ""}`],
  deleteTriggerWithBackspace: true,
});

/** `blockquote` gains `postId`, rendered as data-quote="<post id>". */
export const QuoteSource = Extension.create({
  name: "quoteSource",
  addGlobalAttributes() {
    return [
      {
        types: ["blockquote"],
        attributes: {
          postId: {
            default: null,
            parseHTML: (element) => {
              const value = element.getAttribute("data-quote");
              return isEntityId(value) ? value : null;
            },
            renderHTML: (attributes) => (isEntityId(attributes.postId) ? { "data-quote": attributes.postId } : {}),
          },
        },
      },
    ];
  },
});
