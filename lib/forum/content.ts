import "server-only";
import type { JSONContent } from "@tiptap/core";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { renderRichText } from "@/lib/rich-text/render";

/** Longest post, in characters of plain text. */
export const POST_MAX_CHARS = 20_000;

export type PreparedPost = {
  json: JSONContent;
  html: string;
  text: string;
  mentionedIds: string[];
  quotedPostIds: string[];
  /** Distinct link targets (new accounts may post only a few). */
  links: number;
};

type Node = JSONContent;

function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  for (const child of node.content ?? []) walk(child, visit);
}

/**
 * Validates and sanitises a post (the knowledge hub's renderer), then checks what only the
 * database knows: a mention shows the person's current name, or becomes plain text when the
 * id is not a member; a quote keeps its link only to a post of the same topic.
 */
export async function preparePost(tx: Prisma.TransactionClient, input: unknown, opts: { topicId: string | null }): Promise<PreparedPost> {
  const first = renderRichText(input);
  const mentionIds = new Set<string>();
  const quoteIds = new Set<string>();
  // Mentions inside a quote are part of what was quoted (or its attribution): shown, but they
  // notify no one — the quoted author hears of the quote itself.
  const notifying = new Set<string>();
  const collect = (node: Node, inQuote: boolean) => {
    if (node.type === "mention" && typeof node.attrs?.id === "string") {
      mentionIds.add(node.attrs.id);
      if (!inQuote) notifying.add(node.attrs.id);
    }
    const quote = node.type === "blockquote" && typeof node.attrs?.postId === "string";
    if (quote) quoteIds.add(node.attrs?.postId as string);
    for (const child of node.content ?? []) collect(child, inQuote || quote);
  };
  collect(first.json, false);
  const users = mentionIds.size
    ? await tx.user.findMany({ where: { id: { in: [...mentionIds] }, emailVerifiedAt: { not: null } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  const quoted =
    quoteIds.size && opts.topicId
      ? await tx.forumPost.findMany({ where: { id: { in: [...quoteIds] }, topicId: opts.topicId }, select: { id: true, hiddenBy: true } })
      : [];
  const quotable = new Set(quoted.filter((q) => q.hiddenBy !== "AUTHOR").map((q) => q.id));
  // Erased by its author on leaving (lib/forum/erasure.ts): a draft quoting it from before may not post the words again.
  const erased = new Set(quoted.filter((q) => q.hiddenBy === "AUTHOR").map((q) => q.id));

  const fix = (node: Node): Node => {
    if (node.type === "mention") {
      const id = String(node.attrs?.id ?? "");
      const name = names.get(id);
      return name ? { ...node, attrs: { ...node.attrs, label: name } } : { type: "text", text: `@${node.attrs?.label ?? ""}` };
    }
    if (node.type === "blockquote" && erased.has(String(node.attrs?.postId ?? ""))) return { type: "paragraph" };
    const out: Node = { ...node };
    if (node.type === "blockquote" && node.attrs?.postId && !quotable.has(String(node.attrs.postId))) {
      out.attrs = { ...node.attrs, postId: null };
    }
    if (node.content) out.content = node.content.map(fix);
    return out;
  };
  const rendered = mentionIds.size || quoteIds.size ? renderRichText(fix(first.json)) : first;
  if (rendered.text.trim().length === 0) throw new AppError("INVALID", { fieldErrors: { content: ["validation.postEmpty"] } });
  if (rendered.text.length > POST_MAX_CHARS) {
    throw new AppError("INVALID", { fieldErrors: { content: ["validation.postTooLong"] }, values: { max: POST_MAX_CHARS } });
  }
  const hrefs = new Set<string>();
  walk(rendered.json, (n) => {
    for (const mark of n.marks ?? []) if (mark.type === "link" && typeof mark.attrs?.href === "string") hrefs.add(mark.attrs.href);
  });
  return {
    json: rendered.json,
    html: rendered.html,
    text: rendered.text,
    mentionedIds: [...notifying].filter((id) => names.has(id)),
    quotedPostIds: [...quoteIds].filter((id) => quotable.has(id)),
    links: hrefs.size,
  };
}

/** A short plain-text excerpt (notifications, queue, digest). */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
