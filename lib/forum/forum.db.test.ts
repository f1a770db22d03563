import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listNotifications } from "@/lib/notifications/queries";
import { createForumCategory, createUser } from "@/prisma/factories";
import { ANY_MEMBER, forumSettings, listTopics, listViewer, listViewerOf, postSource, topicPage, topicViewer, viewerOf } from "./queries";
import { forumSearchSource } from "./search-source";
import {
  createReply,
  createTopic,
  flagPost,
  hidePost,
  insertReply,
  markTopicRead,
  setTopicFlag,
  suspendFromForum,
  toggleReaction,
  updateForumSettings,
} from "./service";

// Real PostgreSQL: the forum's rules as the data must show them.
const run = Date.now().toString(36);
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const mention = (id: string, text: string) => ({
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "mention", attrs: { id, label: "someone else" } },
        { type: "text", text },
      ],
    },
  ],
});

type U = { id: string; role: "LIBRARIAN" | "PARTNER" | "COORDINATOR" | "ADMIN"; name: string };
let alice: U;
let bob: U;
let carol: U;
let coordinator: U;
let admin: U;
let publicCategory: string;
let membersCategory: string;

async function makeUser(name: string, role: U["role"] = "LIBRARIAN", ageDays = 30): Promise<U> {
  const u = await createUser(db, {
    email: `${name}-${run}@forum.test`,
    name: `${name} ${run}`,
    role,
    createdAt: new Date(Date.now() - ageDays * 86_400_000),
  });
  return { id: u.id, role, name: u.name };
}

async function expectAppError(promise: Promise<unknown>, code: string, key?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (key) expect((error as AppError).messageKey).toBe(key);
}

beforeAll(async () => {
  alice = await makeUser("alice");
  bob = await makeUser("bob");
  carol = await makeUser("carol");
  coordinator = await makeUser("coord", "COORDINATOR");
  admin = await makeUser("admin", "ADMIN");
  publicCategory = (await createForumCategory(db, { slug: `open-${run}`, visibility: "PUBLIC" })).id;
  membersCategory = (await createForumCategory(db, { slug: `members-${run}`, visibility: "MEMBERS" })).id;
});

afterAll(async () => {
  await db.forumSettings.upsert({
    where: { id: 1 },
    create: { id: 1 },
    update: { autoHideFlags: 3, newAccountHours: 24, newAccountPosts: 3, newAccountLinks: 2 },
  });
});

