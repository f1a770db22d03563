import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendDailyDigests } from "@/lib/notifications/digest";
import { AppError } from "@/lib/errors";
import { postHistory, topicPage } from "@/lib/forum/queries";
import { createReply, createTopic, editPost, flagPost, hidePost } from "@/lib/forum/service";
import { createAdoption, createForumCategory, createPractice, createUser, TEST_PASSWORD, upsertOrganisation } from "@/prisma/factories";
import { deleteAccount } from "./service";

// Real PostgreSQL: what the forum keeps and forgets of a member who deletes their account
// (PRODUCT.md, Accounts; lib/forum/erasure.ts).

const run = Date.now().toString(36);
const paragraph = (...content: object[]) => ({ type: "doc", content: [{ type: "paragraph", content }] });
const text = (value: string) => ({ type: "text", text: value });
const mention = (id: string) => ({ type: "mention", attrs: { id, label: "whatever the browser sent" } });

async function member(name: string, role: "LIBRARIAN" | "COORDINATOR" = "LIBRARIAN") {
  const user = await createUser(db, {
    email: `${name}-${run}@delete.test`,
    name: `${name} ${run}`,
    role,
    createdAt: new Date(Date.now() - 30 * 86_400_000),
  });
  return { id: user.id, name: user.name, email: user.email, role, sessionId: "none" };
}

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

const categoryCounters = (id: string) =>
  db.forumCategory.findUniqueOrThrow({ where: { id }, select: { topicCount: true, postCount: true } });

