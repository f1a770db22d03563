import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createForumCategory, createForumTopic } from "@/prisma/factories";
import { topicIsPublic } from "./topic-audience";

// Real PostgreSQL: which threads the proxy shares with members (decision 013), and how long it
// trusts its answer. The page cache is a stand-in here: only its generation and coherence matter.
const PAGE_CACHE = Symbol.for("epanema.pageCache");
const holder = globalThis as Record<symbol, unknown>;
let generation = 1;
let coherent = true;

afterAll(() => {
  delete holder[PAGE_CACHE];
});

describe("topicIsPublic", () => {
  it("says yes for a public category's topic only, and keeps the answer until the page cache's generation changes", async () => {
    holder[PAGE_CACHE] = { generation: () => generation, coherent: () => coherent };
    const open = await createForumCategory(db, { visibility: "PUBLIC" });
    const closed = await createForumCategory(db, { visibility: "MEMBERS" });
    const publicTopic = await createForumTopic(db, { categoryId: open.id });
    const membersTopic = await createForumTopic(db, { categoryId: closed.id });

    expect(await topicIsPublic(publicTopic.id)).toBe(true);
    expect(await topicIsPublic(membersTopic.id)).toBe(false);
    expect(await topicIsPublic("nosuchtopic")).toBe(false);

    // Moved to the members' category behind the cache's back: the kept answer stands…
    await db.forumTopic.update({ where: { id: publicTopic.id }, data: { categoryId: closed.id } });
    expect(await topicIsPublic(publicTopic.id)).toBe(true);
    // …until an invalidation (the move's own, on any instance) changes the generation.
    generation++;
    expect(await topicIsPublic(publicTopic.id)).toBe(false);

    // While the cache is not known to be coherent, every answer is asked afresh.
    coherent = false;
    await db.forumTopic.update({ where: { id: publicTopic.id }, data: { categoryId: open.id } });
    expect(await topicIsPublic(publicTopic.id)).toBe(true);
    await db.forumTopic.update({ where: { id: publicTopic.id }, data: { categoryId: closed.id } });
    expect(await topicIsPublic(publicTopic.id)).toBe(false);
  });
});