describe("posting", () => {
  it("numbers 100 concurrent replies 2…101 with exact counters and last activity", async () => {
    const topic = await createTopic(
      alice,
      { categoryId: publicCategory, title: "Concurrency in the reading room", tags: [], content: doc("Opening post") },
      "en",
    );
    const posters = [alice, bob, carol, coordinator];
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        createReply(posters[i % posters.length], { topicId: topic.topicId, content: doc(`Reply ${i}`), replyToId: null }, "en"),
      ),
    );
    expect(results).toHaveLength(100);
    const posts = await db.forumPost.findMany({
      where: { topicId: topic.topicId },
      orderBy: { number: "asc" },
      select: { number: true, createdAt: true },
    });
    expect(posts.map((p) => p.number)).toEqual(Array.from({ length: 101 }, (_, i) => i + 1));
    const row = await db.forumTopic.findUniqueOrThrow({ where: { id: topic.topicId } });
    expect(row.postCount).toBe(101);
    expect(row.replyCount).toBe(100);
    expect(row.lastPostAt.getTime()).toBe(Math.max(...posts.map((p) => p.createdAt.getTime())));
    const category = await db.forumCategory.findUniqueOrThrow({ where: { id: publicCategory } });
    expect(category.postCount).toBeGreaterThanOrEqual(101);
  });

  it("numbers replies without gaps when only the database lock serialises them (several app instances)", async () => {
    const topic = await createTopic(
      alice,
      { categoryId: publicCategory, title: "Row lock without the queue", tags: [], content: doc("Opening") },
      "en",
    );
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        insertReply(i % 2 ? bob : carol, { topicId: topic.topicId, content: doc(`r${i}`), replyToId: null }, "en"),
      ),
    );
    const numbers = (
      await db.forumPost.findMany({ where: { topicId: topic.topicId }, select: { number: true }, orderBy: { number: "asc" } })
    ).map((p) => p.number);
    expect(numbers).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect((await db.forumTopic.findUniqueOrThrow({ where: { id: topic.topicId } })).replyCount).toBe(24);
  });

  it("refuses a reply to a locked topic, except from a coordinator", async () => {
    const topic = await createTopic(
      alice,
      { categoryId: publicCategory, title: "A topic that gets locked", tags: [], content: doc("Hello") },
      "en",
    );
    await setTopicFlag(coordinator, topic.topicId, "lock", true);
    await expectAppError(
      createReply(bob, { topicId: topic.topicId, content: doc("Too late"), replyToId: null }, "en"),
      "CONFLICT",
      "errors.topicLocked",
    );
    expect(await db.forumPost.count({ where: { topicId: topic.topicId } })).toBe(1);
    await createReply(coordinator, { topicId: topic.topicId, content: doc("Closing note"), replyToId: null }, "en");
    expect(await db.forumPost.count({ where: { topicId: topic.topicId } })).toBe(2);
  });

  it("refuses a member suspended from the forum, with the reason and end date", async () => {
    const dave = await makeUser("dave");
    const topic = await createTopic(
      alice,
      { categoryId: publicCategory, title: "Suspension check topic", tags: [], content: doc("Hi") },
      "en",
    );
    await suspendFromForum(coordinator, dave.id, 7, "Repeated advertising");
    const error = await createReply(dave, { topicId: topic.topicId, content: doc("Buy now"), replyToId: null }, "en").catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.messageKey).toBe("errors.forumSuspended");
    expect(error.values.reason).toBe("Repeated advertising");
    expect(new Date(error.values.until).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const audit = await db.auditLog.findFirst({ where: { action: "forum.user.suspend", targetId: dave.id } });
    expect(audit?.actorId).toBe(coordinator.id);
  });

  it("limits new accounts: posts per 5 minutes and links per post", async () => {
    const newbie = await makeUser("newbie", "LIBRARIAN", 0);
    const topic = await createTopic(
      alice,
      { categoryId: publicCategory, title: "Welcome thread for newcomers", tags: [], content: doc("Say hello") },
      "en",
    );
    const links = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: ["a", "b", "c"].map((x) => ({
            type: "text",
            text: `${x} `,
            marks: [{ type: "link", attrs: { href: `https://example.org/${x}` } }],
          })),
        },
      ],
    };
    await expectAppError(
      createReply(newbie, { topicId: topic.topicId, content: links, replyToId: null }, "en"),
      "INVALID",
      "errors.tooManyLinks",
    );
    const { newAccountPosts } = await forumSettings();
    for (let i = 0; i < newAccountPosts; i++)
      await createReply(newbie, { topicId: topic.topicId, content: doc(`hello ${i}`), replyToId: null }, "en");
    await expectAppError(
      createReply(newbie, { topicId: topic.topicId, content: doc("one too many"), replyToId: null }, "en"),
      "RATE_LIMITED",
      "errors.newAccountPosts",
    );
    // An established member is not limited.
    await createReply(bob, { topicId: topic.topicId, content: links, replyToId: null }, "en");
  });

  it("keeps script out of posts and refuses empty ones", async () => {
    const topic = await createTopic(
      alice,
      { categoryId: publicCategory, title: "Sanitising replies check", tags: [], content: doc("Hi") },
      "en",
    );
    const evil = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "<img src=x onerror=alert(1)>", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
          ],
        },
      ],
    };
    const created = await createReply(bob, { topicId: topic.topicId, content: evil, replyToId: null }, "en");
    const post = await db.forumPost.findUniqueOrThrow({ where: { id: created.postId } });
    expect(post.contentHtml).not.toMatch(/<img|href="javascript:/i);
    expect(post.contentHtml).toContain("&lt;img");
    await expectAppError(createReply(bob, { topicId: topic.topicId, content: doc("   "), replyToId: null }, "en"), "INVALID");
  });
});

