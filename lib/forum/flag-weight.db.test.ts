import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/prisma/factories";
import { flagWeight, mayBeHiddenByFlags } from "./flag-weight";
import { createReply, createTopic, flagPost, hidePost } from "./service";

const HOUR = 3_600_000;
const now = new Date("2026-11-28T12:00:00Z");
const settings = { newAccountHours: 24 };

describe("flagWeight (the rule)", () => {
  it("gives an established member's flag full weight", () => {
    expect(flagWeight({ createdAt: new Date(now.getTime() - 30 * 24 * HOUR), hiddenPosts: 0 }, settings, now)).toBe(1);
  });

  it("gives no weight to accounts younger than the forum's new-account period, or deleted ones", () => {
    expect(flagWeight({ createdAt: new Date(now.getTime() - 5 * 60_000), hiddenPosts: 0 }, settings, now)).toBe(0);
    expect(flagWeight({ createdAt: new Date(now.getTime() - 23 * HOUR), hiddenPosts: 0 }, settings, now)).toBe(0);
    expect(flagWeight(null, settings, now)).toBe(0);
  });

  it("weighs members whose posts moderators had to hide less, the more posts were hidden", () => {
    const old = new Date(now.getTime() - 90 * 24 * HOUR);
    expect(flagWeight({ createdAt: old, hiddenPosts: 1 }, settings, now)).toBe(0.5);
    expect(flagWeight({ createdAt: old, hiddenPosts: 3 }, settings, now)).toBe(0.25);
  });

  it("never lets flags hide a coordinator's or an admin's post", () => {
    expect(mayBeHiddenByFlags({ role: "LIBRARIAN" })).toBe(true);
    expect(mayBeHiddenByFlags({ role: "PARTNER" })).toBe(true);
    expect(mayBeHiddenByFlags({ role: "COORDINATOR" })).toBe(false);
    expect(mayBeHiddenByFlags({ role: "ADMIN" })).toBe(false);
  });
});

// Real PostgreSQL: what the abuse in issue 8 did, and what still works.
describe("flags against a real forum", () => {
  const run = Date.now().toString(36);
  type U = { id: string; role: "LIBRARIAN" | "COORDINATOR" | "ADMIN" };
  let category: string;
  let coordinator: U;
  let author: U;
  let n = 0;

  async function member(ageHours: number, role: U["role"] = "LIBRARIAN"): Promise<U> {
    const u = await createUser(db as never, { email: `flag-${run}-${n++}@forum.test`, role });
    await db.user.update({ where: { id: u.id }, data: { createdAt: new Date(Date.now() - ageHours * HOUR) } });
    return { id: u.id, role };
  }

  async function postBy(user: U) {
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Post ${n++}` }] }] };
    const topic = await createTopic(user, { categoryId: category, title: `Flag weighting ${run} ${n++}`, tags: [], content: doc }, "en");
    const reply = await createReply(user, { topicId: topic.topicId, content: doc, replyToId: null }, "en");
    return reply.postId;
  }

  const hidden = async (postId: string) => (await db.forumPost.findUniqueOrThrow({ where: { id: postId } })).hiddenAt !== null;

  beforeAll(async () => {
    await db.forumSettings.upsert({
      where: { id: 1 },
      create: { id: 1, autoHideFlags: 3, newAccountHours: 24 },
      update: { autoHideFlags: 3, newAccountHours: 24 },
    });
    category = (
      await db.forumCategory.create({
        data: { slug: `flags-${run}`, visibility: "PUBLIC", name: { en: "Flags" }, description: { en: "Flags" } },
        select: { id: true },
      })
    ).id;
    coordinator = await member(24 * 400, "COORDINATOR");
    author = await member(24 * 60);
  });

  afterAll(async () => {
    await db.forumSettings.update({ where: { id: 1 }, data: { autoHideFlags: 3, newAccountHours: 24 } });
  });

  it("three accounts registered minutes earlier cannot hide a post", async () => {
    const post = await postBy(author);
    for (let i = 0; i < 3; i++)
      expect((await flagPost(await member(0.1), { postId: post, reason: "SPAM", note: "" })).autoHidden).toBe(false);
    expect(await hidden(post)).toBe(false);
    // The flags are still there for the coordinators' queue.
    expect(await db.forumFlag.count({ where: { postId: post, status: "OPEN" } })).toBe(3);
  });

  it("established members cannot hide a coordinator's post, but do hide a member's", async () => {
    const staffPost = await postBy(coordinator);
    const memberPost = await postBy(author);
    const flaggers = [await member(24 * 30), await member(24 * 30), await member(24 * 30)];
    for (const f of flaggers) await flagPost(f, { postId: staffPost, reason: "OFFENSIVE", note: "" });
    expect(await hidden(staffPost)).toBe(false);
    const results = [];
    for (const f of flaggers) results.push((await flagPost(f, { postId: memberPost, reason: "OFFENSIVE", note: "" })).autoHidden);
    expect(results).toEqual([false, false, true]);
    expect(await hidden(memberPost)).toBe(true);
  });

  it("members whose own posts were hidden by a moderator count half", async () => {
    const troublemakers = [await member(24 * 30), await member(24 * 30)];
    for (const t of troublemakers) await hidePost(coordinator, await postBy(t), "Rude");
    const post = await postBy(author);
    // 0.5 + 0.5 + 1 = 2 < 3: still visible; one established member more makes 3.
    for (const t of troublemakers) await flagPost(t, { postId: post, reason: "SPAM", note: "" });
    await flagPost(await member(24 * 30), { postId: post, reason: "SPAM", note: "" });
    expect(await hidden(post)).toBe(false);
    await flagPost(await member(24 * 30), { postId: post, reason: "SPAM", note: "" });
    expect(await hidden(post)).toBe(true);
  });
});
