import type { test } from "./fixtures";

// Forum data for the specs, written as the forum stores it: Playwright cannot load the
// server-only renderer that prisma/factories.ts uses, so posts are plain paragraphs.

type Db = Parameters<Parameters<typeof test>[2]>[0]["db"];

export const paragraph = (text: string) => ({
  contentJson: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
  contentHtml: `<p>${text}</p>`,
  text,
});

/** A topic with its posts, as the forum stores them; `index` queues the posts for search. */
export async function createTopic(
  db: Db,
  opts: { title: string; authorId: string; posts: { by: string; text: string; locale?: string }[]; locked?: boolean; index?: boolean },
) {
  const category = await db.forumCategory.findUniqueOrThrow({ where: { slug: "welcoming-newcomers" }, select: { id: true } });
  const start = Date.now() - opts.posts.length * 60_000;
  const topic = await db.forumTopic.create({
    data: {
      categoryId: category.id,
      title: opts.title,
      authorId: opts.authorId,
      postCount: opts.posts.length,
      replyCount: opts.posts.length - 1,
      lastPostAt: new Date(),
      lastPosterId: opts.posts[opts.posts.length - 1]?.by ?? null,
      lockedAt: opts.locked ? new Date() : null,
    },
    select: { id: true },
  });
  const ids: string[] = [];
  for (const [i, post] of opts.posts.entries()) {
    const created = await db.forumPost.create({
      data: {
        topicId: topic.id,
        number: i + 1,
        authorId: post.by,
        locale: post.locale ?? "en",
        createdAt: new Date(start + i * 60_000),
        ...paragraph(post.text),
      },
      select: { id: true },
    });
    ids.push(created.id);
  }
  if (opts.index) await db.searchOutbox.createMany({ data: ids.map((entityId) => ({ entityType: "forum_post", entityId })) });
  return { id: topic.id, postIds: ids };
}