describe("deleting an account, forum posts removed", () => {
  it("erases the member's posts in place, deletes the topics only they wrote, and takes their name out of others' mentions", async () => {
    const leaver = await member("Zuzanna");
    const alice = await member("Alice");
    const bob = await member("Bob");
    const coordinator = await member("Coord", "COORDINATOR");
    const category = (await createForumCategory(db, { slug: `delete-${run}`, visibility: "PUBLIC" })).id;

    const shared = await createTopic(
      alice,
      { categoryId: category, title: `Shared ${run}`, tags: [], content: paragraph(text("Opening")) },
      "en",
    );
    const theirs = await createReply(
      leaver,
      { topicId: shared.topicId, content: paragraph(text(`My phone is +371 2000 1234 ${run}`)), replyToId: null },
      "en",
    );
    const mentioning = await createReply(
      bob,
      { topicId: shared.topicId, content: paragraph(mention(leaver.id), text(" knows the answer")), replyToId: null },
      "en",
    );
    // Alice quotes her reply, as the Quote button does (the attribution is a mention).
    const quoting = await createReply(
      alice,
      {
        topicId: shared.topicId,
        content: {
          type: "doc",
          content: [
            {
              type: "blockquote",
              attrs: { postId: theirs.postId },
              content: [{ type: "paragraph", content: [mention(leaver.id), text(`: My phone is +371 2000 1234 ${run}`)] }],
            },
            { type: "paragraph", content: [text("Thank you, I will call.")] },
          ],
        },
        replyToId: null,
      },
      "en",
    );
    // An edit keeps the earlier version, which mentioned her too.
    await editPost(bob, { postId: mentioning.postId, content: paragraph(text("As "), mention(leaver.id), text(" said, ask at the desk")) });
    const alone = await createTopic(
      leaver,
      { categoryId: category, title: `Alone ${run}`, tags: [], content: paragraph(text("Nobody answered")) },
      "en",
    );
    const answered = await createTopic(
      leaver,
      { categoryId: category, title: `Answered ${run}`, tags: [], content: paragraph(text(`Question from ${leaver.name}`)) },
      "en",
    );
    const answer = await createReply(alice, { topicId: answered.topicId, content: paragraph(text("An answer")), replyToId: null }, "en");
    // Carol quotes Alice's quote (the Quote button copies text: Zuzanna's words come as lines).
    const carol = await member("Carol");
    const quoteOfQuote = await createReply(
      carol,
      {
        topicId: shared.topicId,
        content: {
          type: "doc",
          content: [
            {
              type: "blockquote",
              attrs: { postId: quoting.postId },
              content: [
                { type: "paragraph", content: [mention(alice.id), text(":")] },
                { type: "paragraph", content: [text(`@${leaver.name}:`)] },
                { type: "paragraph", content: [text(`My phone is +371 2000 1234 ${run}`)] },
                { type: "paragraph", content: [text("Thank you, I will call.")] },
              ],
            },
            { type: "paragraph", content: [text("Same here")] },
          ],
        },
        replyToId: null,
      },
      "en",
    );
    // Alice later edits her quote away: the earlier version still holds it.
    await editPost(alice, { postId: quoting.postId, content: paragraph(text("Thank you, I will call.")) });
    // Her own solved question, with a reply from a member who has since left and kept their posts.
    const solved = await createTopic(
      leaver,
      { categoryId: category, title: `Solved ${run}`, tags: [], content: paragraph(text("Where?")) },
      "en",
    );
    const formerMember = await member("Former");
    const formerReply = await createReply(
      formerMember,
      { topicId: solved.topicId, content: paragraph(text("At the desk")), replyToId: null },
      "en",
    );
    await db.user.delete({ where: { id: formerMember.id } });
    const ownAnswer = await createReply(
      leaver,
      { topicId: answered.topicId, content: paragraph(text("Found it, thanks")), replyToId: null },
      "en",
    );
    await db.forumTopic.update({ where: { id: answered.topicId }, data: { solvedPostId: ownAnswer.postId } });
    const before = await categoryCounters(category);
    const outboxBefore = new Date();

    await deleteAccount(leaver, { password: TEST_PASSWORD, posts: "remove" });

    expect(await db.user.findUnique({ where: { id: leaver.id } })).toBeNull();
    // Her reply keeps its place, with nothing of her left in it.
    const erased = await db.forumPost.findUniqueOrThrow({ where: { id: theirs.postId } });
    expect(erased).toMatchObject({ number: 2, authorId: null, contentHtml: "", text: "", hiddenBy: "AUTHOR" });
    expect(erased.hiddenAt).not.toBeNull();
    // The topic only she wrote is gone, with its counters; the answered one stays, its opening erased.
    expect(await db.forumTopic.findUnique({ where: { id: alone.topicId } })).toBeNull();
    expect(await categoryCounters(category)).toEqual({ topicCount: before.topicCount - 1, postCount: before.postCount - 1 });
    const kept = await db.forumTopic.findUniqueOrThrow({
      where: { id: answered.topicId },
      select: { title: true, posts: { orderBy: { number: "asc" }, select: { id: true, text: true, hiddenBy: true } } },
    });
    expect(kept.title).toBe(`Answered ${run}`);
    expect(kept.posts).toEqual([
      { id: answered.postId, text: "", hiddenBy: "AUTHOR" },
      { id: answer.postId, text: "An answer", hiddenBy: null },
      { id: ownAnswer.postId, text: "", hiddenBy: "AUTHOR" },
    ]);
    // An erased answer no longer solves the topic.
    expect((await db.forumTopic.findUniqueOrThrow({ where: { id: answered.topicId } })).solvedPostId).toBeNull();
    // A topic with a former member's kept reply is not hers alone: it stays, with that reply.
    expect(await db.forumPost.findUniqueOrThrow({ where: { id: formerReply.postId }, select: { text: true } })).toEqual({
      text: "At the desk",
    });
    expect(await db.forumTopic.findUnique({ where: { id: solved.topicId }, select: { id: true } })).toEqual({ id: solved.topicId });

    // Bob's post and its earlier version: "@Former member", without her name or id.
    const bobs = await db.forumPost.findUniqueOrThrow({ where: { id: mentioning.postId }, select: { contentHtml: true, text: true } });
    const earlier = await db.forumPostRevision.findMany({
      where: { postId: mentioning.postId },
      select: { contentHtml: true, text: true },
    });
    expect(earlier).toHaveLength(1);
    expect(bobs.text).toBe("As @Former member said, ask at the desk");
    expect(earlier[0].text).toBe("@Former member knows the answer");
    for (const version of [bobs, ...earlier]) {
      expect(version.contentHtml).not.toContain(leaver.id);
      expect(version.contentHtml).not.toContain("Zuzanna");
      expect(version.contentHtml).toContain("@Former member");
      expect(version.text).not.toContain("Zuzanna");
    }
    // Her words quoted by Alice go too, from the earlier version as well; Alice's own words stay.
    const removed = "This post was removed by its author when they left E-PANEMA.";
    const quotedBefore = await db.forumPostRevision.findMany({
      where: { postId: quoting.postId },
      select: { contentHtml: true, text: true },
    });
    expect(quotedBefore).toHaveLength(1);
    expect(quotedBefore[0].text).toBe(`${removed}\nThank you, I will call.`);
    expect(quotedBefore[0].contentHtml).not.toContain("+371");
    expect(quotedBefore[0].contentHtml).toContain(removed);
    // And from Carol's quote of the quote, whose lines were copied as text.
    const twice = await db.forumPost.findUniqueOrThrow({ where: { id: quoteOfQuote.postId }, select: { contentHtml: true, text: true } });
    expect(twice.contentHtml).not.toContain("+371");
    expect(twice.contentHtml).not.toContain("Zuzanna");
    expect(twice.text).toBe(`@Alice ${run}:\n${removed}\nThank you, I will call.\nSame here`);
    // A draft written before, quoting her post, cannot post her words again.
    const late = await createReply(
      carol,
      {
        topicId: shared.topicId,
        content: {
          type: "doc",
          content: [
            {
              type: "blockquote",
              attrs: { postId: theirs.postId },
              content: [paragraph(text(`My phone is +371 2000 1234 ${run}`)).content[0]],
            },
            { type: "paragraph", content: [text("Calling now")] },
          ],
        },
        replyToId: null,
      },
      "en",
    );
    expect((await db.forumPost.findUniqueOrThrow({ where: { id: late.postId }, select: { text: true } })).text).toBe("Calling now");

    // Search learns of every post it held of hers, mentioning her or quoting her.
    const ids = [theirs.postId, mentioning.postId, quoteOfQuote.postId, alone.postId, answered.postId];
    const queued = await db.searchOutbox.findMany({
      where: { entityType: "forum_post", entityId: { in: ids }, createdAt: { gte: outboxBefore } },
      select: { entityId: true },
    });
    expect(new Set(queued.map((q) => q.entityId))).toEqual(new Set(ids));

    // No reader, a coordinator included, gets anything of the erased post; nothing can be done to it.
    for (const reader of [null, coordinator]) {
      const page = await topicPage(reader, shared.topicId, 1, "en");
      const post = page?.posts.find((p) => p.id === theirs.postId);
      expect(post).toMatchObject({ html: null, text: "", hidden: { by: "AUTHOR" }, author: null });
    }
    // The coordinators' history of the post says what happened, with no version left to show.
    expect(await postHistory(theirs.postId)).toMatchObject({ erased: true, currentHtml: "", revisions: [] });
    await expectAppError(flagPost(alice, { postId: theirs.postId, reason: "SPAM", note: "" }), "NOT_FOUND");
    await expectAppError(hidePost(coordinator, theirs.postId, "A reason"), "NOT_FOUND");
    await expectAppError(editPost(coordinator, { postId: theirs.postId, content: paragraph(text("Words put back")) }), "NOT_FOUND");
  });
});

