// Forum data for `npm run bench`: two threads of a known size (10 and 5,000 posts) whose first and
// last pages are measured, and a topic that the posting target replies to. Created once in the
// bench database and reused (looked up by title). Imports lib/ modules, which read the
// environment once (lib/env.ts) and start with `import "server-only"`: import this file
// dynamically, after DATABASE_URL is set, under `tsx --conditions=react-server`.
import { db } from "../../lib/db";
import { forumSearchSource } from "../../lib/forum/search-source";
import type { Prisma } from "../../lib/generated/prisma/client";
import { htmlToRichText, renderRichText } from "../../lib/rich-text/render";
import { progressBar } from "./progress";
import { FriendlyError, isStopping, type Log } from "./ui";

const BATCH = 500;

// No word of the search targets' terms (bench.ts SEARCH_TERMS): a rebuilt index holds these posts
// too, and they must not change what the search target finds.
const POST_HTML =
  "<p>Generated post for the forum benchmark. It stands for an ordinary reply of a few lines, the same text in every post of the bench threads.</p>";

type Spec = {
  key: "small" | "large" | "posting";
  title: string;
  posts: number;
  /** The thread must hold exactly `posts` posts (measured pages); else it may have grown (the posting target replies to it). */
  exact: boolean;
};

export const BENCH_TOPICS = {
  small: { key: "small", title: "Bench thread (10 posts)", posts: 10, exact: true },
  large: { key: "large", title: "Bench thread (5000 posts)", posts: 5000, exact: true },
  posting: { key: "posting", title: "Bench posting topic", posts: 1, exact: false },
} as const satisfies Record<string, Spec>;

export type ForumPrep = {
  /** Topic id per BENCH_TOPICS key. */
  ids: Record<keyof typeof BENCH_TOPICS, string>;
  /** Posts inserted by this run (0: everything was reused). */
  created: number;
  ms: number;
  /** The forum home's latest topics as members see them (what the browser asks /api/forum/reads about). */
  latest: string[];
  /** Posts already in the posting topic (earlier runs' replies). */
  postingPosts: number;
};

/**
 * Accounts younger than the forum's newAccountHours (24 h by default) may post 3 times per
 * 5 minutes: the demo account a fresh seed has just created would get 429s after the third
 * reply. Backdated to two days ago in the bench database only (it is the bench's own data).
 */
async function backdateAccount(userId: string, createdAt: Date): Promise<boolean> {
  const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
  if (createdAt <= twoDaysAgo) return false;
  await db.user.update({ where: { id: userId }, data: { createdAt: twoDaysAgo } });
  return true;
}

/**
 * Makes the bench topics exist in the seeded category `categorySlug` (a public one, so that the
 * thread pages need no login), written by `authorEmail` (the account the
 * bench logs in as, which the posting target also posts with). Posts go in with createMany
 * (numbers 1..N, as the app numbers them) and the topic and category counters are set as the
 * app keeps them. No search outbox rows: 5,000 rows would keep the app's indexer busy during the
 * measurements (bench.ts rebuilds the index from PostgreSQL instead when the search target runs).
 */
export async function syncBenchForum(categorySlug: string, authorEmail: string, log: Log): Promise<ForumPrep> {
  const t0 = Date.now();
  const category = await db.forumCategory.findUnique({ where: { slug: categorySlug }, select: { id: true } });
  if (!category) {
    throw new FriendlyError(
      `The bench database has no forum category "${categorySlug}": run with SEED=always to seed it (prisma/seed-forum.ts).`,
    );
  }
  const author = await db.user.findUnique({ where: { email: authorEmail }, select: { id: true, createdAt: true } });
  if (!author) throw new FriendlyError(`The bench database has no account ${authorEmail}: run with SEED=always to seed the demo accounts.`);
  if (await backdateAccount(author.id, author.createdAt)) {
    log(`Forum: ${authorEmail} backdated to 2 days old (new accounts may post only 3 times in 5 minutes).`);
  }

  // Rendered once, as the app stores a post (sanitised JSON, HTML and plain text).
  const rendered = renderRichText(htmlToRichText(POST_HTML));
  const content = { contentJson: rendered.json as Prisma.InputJsonValue, contentHtml: rendered.html, text: rendered.text };

  let created = 0;
  const ids = {} as ForumPrep["ids"];
  for (const spec of Object.values(BENCH_TOPICS) as Spec[]) {
    const r = await syncTopic(spec, category.id, author.id, content);
    ids[spec.key] = r.id;
    created += r.created;
  }
  const postingPosts = await db.forumPost.count({ where: { topicId: ids.posting } });
  const latest = await db.forumTopic.findMany({ orderBy: [{ lastPostAt: "desc" }, { id: "asc" }], take: 10, select: { id: true } });
  return { ids, created, ms: Date.now() - t0, postingPosts, latest: latest.map((t) => t.id) };
}

