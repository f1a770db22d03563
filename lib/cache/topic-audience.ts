import { proxyPool } from "@/lib/db-probe";

// For the proxy (decision 013): is a forum topic in a public category? Members get a public topic's
// pages from the cache, shared with visitors; a members-only topic's visitor page is the not-found
// page, so members get their own render of it. The answer is kept per process until the page
// cache's generation changes (any invalidation, on any instance: a topic moved to another category
// drops its pages, and with them these answers) or while the cache is not known to be coherent.
// A wrong "no" costs a member a rendered page; a wrong "yes" shows them the not-found page, which
// the generation rule prevents. Plain SQL on the proxy's pool: the proxy does not load Prisma.

type PageCache = { generation: () => number; coherent: () => boolean };

const PAGE_CACHE = Symbol.for("epanema.pageCache");
const MAX_ENTRIES = 10_000;

const answers = new Map<string, boolean>();
let answersGeneration: number | null = null;

function currentGeneration(): number | null {
  const cache = (globalThis as Record<symbol, PageCache | undefined>)[PAGE_CACHE];
  return cache?.coherent() ? cache.generation() : null;
}

export async function topicIsPublic(topicId: string): Promise<boolean> {
  const url = process.env.DATABASE_URL;
  if (!url) return false;
  const generation = currentGeneration();
  if (generation !== answersGeneration) {
    answers.clear();
    answersGeneration = generation;
  }
  const known = generation === null ? undefined : answers.get(topicId);
  if (known !== undefined) return known;
  let isPublic = false;
  try {
    const { rows } = await proxyPool(url).query<{ visibility: string }>(
      `SELECT c.visibility FROM "ForumTopic" t JOIN "ForumCategory" c ON c.id = t."categoryId" WHERE t.id = $1`,
      [topicId],
    );
    isPublic = rows[0]?.visibility === "PUBLIC";
  } catch {
    return false; // the member's own render, which reports the database's state itself
  }
  // Kept only if no invalidation happened meanwhile (the generation it was asked under is current).
  if (generation !== null && currentGeneration() === generation) {
    if (answers.size >= MAX_ENTRIES) answers.clear();
    answers.set(topicId, isPublic);
  }
  return isPublic;
}
