import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { registerSearchSource } from "@/lib/search/registry";
import type { SearchDocument, SearchSource } from "@/lib/search/types";
import { FORUM_SEARCH_TYPE } from "./search-type";

// One document per visible post, grouped by topic (search shows a topic once); the opening post
// carries the topic's tags, every post its title. Hidden
// posts have no document, and posts in members-only categories are marked "members", which the
// search query only returns to people who are logged in.

const visibleWhere = { hiddenAt: null } satisfies Prisma.ForumPostWhereInput;

const select = {
  id: true,
  number: true,
  locale: true,
  text: true,
  createdAt: true,
  editedAt: true,
  topic: { select: { id: true, title: true, tags: true, category: { select: { visibility: true, country: true } } } },
} as const;

type Row = Prisma.ForumPostGetPayload<{ select: typeof select }>;

function toDocument(post: Row): SearchDocument {
  const { topic } = post;
  return {
    id: `${FORUM_SEARCH_TYPE}-${post.id}`,
    entity: `${FORUM_SEARCH_TYPE}:${post.id}`,
    // A topic is one result, shown through its best-matching post (not once per post).
    group: `forum_topic:${topic.id}`,
    type: FORUM_SEARCH_TYPE,
    locale: post.locale,
    title: topic.title,
    summary: post.number === 1 ? topic.tags.map((t) => `#${t}`).join(" ") : "",
    text: post.text,
    url: `/forum/p/${post.id}`,
    ...(topic.category.country ? { country: topic.category.country } : {}),
    themes: topic.tags,
    visibility: topic.category.visibility === "MEMBERS" ? "members" : "public",
    updatedAt: (post.editedAt ?? post.createdAt).getTime(),
  };
}

export const forumSearchSource: SearchSource = {
  type: FORUM_SEARCH_TYPE,
  estimate: () => db.forumPost.count({ where: visibleWhere }),
  async documentsFor(entityIds) {
    const posts = await db.forumPost.findMany({ where: { id: { in: entityIds }, ...visibleWhere }, select });
    const out = new Map<string, SearchDocument[]>(entityIds.map((id) => [id, []]));
    for (const post of posts) out.set(post.id, [toDocument(post)]);
    return out;
  },
  async *all() {
    let cursor: string | undefined;
    for (;;) {
      const posts = await db.forumPost.findMany({
        where: visibleWhere,
        select,
        orderBy: { id: "asc" },
        take: 500,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      });
      if (posts.length === 0) return;
      yield posts.map(toDocument);
      cursor = posts[posts.length - 1].id;
    }
  },
};

registerSearchSource(forumSearchSource);