describe("notifications", () => {
  it("tells the topic author of a reply, the mentioned member and the quoted author, once each", async () => {
    const topic = await createTopic(
      alice,
      { categoryId: publicCategory, title: "Mentions and quotes check", tags: [], content: doc("First") },
      "en",
    );
    const second = await createReply(carol, { topicId: topic.topicId, content: doc("Carol's reply"), replyToId: null }, "en");
    await createReply(
      bob,
      {
        topicId: topic.topicId,
        replyToId: null,
        content: {
          type: "doc",
          content: [
            {
              type: "blockquote",
              attrs: { postId: second.postId },
              content: [{ type: "paragraph", content: [{ type: "text", text: "Carol's reply" }] }],
            },
            {
              type: "paragraph",
              content: [
                { type: "mention", attrs: { id: alice.id, label: "x" } },
                { type: "text", text: " what do you think?" },
              ],
            },
          ],
        },
      },
      "en",
    );
    const forAlice = await db.notification.findMany({ where: { userId: alice.id, topicId: topic.topicId, actorId: bob.id } });
    expect(forAlice.map((n) => n.kind)).toEqual(["MENTION"]);
    const forCarol = await db.notification.findMany({ where: { userId: carol.id, topicId: topic.topicId, actorId: bob.id } });
    expect(forCarol.map((n) => n.kind)).toEqual(["QUOTE"]);
    expect(await db.notification.count({ where: { userId: bob.id, topicId: topic.topicId } })).toBe(0);
    // The mention shows the member's real name, whatever label the browser sent.
    const post = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.topicId, number: 3 } });
    expect(post.contentHtml).toContain(`@${alice.name}`);
    expect(post.contentHtml).not.toContain("@x");
  });

  it("turns a mention of an unknown id into plain text and notifies no one", async () => {
    const topic = await createTopic(
      bob,
      { categoryId: publicCategory, title: "Unknown mention check", tags: [], content: mention("no-such-user", " hi") },
      "en",
    );
    const post = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.topicId } });
    expect(post.contentHtml).not.toContain("data-user-id");
    expect(await db.notification.count({ where: { topicId: topic.topicId } })).toBe(0);
  });
});

