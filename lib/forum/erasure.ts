import "server-only";
import type { JSONContent } from "@tiptap/core";
import { createTranslator } from "use-intl/core";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLocale } from "@/lib/i18n/locales";
import { htmlToRichText, renderRichText } from "@/lib/rich-text/render";
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

/** The document with every quote of an erased post reduced to a note that it was removed. */
export function withoutQuotesOf(node: JSONContent, postIds: Set<string>, note: string): JSONContent {
  if (node.type === "blockquote" && postIds.has(String(node.attrs?.postId ?? ""))) {
    return { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: note }] }] };
  }
  return node.content ? { ...node, content: node.content.map((child) => withoutQuotesOf(child, postIds, note)) } : node;
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
    // Topics where no one else wrote go whole; the category's counters follow.
    const started = await tx.forumTopic.findMany({
      where: { authorId: userId, posts: { every: { authorId: userId } } },
      select: { id: true, categoryId: true, postCount: true, posts: { select: { id: true } } },
    });
    for (const topic of started) {
      for (const post of topic.posts) reindex.add(post.id);
      await tx.forumTopic.delete({ where: { id: topic.id }, select: { id: true } });
      await tx.$executeRaw`
        UPDATE "ForumCategory" SET "topicCount" = "topicCount" - 1, "postCount" = "postCount" - ${topic.postCount},
          "lastPostAt" = (SELECT MAX("lastPostAt") FROM "ForumTopic" WHERE "categoryId" = ${topic.categoryId})
        WHERE id = ${topic.categoryId}`;
      topicIds.add(topic.id);
    }
    deletedTopics = started.length;

    // Everywhere else, the text goes and the place stays.
    const own = await tx.forumPost.findMany({ where: { authorId: userId }, select: { id: true, topicId: true } });
    const ownIds = own.map((p) => p.id);
    if (ownIds.length > 0) {
      await tx.forumPost.updateMany({
        where: { id: { in: ownIds }, authorId: userId },
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
      for (const post of own) {
        reindex.add(post.id);
        topicIds.add(post.topicId);
      }
      // Their words quoted by others go too (a quote keeps its post's id only within its topic).
      const erased = new Set(ownIds);
      const quoting = await tx.forumPost.findMany({
        where: {
          // Their own posts are empty by now: only others' posts can still quote them.
          topicId: { in: [...new Set(own.map((p) => p.topicId))] },
          contentHtml: { contains: "data-quote=" },
        },
        select: { id: true, locale: true, contentJson: true, revisions: { select: { id: true, contentHtml: true } } },
      });
      const quotesErased = (html: string) => [...erased].some((id) => html.includes(`data-quote="${id}"`));
      for (const post of quoting) {
        const note = await removedNote(post.locale);
        const json = post.contentJson as JSONContent;
        const rendered = renderRichText(withoutQuotesOf(json, erased, note));
        if (rendered.html !== renderRichText(json).html) {
          await tx.forumPost.update({
            where: { id: post.id },
            data: { contentJson: rendered.json as Prisma.InputJsonValue, contentHtml: rendered.html, text: rendered.text },
            select: { id: true },
          });
          reindex.add(post.id);
        }
        for (const revision of post.revisions.filter((r) => quotesErased(r.contentHtml))) {
          const earlier = renderRichText(withoutQuotesOf(htmlToRichText(revision.contentHtml), erased, note));
          await tx.forumPostRevision.update({
            where: { id: revision.id },
            data: { contentHtml: earlier.html, text: earlier.text },
            select: { id: true },
          });
        }
      }
    }
  }

  await enqueueSearchUpdates(tx, FORUM_SEARCH_TYPE, [...reindex]);
  return { topicIds: [...topicIds], deletedTopics };
}
