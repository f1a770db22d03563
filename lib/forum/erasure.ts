import "server-only";
import type { JSONContent } from "@tiptap/core";
import { createTranslator } from "use-intl/core";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLocale } from "@/lib/i18n/locales";
import { renderRichText } from "@/lib/rich-text/render";
import { enqueueSearchUpdates } from "@/lib/search/outbox";
import { FORUM_SEARCH_TYPE } from "./search-type";

// What the forum forgets of a member who deletes their account (PRODUCT.md, Accounts: "posts kept
// as 'deleted user' or removed, by choice stated in the UI"). Run inside the deletion's
// transaction, before the user row goes (which sets the author of what is kept to null).
//
// - Their name leaves every post that @mentioned them (a mention stores the name shown, for
//   speed): it becomes the plain text "@Former member" in the post's language, without their id,
//   in the post, its earlier versions and, through the outbox, the search index.
// - "keep": their posts stay, signed "Former member" by the pages (the author is null).
// - "remove": the text of each post is erased, and the post keeps its place in the thread as a
//   placeholder (numbers stay gapless, replies and quotes keep their context); a topic where no one
//   else wrote is deleted with its posts. The title of a topic others replied to stays, so that
//   their replies keep their subject. Quotes of their posts in others' posts become a note that
//   the post was removed.

export type PostsOnLeaving = "keep" | "remove";

export type ForumErasure = { topicIds: string[]; deletedTopics: number };

const EMPTY_DOC = { type: "doc", content: [] } satisfies JSONContent;

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeHtml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** A forum message in each language, loaded once per erasure ("Former member", "removed"). */
function forumMessages(key: "formerMember" | "topic.removedByAuthor") {
  const cache = new Map<string, Promise<string>>();
  return (locale: string) => {
    const lang = isLocale(locale) ? locale : "en";
    let label = cache.get(lang);
    if (!label) {
      label = import(`../../messages/${lang}.json`).then((m) =>
        createTranslator({ locale: lang, messages: m.default, namespace: "forum" })(key),
      );
      cache.set(lang, label);
    }
    return label;
  };
}

const textOf = (node: JSONContent): string => (node.type === "text" ? (node.text ?? "") : (node.content ?? []).map(textOf).join(""));

/**
 * What is left of others' quotes once a member's posts are erased. A quote of an erased post
 * (`postId`) becomes a note that it was removed. The Quote button copies a post's plain text, so
 * a quote of a quote carries the erased words as lines under another post's id: inside any quote,
 * a paragraph that repeats a line of an erased post (or introduces it, "@Name:") becomes the note.
 */
export function withoutQuotesOf(node: JSONContent, erased: { postIds: Set<string>; lines: Set<string> }, note: string): JSONContent {
  const noteParagraph = { type: "paragraph", content: [{ type: "text", text: note }] };
  const inQuote = (child: JSONContent): JSONContent => {
    if (child.type === "paragraph" && repeatsErased(textOf(child), erased.lines)) return noteParagraph;
    return walk(child, true);
  };
  const walk = (n: JSONContent, quoted: boolean): JSONContent => {
    if (n.type === "blockquote" && erased.postIds.has(String(n.attrs?.postId ?? ""))) {
      return { type: "blockquote", content: [noteParagraph] };
    }
    if (!n.content) return n;
    const children = n.content.map((child) => (quoted || n.type === "blockquote" ? inQuote(child) : walk(child, false)));
    // One note for a run of erased lines.
    const merged = children.filter((child, i) => !(child === noteParagraph && children[i - 1] === noteParagraph));
    return { ...n, content: merged };
  };
  return walk(node, false);
}

const ERASED_LINE_MIN = 8;

/** Whether a line holds one of the erased lines (a quote's line may start "@Name: "). */
function repeatsErased(line: string, lines: Set<string>): boolean {
  const trimmed = line.trim();
  if (lines.has(trimmed)) return true;
  for (const erased of lines) if (erased.length >= ERASED_LINE_MIN && trimmed.includes(erased)) return true;
  return false;
}

/** The lines of erased posts worth looking for in quotes (short ones, "Thanks", are everyone's). */
export function erasedLines(texts: string[], name: string): Set<string> {
  const lines = new Set<string>([`@${name}:`]);
  for (const text of texts) {
    for (const line of text.split(/\n+/)) if (line.trim().length >= ERASED_LINE_MIN) lines.add(line.trim());
  }
  return lines;
}