describe("moderation and visibility", () => {
  it("hides a post automatically after the configured number of flags, and tells the author", async () => {
    await updateForumSettings(admin, { autoHideFlags: 2, newAccountHours: 24, newAccountPosts: 3, newAccountLinks: 2 });
    const topic = await createTopic(
      alice,
      { categoryId: publicCategory, title: "Flag threshold check", tags: [], content: doc("Fine") },
      "en",
    );
    const spam = await createReply(bob, { topicId: topic.topicId, content: doc("Cheap watches"), replyToId: null }, "en");
    expect((await flagPost(alice, { postId: spam.postId, reason: "SPAM", note: "" })).autoHidden).toBe(false);
    await expectAppError(flagPost(alice, { postId: spam.postId, reason: "SPAM", note: "" }), "CONFLICT");
    expect((await flagPost(carol, { postId: spam.postId, reason: "OFFENSIVE", note: "" })).autoHidden).toBe(true);
    const post = await db.forumPost.findUniqueOrThrow({ where: { id: spam.postId } });
    expect(post.hiddenBy).toBe("FLAGS");
    expect(await db.notification.count({ where: { userId: bob.id, postId: spam.postId, kind: "MODERATION" } })).toBe(1);
    expect((await forumSearchSource.documentsFor([spam.postId])).get(spam.postId)).toEqual([]);
    // Visitors see a placeholder, never the text.
    const view = await topicPage(null, topic.topicId, 1, "en");
    const shown = view?.posts.find((p) => p.id === spam.postId);
    expect(shown?.html).toBeNull();
    expect(shown?.text).toBe("");
  });

  it("tells the author why a coordinator hid their post, and audits it", async () => {
    const topic = await createTopic(
      alice,
      { categoryId: publicCategory, title: "Hide with reason check", tags: [], content: doc("Fine") },
      "en",
    );
    const reply = await createReply(bob, { topicId: topic.topicId, content: doc("Name and address of a refugee"), replyToId: null }, "en");
    await hidePost(coordinator, reply.postId, "Personal data of a person we help");
    const notes = await listNotifications(bob.id);
    const note = notes.find((n) => n.postId === reply.postId && n.kind === "MODERATION");
    expect(note?.data).toMatchObject({ action: "hide", reason: "Personal data of a person we help" });
    expect(await db.auditLog.count({ where: { action: "forum.post.hide", targetId: reply.postId, actorId: coordinator.id } })).toBe(1);
    await expectAppError(hidePost(alice, reply.postId, "not allowed"), "FORBIDDEN");
  });

  it("tells each member their own part of a shared thread page, and visitors' page holds none of it", async () => {
    const topic = await createTopic(alice, { categoryId: publicCategory, title: "Viewer parts", tags: [], content: doc("Opening") }, "en");
    const reply = await createReply(bob, { topicId: topic.topicId, content: doc("Bob's words"), replyToId: null }, "en");
    await hidePost(coordinator, reply.postId, "Off topic");
    await toggleReaction(carol, topic.postId, "thanks");
    await flagPost(carol, { postId: topic.postId, reason: "OFF_TOPIC", note: "" });

    const shared = await topicPage(null, topic.topicId, 1, "en");
    const hiddenForVisitors = shared?.posts.find((p) => p.id === reply.postId);
    expect(hiddenForVisitors?.html).toBeNull();
    expect(hiddenForVisitors?.text).toBe("");
    expect(hiddenForVisitors?.hidden).toEqual({ by: "MODERATOR", reason: null });
    expect(shared?.posts[0]?.reactions.find((r) => r.kind === "thanks")).toEqual({ kind: "thanks", count: 1, mine: false });
    expect(shared?.posts.every((p) => p.openFlags === 0 && !p.isMine)).toBe(true);

    // The JSON route's lean read tells exactly what the page's own render would (viewerOf).
    const viewerFor = async (user: U) => {
      const view = await topicPage(user, topic.topicId, 1, "en");
      if (!view) throw new Error("the topic is public");
      const moderator = user.role === "COORDINATOR" || user.role === "ADMIN";
      const lean = await topicViewer(user, topic.topicId, 1, "en", true);
      const categories = lean?.categories ?? [];
      expect(lean).toEqual(viewerOf(view, categories, true));
      expect(categories.length > 0).toBe(moderator);
      return lean as NonNullable<typeof lean>;
    };
    // The author of the hidden reply reads it, with the reason; may edit it no more (hidden).
    const bobs = await viewerFor(bob);
    expect(bobs.posts[reply.postId]).toMatchObject({ isMine: true, hidden: { reason: "Off topic" } });
    expect(bobs.posts[reply.postId]?.hidden?.html).toContain("Bob's words");
    expect(bobs.categories).toEqual([]);
    expect(bobs).toMatchObject({ canReply: true, canModerate: false, subscribed: true, lastNumber: 2 });
    // Carol: her reaction is pressed, and she may not read the hidden reply.
    const carols = await viewerFor(carol);
    expect(carols.posts[topic.postId]?.reacted).toEqual(["thanks"]);
    expect(carols.posts[reply.postId]?.hidden ?? null).toBeNull();
    expect(carols.subscribed).toBe(false);
    // Alice edits her own opening post (its editor source when she presses Edit), not Bob's.
    const alices = await viewerFor(alice);
    expect(alices.posts[topic.postId]).toMatchObject({ isMine: true, may: { edit: true } });
    expect(alices.posts[reply.postId]?.may.edit ?? false).toBe(false);
    expect(await postSource(alice, topic.postId)).toEqual(doc("Opening"));
    await expectAppError(postSource(carol, topic.postId), "FORBIDDEN");
    expect(await postSource(coordinator, reply.postId)).toEqual(doc("Bob's words"));
    expect(await postSource(carol, "nosuchpost")).toBeNull();
    // A moderator: the open report, the hidden reply, where the topic may move.
    const coordinators = await viewerFor(coordinator);
    expect(coordinators.canModerate).toBe(true);
    expect(coordinators.categories).toContainEqual({ id: publicCategory, name: expect.any(String) });
    expect(coordinators.posts[topic.postId]?.openFlags).toBe(1);
    expect(coordinators.posts[reply.postId]?.hidden?.html).toContain("Bob's words");
  });

  it("lists for every member what members may read and nothing about one of them; each member's marks come apart", async () => {
    const open = await createTopic(alice, { categoryId: publicCategory, title: "Lists: open", tags: [], content: doc("Open") }, "en");
    const closed = await createTopic(
      alice,
      { categoryId: membersCategory, title: "Lists: members", tags: [], content: doc("Closed") },
      "en",
    );
    await createReply(bob, { topicId: open.topicId, content: doc("A reply"), replyToId: null }, "en");
    await markTopicRead(carol, open.topicId, 1);

    const shared = await listTopics(ANY_MEMBER, "en", { categoryId: membersCategory });
    expect(shared.topics.map((t) => t.id)).toContain(closed.topicId);
    expect([...shared.topics, ...shared.pinned].every((t) => t.unread === null && t.firstUnread === null)).toBe(true);
    expect((await listTopics(null, "en", { categoryId: membersCategory })).topics).toEqual([]);

    // Carol has read post 1 of 2, Bob wrote post 2: for each, the JSON says what their own page would.
    const ids = [open.topicId, closed.topicId];
    for (const user of [carol, bob]) {
      const own = await listTopics(user, "en", { categoryId: publicCategory });
      const marks = await listViewer(user, ids, publicCategory);
      const rendered = listViewerOf(
        own.topics.filter((t) => t.id === open.topicId),
        marks.followingCategory,
      );
      expect(marks.topics[open.topicId]).toEqual(rendered.topics[open.topicId]);
    }
    expect((await listViewer(carol, ids, null)).topics[open.topicId]).toEqual({ unread: 1, firstUnread: 2 });
    expect((await listViewer(carol, ids, null)).topics[closed.topicId]).toEqual({ unread: "new", firstUnread: null });
    expect((await listViewer(carol, ids, publicCategory)).followingCategory).toBe(false);
  });

  it("marks members-only posts for members and keeps them from visitors", async () => {
    const topic = await createTopic(
      alice,
      { categoryId: membersCategory, title: "Members only discussion", tags: ["safeguarding"], content: doc("Between us") },
      "en",
    );
    const docs = (await forumSearchSource.documentsFor([topic.postId])).get(topic.postId) ?? [];
    expect(docs).toHaveLength(1);
    expect(docs[0].visibility).toBe("members");
    expect(await topicPage(null, topic.topicId, 1, "en")).toBeNull();
    expect(await topicPage(bob, topic.topicId, 1, "en")).not.toBeNull();
    // A visitor cannot reply to it either (the topic does not exist for them).
    await expectAppError(
      createReply({ id: "visitor", role: null as never }, { topicId: topic.topicId, content: doc("x"), replyToId: null }, "en"),
      "NOT_FOUND",
    );
  });

  it("reads the last page of a long thread by number range", async () => {
    const topic = await createTopic(
      alice,
      { categoryId: publicCategory, title: "Long thread paging check", tags: [], content: doc("Start") },
      "en",
    );
    for (let i = 0; i < 44; i++) await createReply(bob, { topicId: topic.topicId, content: doc(`r${i}`), replyToId: null }, "en");
    const last = await topicPage(alice, topic.topicId, 99, "en");
    expect(last?.page).toBe(3);
    expect(last?.posts.map((p) => p.number)).toEqual([41, 42, 43, 44, 45]);
  });
});