describe("deleting an account, forum posts kept", () => {
  it("keeps the member's posts as a former member's, and mentions of them in the post's own language", async () => {
    const leaver = await member("Olena");
    const alice = await member("Alicja");
    const category = (await createForumCategory(db, { slug: `keep-${run}`, visibility: "PUBLIC" })).id;
    const topic = await createTopic(
      leaver,
      { categoryId: category, title: `Kept ${run}`, tags: [], content: paragraph(text("Useful advice")) },
      "en",
    );
    const reply = await createReply(
      alice,
      { topicId: topic.topicId, content: paragraph(text("Дякую, "), mention(leaver.id)), replyToId: null },
      "uk",
    );

    await upsertOrganisation(db, { slug: `keep-org-${run}`, name: `Keep library ${run}`, type: "LIBRARY", country: "UA", city: "Lviv" });
    const practice = await createPractice(db, { organisationSlug: `keep-org-${run}`, title: `Story hour ${run}`, status: "PUBLISHED" });
    const adoption = await createAdoption(db, {
      practiceId: practice.id,
      adopterId: leaver.id,
      libraryName: "Lviv city library",
      country: "UA",
      status: "ADAPTED",
      outcomeStory: "Families came every Saturday.",
      notes: "Ask Olena's neighbour about the room",
      done: 1,
    });

    // Alicja's own topic, which Olena answered: Alicja's notice of that reply outlives Olena.
    const asked = await createTopic(
      alice,
      { categoryId: category, title: `Asked ${run}`, tags: [], content: paragraph(text("A question")) },
      "en",
    );
    await createReply(leaver, { topicId: asked.topicId, content: paragraph(text("An answer")), replyToId: null }, "en");
    await db.user.update({ where: { id: alice.id }, data: { forumDigest: true, forumDigestSentAt: null, locale: "uk" } });

    await deleteAccount(leaver, { password: TEST_PASSWORD, posts: "keep" });

    // The adoption's public outcome stays on the case study; what only she could read goes.
    expect(
      await db.adoption.findUniqueOrThrow({
        where: { id: adoption.id },
        select: { adopterId: true, libraryName: true, outcomeStory: true, notes: true, checklist: true },
      }),
    ).toEqual({
      adopterId: null,
      libraryName: "Lviv city library",
      outcomeStory: "Families came every Saturday.",
      notes: "",
      checklist: [],
    });

    const own = await db.forumPost.findUniqueOrThrow({
      where: { id: topic.postId },
      select: { authorId: true, text: true, hiddenAt: true },
    });
    expect(own).toEqual({ authorId: null, text: "Useful advice", hiddenAt: null });
    const thanked = await db.forumPost.findUniqueOrThrow({ where: { id: reply.postId }, select: { contentHtml: true, text: true } });
    expect(thanked.text).toBe("Дякую, @Колишній учасник");
    expect(thanked.contentHtml).not.toContain(leaver.id);
    // Her daily digest says who answered as "Former member" in her language, not "E-PANEMA".
    const sentBefore = new Set(await readdir(env.MAIL_DIR).catch(() => [] as string[]));
    await sendDailyDigests(new Date());
    const files = (await readdir(env.MAIL_DIR)).filter((f) => f.endsWith(".json") && !sentBefore.has(f));
    const mails = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(env.MAIL_DIR, f), "utf8"))));
    const digest = mails.find((m) => m.to === alice.email);
    const uk = (await import("@/messages/uk.json")).default;
    const line = createTranslator({ locale: "uk", messages: uk, namespace: "forum.digest" })("line.REPLY", {
      actor: "Колишній учасник",
      topic: `Asked ${run}`,
    });
    expect(digest?.text).toContain(line);
  });

  it("refuses a wrong password and changes nothing", async () => {
    const leaver = await member("Wrong");
    await expectAppError(deleteAccount(leaver, { password: "not the password", posts: "remove" }), "INVALID");
    expect(await db.user.findUnique({ where: { id: leaver.id }, select: { id: true } })).toEqual({ id: leaver.id });
  });
});
