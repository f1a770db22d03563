import { mergeAttributes, Node } from "@tiptap/core";

export const CALLOUT_TONES = ["note", "tip", "warning"] as const;
export type CalloutTone = (typeof CALLOUT_TONES)[number];

/** Anything that is not a known tone becomes "note": the tone ends up in a class and an attribute. */
export function normaliseCalloutTone(value: unknown): CalloutTone {
  return typeof value === "string" && (CALLOUT_TONES as readonly string[]).includes(value) ? (value as CalloutTone) : "note";
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    callout: {
      /** Wrap the selected blocks in a callout. */
      setCallout: (attributes?: { tone?: CalloutTone }) => ReturnType;
      /** Wrap the selection in a callout, or lift it out of one. */
      toggleCallout: (attributes?: { tone?: CalloutTone }) => ReturnType;
      /** Lift the selection out of its callout. */
      unsetCallout: () => ReturnType;
    };
  }
}

/** A highlighted box (note, tip or warning) holding ordinary blocks. */
export const Callout = Node.create({
  name: "callout",
  group: "block",
  content: "block+",
  defining: true,

  addAttributes() {
    return {
      tone: {
        default: "note",
        parseHTML: (element) => normaliseCalloutTone(element.getAttribute("data-callout")),
        // Rendered by renderHTML below, from the normalised value only.
        rendered: false,
      },
    };
  },

  parseHTML() {
    return [{ tag: "aside[data-callout]" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const tone = normaliseCalloutTone(node.attrs.tone);
    return ["aside", mergeAttributes(HTMLAttributes, { "data-callout": tone, class: `callout callout-${tone}`, role: "note" }), 0];
  },

  addCommands() {
    return {
      setCallout:
        (attributes) =>
        ({ commands }) =>
          commands.wrapIn(this.name, { tone: normaliseCalloutTone(attributes?.tone) }),
      toggleCallout:
        (attributes) =>
        ({ commands }) =>
          commands.toggleWrap(this.name, { tone: normaliseCalloutTone(attributes?.tone) }),
      unsetCallout:
        () =>
        ({ commands }) =>
          commands.lift(this.name),
    };
  },
});