describe("reading", () => {
  it("marks a thread read up to the post seen — never back, never past its last post — and answers its notifications", async () => {
    const topic = await createTopic(
      alice,
      { categoryId: publicCategory, title: "Who has read what", tags: [], content: doc("Opening") },
      "en",
    );
    await createReply(bob, { topicId: topic.topicId, content: mention(alice.id, " have a look"), replyToId: null }, "en");
    await createReply(bob, { topicId: topic.topicId, content: doc("And one more thing"), replyToId: null }, "en");
    const unread = () => db.notification.count({ where: { userId: alice.id, topicId: topic.topicId, readAt: null } });
    const marker = async () =>
      (await db.forumTopicRead.findUniqueOrThrow({ where: { userId_topicId: { userId: alice.id, topicId: topic.topicId } } })).lastNumber;
    expect(await unread()).toBe(2);
    expect(await marker()).toBe(1);

    expect(await markTopicRead(alice, topic.topicId, 2)).toEqual({ answered: 1 });
    expect(await marker()).toBe(2);
    expect(await markTopicRead(alice, topic.topicId, 1)).toEqual({ answered: 0 });
    expect(await marker()).toBe(2);
    expect(await markTopicRead(alice, topic.topicId, 9999)).toEqual({ answered: 1 });
    expect(await marker()).toBe(3);
    expect(await unread()).toBe(0);
    await expectAppError(markTopicRead(alice, "no-such-topic", 1), "NOT_FOUND");
  });
});