async function syncTopic(
  spec: Spec,
  categoryId: string,
  authorId: string,
  content: Pick<Prisma.ForumPostCreateManyInput, "contentJson" | "contentHtml" | "text">,
): Promise<{ id: string; created: number }> {
  const n = spec.posts;
  let topic = await db.forumTopic.findFirst({
    where: { categoryId, title: spec.title },
    orderBy: { createdAt: "asc" },
    select: { id: true, postCount: true },
  });
  if (topic) {
    const [count, beyond] = await Promise.all([
      db.forumPost.count({ where: { topicId: topic.id, number: { lte: n } } }),
      db.forumPost.count({ where: { topicId: topic.id, number: { gt: n } } }),
    ]);
    const whole = count === n && (spec.exact ? beyond === 0 && topic.postCount === n : topic.postCount >= n);
    if (whole) return { id: topic.id, created: 0 };
    // An interrupted generation, or replies someone added to a measured thread: repaired below.
    if (spec.exact && beyond > 0) await db.forumPost.deleteMany({ where: { topicId: topic.id, number: { gt: n } } });
  } else {
    // postCount 0 until every post is in: such a topic is not yet counted in its category (the
    // final step adds it), so an interrupted run is completed, not counted twice, by the next.
    topic = await db.forumTopic.create({
      data: { categoryId, title: spec.title, tags: [], authorId, postCount: 0, replyCount: 0, lastPosterId: authorId },
      select: { id: true, postCount: true },
    });
  }
  const topicId = topic.id;
  const before = topic.postCount;

  // One post a minute up to now: a plausible thread for the dates the page shows.
  const start = Date.now() - n * 60_000;
  const at = (number: number) => new Date(start + number * 60_000);
  const bar = progressBar(`Generating "${spec.title}"`, "posts");
  const started = Date.now();
  let created = 0;
  try {
    for (let from = 1; from <= n; from += BATCH) {
      if (isStopping()) throw new FriendlyError("Interrupted.");
      const data: Prisma.ForumPostCreateManyInput[] = [];
      for (let number = from; number < from + BATCH && number <= n; number++) {
        data.push({ topicId, number, authorId, locale: "en", ...content, createdAt: at(number) });
      }
      // skipDuplicates: posts an interrupted run left are kept (numbers are unique per topic).
      created += (await db.forumPost.createMany({ data, skipDuplicates: true })).count;
      bar.update(Math.min(from + BATCH - 1, n), n, created / Math.max((Date.now() - started) / 1000, 0.001));
    }
  } finally {
    bar.end();
  }

  const last = await db.forumPost.findFirst({ where: { topicId }, orderBy: { number: "desc" }, select: { number: true, createdAt: true } });
  const total = last?.number ?? 0;
  if (total < n) throw new FriendlyError(`"${spec.title}" holds ${total} posts after generation, not ${n}.`);
  const lastPostAt = last?.createdAt ?? new Date();
  const first = await db.forumPost.findFirst({ where: { topicId, number: 1 }, select: { createdAt: true } });
  await db.$transaction([
    db.forumTopic.update({
      where: { id: topicId },
      data: { postCount: total, replyCount: total - 1, lastPostAt, lastPosterId: authorId, createdAt: first?.createdAt ?? lastPostAt },
    }),
    // As the app counts (lib/forum/service.ts): the category's topicCount and postCount include
    // this topic once, with its posts; only the difference to what was counted before is added.
    db.$executeRaw`
      UPDATE "ForumCategory" SET "topicCount" = "topicCount" + ${before === 0 ? 1 : 0}, "postCount" = "postCount" + ${total - before},
        "lastPostAt" = GREATEST(COALESCE("lastPostAt", ${lastPostAt}), ${lastPostAt})
      WHERE id = ${categoryId}`,
  ]);
  return { id: topicId, created };
}

/** Search documents of the forum (one per visible post): they share the index with the knowledge pages. */
export const forumSearchDocuments = () => forumSearchSource.estimate?.() ?? Promise.resolve(0);
export const disconnect = () => db.$disconnect();