/** The end of the element whose start tag begins at `start` (quotes may hold quotes). */
function blockquoteEnd(html: string, start: number): number {
  const tag = /<(\/?)blockquote\b[^>]*>/g;
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/** `html` with each outermost <blockquote>…</blockquote> passed through `fn`. */
function mapQuotes(html: string, fn: (quote: string) => string): string {
  let out = "";
  let from = 0;
  for (let start = html.indexOf("<blockquote", from); start >= 0; start = html.indexOf("<blockquote", from)) {
    const end = blockquoteEnd(html, start);
    out += html.slice(from, start) + fn(html.slice(start, end));
    from = end;
  }
  return out + html.slice(from);
}

/** The same for an earlier version, kept as HTML and text only: the quote's whole element goes. */
export function revisionWithoutQuotesOf(
  revision: { contentHtml: string; text: string },
  erased: { postIds: Set<string>; lines: Set<string> },
  note: string,
) {
  let html = revision.contentHtml;
  for (const id of erased.postIds) {
    for (;;) {
      const start = html.indexOf(`<blockquote data-quote="${id}">`);
      if (start < 0) break;
      const end = blockquoteEnd(html, start);
      html = `${html.slice(0, start)}<blockquote><p>${escapeHtml(note)}</p></blockquote>${html.slice(end)}`;
    }
  }
  // Inside quotes only: a paragraph repeating an erased line becomes the note.
  html = mapQuotes(html, (quote) =>
    quote.replace(/<p>((?:(?!<\/?p>).)*)<\/p>/g, (paragraph, inner: string) =>
      repeatsErased(unescapeHtml(inner.replace(/<[^>]*>/g, "")), erased.lines) ? `<p>${escapeHtml(note)}</p>` : paragraph,
    ),
  );
  const text = revision.text
    .split("\n")
    .map((line) => (repeatsErased(line, erased.lines) ? note : line))
    .join("\n");
  return { contentHtml: html, text };
}

/** The document with every mention of `userId` turned into plain text. */
export function withoutMentionOf(node: JSONContent, userId: string, label: string): JSONContent {
  if (node.type === "mention" && node.attrs?.id === userId) {
    return { type: "text", text: `@${label}`, ...(node.marks ? { marks: node.marks } : {}) };
  }
  return node.content ? { ...node, content: node.content.map((child) => withoutMentionOf(child, userId, label)) } : node;
}

/** An earlier version (HTML and text only): each mention span of `userId` and the name it showed. */
export function revisionWithoutMentionOf(revision: { contentHtml: string; text: string }, userId: string, label: string) {
  const span = new RegExp(`<span class="mention" data-user-id="${userId}">([^<]*)</span>`, "g");
  const shown = new Set<string>();
  const contentHtml = revision.contentHtml.replace(span, (_match, inner: string) => {
    shown.add(unescapeHtml(inner));
    return escapeHtml(`@${label}`);
  });
  let text = revision.text;
  for (const name of shown) if (name.length > 1) text = text.split(name).join(`@${label}`);
  return { contentHtml, text };
}

export async function forgetForumMember(tx: Prisma.TransactionClient, userId: string, posts: PostsOnLeaving): Promise<ForumErasure> {
  const label = forumMessages("formerMember");
  const removedNote = forumMessages("topic.removedByAuthor");
  const topicIds = new Set<string>();
  const reindex = new Set<string>();
  // Ids are cuids: safe inside a LIKE pattern and a regular expression.
  if (!/^[A-Za-z0-9_-]+$/.test(userId)) throw new Error(`Unexpected user id ${userId}`);
  const marker = `data-user-id="${userId}"`;

  const mentioning = await tx.forumPost.findMany({
    where: { contentHtml: { contains: marker } },
    select: { id: true, topicId: true, locale: true, contentJson: true },
  });
  for (const post of mentioning) {
    const rendered = renderRichText(withoutMentionOf(post.contentJson as JSONContent, userId, await label(post.locale)));
    await tx.forumPost.update({
      where: { id: post.id },
      data: { contentJson: rendered.json as Prisma.InputJsonValue, contentHtml: rendered.html, text: rendered.text },
      select: { id: true },
    });
    topicIds.add(post.topicId);
    reindex.add(post.id);
  }
  const revisions = await tx.forumPostRevision.findMany({
    where: { contentHtml: { contains: marker } },
    select: { id: true, contentHtml: true, text: true, post: { select: { locale: true } } },
  });
  for (const revision of revisions) {
    await tx.forumPostRevision.update({
      where: { id: revision.id },
      data: revisionWithoutMentionOf(revision, userId, await label(revision.post.locale)),
      select: { id: true },
    });
  }

  let deletedTopics = 0;
  if (posts === "remove") {
    const me = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
    // Their topics, locked: a reply (which takes the same lock) cannot slip into one that is
    // about to be deleted as theirs alone.
    await tx.$queryRaw`SELECT id FROM "ForumTopic" WHERE "authorId" = ${userId} ORDER BY id FOR UPDATE`;
    // Topics where no one else wrote (a former member's kept post counts as someone else) go
    // whole; the categories' counters follow.
    const someoneElse = { OR: [{ authorId: null }, { authorId: { not: userId } }] } satisfies Prisma.ForumPostWhereInput;
    const alone = await tx.forumTopic.findMany({
      where: { authorId: userId, posts: { none: someoneElse } },
      select: { id: true, categoryId: true, postCount: true, posts: { select: { id: true } } },
    });
    if (alone.length > 0) {
      for (const topic of alone) {
        for (const post of topic.posts) reindex.add(post.id);
        topicIds.add(topic.id);
      }
      await tx.forumTopic.deleteMany({ where: { id: { in: alone.map((t) => t.id) }, authorId: userId, posts: { none: someoneElse } } });
      const byCategory = new Map<string, { topics: number; posts: number }>();
      for (const topic of alone) {
        const c = byCategory.get(topic.categoryId) ?? { topics: 0, posts: 0 };
        byCategory.set(topic.categoryId, { topics: c.topics + 1, posts: c.posts + topic.postCount });
      }
      for (const [categoryId, gone] of byCategory) {
        await tx.$executeRaw`
          UPDATE "ForumCategory" SET "topicCount" = "topicCount" - ${gone.topics}, "postCount" = "postCount" - ${gone.posts},
            "lastPostAt" = (SELECT MAX("lastPostAt") FROM "ForumTopic" WHERE "categoryId" = ${categoryId})
          WHERE id = ${categoryId}`;
      }
    }
    deletedTopics = alone.length;

    // Everywhere else, the text goes and the place stays.
    const own = await tx.forumPost.findMany({ where: { authorId: userId }, select: { id: true, topicId: true, text: true } });
    const ownIds = own.map((p) => p.id);
    if (ownIds.length > 0) {
      await tx.forumPost.updateMany({
        where: { authorId: userId },
        data: {
          contentJson: EMPTY_DOC,
          contentHtml: "",
          text: "",
          hiddenAt: new Date(),
          hiddenBy: "AUTHOR",
          hiddenReason: null,
          hiddenById: null,
        },
      });
      await tx.forumPostRevision.deleteMany({ where: { postId: { in: ownIds } } });
      await tx.forumFlag.deleteMany({ where: { postId: { in: ownIds } } });
      await tx.forumReaction.deleteMany({ where: { postId: { in: ownIds } } });
      // An erased answer no longer solves its topic.
      await tx.forumTopic.updateMany({ where: { solvedPostId: { in: ownIds } }, data: { solvedPostId: null } });
      for (const post of own) {
        reindex.add(post.id);
        topicIds.add(post.topicId);
      }
      // Their words quoted by others go too. A quote keeps its post's id only within its topic,
      // and the Quote button copies text, so only the posts of these topics can hold them.
      const erased = {
        postIds: new Set(ownIds),
        lines: erasedLines(
          own.map((p) => p.text),
          me.name,
        ),
      };
      const ownTopics = [...new Set(own.map((p) => p.topicId))];
      const quoting = await tx.forumPost.findMany({
        where: { topicId: { in: ownTopics }, contentHtml: { contains: "<blockquote" } },
        select: { id: true, locale: true, contentJson: true, contentHtml: true },
      });
      for (const post of quoting) {
        const before = post.contentJson as JSONContent;
        const after = withoutQuotesOf(before, erased, await removedNote(post.locale));
        if (JSON.stringify(after) === JSON.stringify(before)) continue;
        const rendered = renderRichText(after);
        await tx.forumPost.update({
          where: { id: post.id },
          data: { contentJson: rendered.json as Prisma.InputJsonValue, contentHtml: rendered.html, text: rendered.text },
          select: { id: true },
        });
        reindex.add(post.id);
      }
      // Earlier versions too, including those whose current version no longer quotes.
      const quotingBefore = await tx.forumPostRevision.findMany({
        where: { post: { topicId: { in: ownTopics } }, contentHtml: { contains: "<blockquote" } },
        select: { id: true, contentHtml: true, text: true, post: { select: { locale: true } } },
      });
      for (const revision of quotingBefore) {
        const after = revisionWithoutQuotesOf(revision, erased, await removedNote(revision.post.locale));
        if (after.contentHtml === revision.contentHtml && after.text === revision.text) continue;
        await tx.forumPostRevision.update({ where: { id: revision.id }, data: after, select: { id: true } });
      }
    }
  } else {
    // Kept posts now show "Former member": their threads' cached copies must say so too.
    const own = await tx.forumPost.findMany({ where: { authorId: userId }, distinct: ["topicId"], select: { topicId: true } });
    for (const post of own) topicIds.add(post.topicId);
  }

  await enqueueSearchUpdates(tx, FORUM_SEARCH_TYPE, [...reindex]);
  return { topicIds: [...topicIds], deletedTopics };
}
