import type { Browser, Page } from "@playwright/test";
import { signIn, demo, expect, expectAccessible, message, test } from "./fixtures";
import type { UserInput } from "../prisma/factories";
import { hostileDocument } from "./xss-payloads";

// The community forum end to end: real Postgres, Meilisearch and Chromium.
const run = () => Math.random().toString(36).slice(2, 8);
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

type Db = Parameters<Parameters<typeof test>[2]>[0]["db"];

/** A member whose account is older than a day (new accounts are rate limited). */
async function member(makeUser: (i?: UserInput) => Promise<{ id: string; email: string; name: string }>, name: string) {
  return makeUser({ name, createdAt: new Date(Date.now() - 3 * 86_400_000) });
}

async function newSession(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Starts a topic through the form; returns the topic's path. */
async function startTopic(page: Page, category: string, title: string, body: string) {
  await page.goto("/en/forum/new");
  await page.getByLabel(message("en", "forum.newTopicPage.category")).selectOption({ label: category });
  await page.getByLabel(message("en", "forum.newTopicPage.topicTitle")).fill(title);
  const editor = page.getByRole("textbox", { name: message("en", "forum.newTopicPage.body") });
  await editor.click();
  await page.keyboard.type(body);
  await page.getByRole("button", { name: message("en", "forum.newTopicPage.submit") }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function topicIdOf(db: Db, title: string) {
  return (await db.forumTopic.findFirstOrThrow({ where: { title }, select: { id: true } })).id;
}

test("a reply that mentions a member notifies them, and the notification leads to the post", async ({ page, browser, makeUser }) => {
  test.setTimeout(90_000);
  const tag = run();
  const anna = await member(makeUser, `Anna Mentioned ${tag}`);
  const ben = await member(makeUser, `Ben Replier ${tag}`);
  await signIn(page, anna.email);
  const title = `Storytime in two languages ${tag}`;
  const path = await startTopic(page, "Events and activities", title, "How do you run bilingual storytime?");

  const benPage = await newSession(browser, ben.email);
  await benPage.goto(path);
  const reply = benPage.getByRole("textbox", { name: message("en", "forum.topic.replyHeading") });
  await reply.click();
  await benPage.keyboard.type(`@Anna Mentioned ${tag}`.slice(0, 16));
  const option = benPage.getByRole("option", { name: new RegExp(`Anna Mentioned ${tag}`) });
  await expect(option).toBeVisible();
  await benPage.keyboard.press("Enter");
  await benPage.keyboard.type(" we read the same book in Arabic and Italian.");
  await benPage.getByRole("button", { name: message("en", "forum.topic.sendReply") }).click();
  await expect(benPage.locator("#post-2")).toContainText("we read the same book in Arabic and Italian.");
  await expect(benPage.locator("#post-2 .mention")).toHaveText(`@${anna.name}`);

  await page.goto("/en/forum");
  const bell = page.getByRole("link", { name: /Notifications: 1 unread/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const notice = page.getByRole("link", { name: message("en", "forum.notifications.MENTION", { actor: ben.name, topic: title }) });
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(page).toHaveURL(/#post-2$/);
  await expect(page.locator("#post-2")).toContainText("we read the same book");
  // Seeing the post answered the notification: once the page is on screen it tells the server,
  // and the bell follows.
  await expect(page.getByRole("link", { name: "No unread notifications" })).toBeVisible();
  await page.goto("/en/forum/notifications");
  await expect(page.getByRole("link", { name: "No unread notifications" })).toBeVisible();
  await benPage.context().close();
});

test("a flagged post hidden by a coordinator disappears for visitors and from search; its author learns why", async ({
  page,
  browser,
  db,
  makeUser,
  request,
}) => {
  test.setTimeout(120_000);
  const tag = run();
  const word = `zanzibarite${tag}`;
  const author = await member(makeUser, `Flagged Author ${tag}`);
  const reporter = await member(makeUser, `Careful Reader ${tag}`);
  await signIn(page, author.email);
  const title = `Sharing contact lists ${tag}`;
  await startTopic(page, "Welcoming newcomers", title, "Opening question.");
  const topicId = await topicIdOf(db, title);
  const posted = await page.request.post(`/api/forum/topics/${topicId}/replies`, {
    data: { content: doc(`Here is the full list ${word} of families with addresses.`), locale: "en" },
  });
  expect(posted.status()).toBe(201);
  const { number } = await posted.json();
  await expect(async () => {
    const body = await (await request.get(`/api/search?q=${word}&locale=en`)).json();
    expect(body.hits.length).toBe(1);
  }).toPass({ timeout: 15_000 });

  const reporterPage = await newSession(browser, reporter.email);
  await reporterPage.goto(`/en/forum/t/${topicId}?post=${number}`);
  const post = reporterPage.locator(`#post-${number}`);
  await post.getByRole("button", { name: message("en", "forum.topic.flag"), exact: true }).click();
  await post.getByLabel(message("en", "forum.flag.OFFENSIVE")).check();
  await post.getByLabel(message("en", "forum.flag.note")).fill("Personal data of families");
  await post.getByRole("button", { name: message("en", "forum.flag.submit") }).click();
  await expect(post.getByText(message("en", "forum.flag.sent"))).toBeVisible();
  await reporterPage.context().close();

  const coordinator = await newSession(browser, demo("COORDINATOR").email);
  await coordinator.goto("/en/admin/forum");
  const item = coordinator.locator("article", { hasText: title });
  await expect(item).toContainText("Personal data of families");
  await item.getByLabel(message("en", "forum.mod.hideReason")).fill("Personal data of people we help");
  await item.getByRole("button", { name: message("en", "forum.mod.hideSubmit") }).click();
  await expect(coordinator.locator("article", { hasText: title })).toHaveCount(0);
  await expectAccessible(coordinator);
  await coordinator.context().close();

  // A visitor sees that a coordinator hid it, not the text.
  const visitor = await browser.newPage();
  await visitor.goto(`/en/forum/t/${topicId}`);
  await expect(visitor.locator(`#post-${number}`)).toContainText(message("en", "forum.topic.hiddenForAll"));
  await expect(visitor.getByText(word)).toHaveCount(0);
  await visitor.close();
  await expect(async () => {
    const body = await (await request.get(`/api/search?q=${word}&locale=en`)).json();
    expect(body.hits).toEqual([]);
  }).toPass({ timeout: 15_000 });

  // The author is told why.
  await page.goto("/en/forum/notifications");
  await expect(
    page.getByText(message("en", "forum.notifications.moderation.hide", { topic: title, reason: "Personal data of people we help" })),
  ).toBeVisible();
});

test("a locked topic refuses replies from the page, the route and a replayed action; a suspended member cannot post", async ({
  page,
  browser,
  db,
  makeUser,
}) => {
  test.setTimeout(90_000);
  const tag = run();
  const writer = await member(makeUser, `Lock Tester ${tag}`);
  await signIn(page, writer.email);
  const title = `Room booking rules ${tag}`;
  const path = await startTopic(page, "Partnerships with municipalities", title, "Who books the rooms?");
  const topicId = await topicIdOf(db, title);

  // Capture the real reply action while the topic is open.
  const editor = page.getByRole("textbox", { name: message("en", "forum.topic.replyHeading") });
  await editor.click();
  await page.keyboard.type("First reply.");
  const captured = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByRole("button", { name: message("en", "forum.topic.sendReply") }).click();
  const action = await captured;
  await expect(page.locator("#post-2")).toContainText("First reply.");

  const coordinator = await newSession(browser, demo("COORDINATOR").email);
  await coordinator.goto(path);
  await coordinator.getByRole("button", { name: message("en", "forum.mod.lock") }).click();
  await expect(coordinator.getByRole("button", { name: message("en", "forum.mod.unlock") })).toBeVisible();
  // The tools say what they did, not a "Done." that could be read as the move beside it.
  await expect(coordinator.getByRole("status").filter({ hasText: message("en", "forum.mod.doneLocked") })).toBeVisible();
  await coordinator.context().close();

  await page.goto(path);
  await expect(page.getByText(message("en", "forum.topic.lockedNotice"))).toBeVisible();
  await expect(page.getByRole("button", { name: message("en", "forum.topic.sendReply") })).toHaveCount(0);

  const viaRoute = await page.request.post(`/api/forum/topics/${topicId}/replies`, { data: { content: doc("Sneaking in"), locale: "en" } });
  expect(viaRoute.status()).toBe(409);
  expect((await viaRoute.json()).error.message).toBe("errors.topicLocked");

  const body = JSON.parse(action.postData() ?? "[]");
  body[0].content = doc("Replayed reply");
  const replayed = await page.request.post(action.url(), { headers: action.headers(), data: JSON.stringify(body) });
  expect(replayed.status()).toBe(200);
  expect(await replayed.text()).toContain("errors.topicLocked");
  expect(await db.forumPost.count({ where: { topicId } })).toBe(2);

  // Suspended from the forum: the member still reads, but cannot post anywhere.
  await db.user.update({
    where: { id: writer.id },
    data: { forumSuspendedUntil: new Date(Date.now() + 3 * 86_400_000), forumSuspendedReason: "Cooling-off period" },
  });
  const open = await db.forumTopic.findFirstOrThrow({
    where: { lockedAt: null, category: { visibility: "PUBLIC" } },
    select: { id: true },
  });
  const refused = await page.request.post(`/api/forum/topics/${open.id}/replies`, { data: { content: doc("Still here"), locale: "en" } });
  expect(refused.status()).toBe(403);
  await page.goto(`/en/forum/t/${open.id}`);
  await expect(page.getByText(/Cooling-off period/)).toBeVisible();
  await expect(page.getByRole("button", { name: message("en", "forum.topic.sendReply") })).toHaveCount(0);
});

test("visitors neither see a members-only category nor find its posts; members do", async ({ page, request }) => {
  await page.goto("/en/forum");
  await expect(page.getByRole("link", { name: "Welcoming newcomers" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Partners' room" })).toHaveCount(0);
  const direct = await page.goto("/en/forum/c/partners-room");
  expect(direct?.status()).toBe(404);
  const topic = await request.get("/en/forum/latest");
  expect(await topic.text()).not.toContain("asylum story");

  const visitorSearch = await (await request.get("/api/search?q=asylum%20story&locale=en&type=forum_post")).json();
  expect(visitorSearch.hits).toEqual([]);

  await signIn(page, demo("LIBRARIAN").email);
  await expect(async () => {
    const body = await (await page.request.get("/api/search?q=asylum%20story&locale=en&type=forum_post")).json();
    expect(body.hits.map((h: { title: string }) => h.title)).toContain(
      "Safeguarding: someone shared their asylum story in a group activity",
    );
  }).toPass({ timeout: 15_000 });
  await page.goto("/en/forum/c/partners-room");
  await expect(page.getByRole("heading", { level: 1, name: "Partners' room" })).toBeVisible();
});

test("script payloads posted as replies render inert", async ({ page, db, makeUser }) => {
  test.setTimeout(90_000);
  const tag = run();
  const writer = await member(makeUser, `Payload Poster ${tag}`);
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await signIn(page, writer.email);
  const title = `Hostile replies ${tag}`;
  await startTopic(page, "Digital inclusion", title, "Testing the sanitiser.");
  const topicId = await topicIdOf(db, title);
  const response = await page.request.post(`/api/forum/topics/${topicId}/replies`, { data: { content: hostileDocument(), locale: "en" } });
  expect(response.status()).toBe(201);
  await page.goto(`/en/forum/t/${topicId}?post=2`);
  const post = page.locator("#post-2 .rich-content");
  await expect(post).toContainText("javascript:alert(1)");
  await page.waitForTimeout(500);
  expect(dialogs).toBe(0);
  expect(await post.locator("script, iframe, object, embed, svg, [onerror], [onload], [onmouseover], [style]").count()).toBe(0);
  const hrefs = await post.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:|\/(?!\/))/);
  const srcs = await post.locator("img").evaluateAll((imgs) => imgs.map((i) => i.getAttribute("src") ?? ""));
  for (const src of srcs) expect(src).toMatch(/^\/api\/files\//);
});

test("a member starts a topic and replies with the keyboard alone", async ({ page, db, makeUser }) => {
  test.setTimeout(90_000);
  const tag = run();
  const writer = await member(makeUser, `Keyboard User ${tag}`);
  await signIn(page, writer.email);
  await page.goto("/en/forum");
  const focusOn = async (predicate: () => Promise<boolean>, max = 60) => {
    for (let i = 0; i < max; i++) {
      if (await predicate()) return;
      await page.keyboard.press("Tab");
    }
    throw new Error("never reached the element with Tab");
  };
  const focused = (name: string) => async () => (await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "")) === name;
  await focusOn(focused(message("en", "forum.newTopic")));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/forum\/new/);
  const activeId = (id: string) => async () => (await page.evaluate(() => document.activeElement?.id ?? "")) === id;
  await focusOn(activeId("topic-category"));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  const title = `Keyboard topic ${tag}`;
  await page.keyboard.type(title);
  await page.keyboard.press("Tab");
  await page.keyboard.type("keyboard, access");
  await focusOn(activeId("topic-body"));
  await page.keyboard.type("Written without a mouse.");
  // Escape, then Tab, leaves the editor (Tab alone indents lists).
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  await focusOn(focused(message("en", "forum.newTopicPage.submit")));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await focusOn(activeId("reply-body"), 120);
  await page.keyboard.type("And a reply, also by keyboard.");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  await focusOn(focused(message("en", "forum.topic.sendReply")));
  await page.keyboard.press("Enter");
  await expect(page.locator("#post-2")).toContainText("also by keyboard");
  expect(await db.forumTopic.findFirst({ where: { title }, select: { replyCount: true, tags: true } })).toEqual({
    replyCount: 1,
    tags: ["keyboard", "access"],
  });
});

test("every forum page passes the axe scan, for a coordinator and in French", async ({ page, db }) => {
  test.setTimeout(120_000);
  const topic = await db.forumTopic.findFirstOrThrow({
    where: { title: { startsWith: "How do you issue library cards" } },
    select: { id: true },
  });
  const post = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.id, number: 2 }, select: { id: true } });
  for (const path of ["/en/forum", "/fr/forum", "/en/forum/latest", "/en/forum/c/welcoming-newcomers", `/fr/forum/t/${topic.id}`]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await signIn(page, demo("ADMIN").email);
  for (const path of [
    "/en/forum",
    "/en/forum/new",
    `/en/forum/t/${topic.id}`,
    `/en/forum/p/${post.id}/history`,
    "/en/forum/notifications",
    "/en/admin/forum",
    "/en/admin/forum/settings",
    "/fr/forum/notifications",
  ]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    await expectAccessible(page);
  }
});

test("a quoted reply survives a reload as a draft, then notifies the quoted author", async ({ page, db, makeUser }) => {
  test.setTimeout(90_000);
  const tag = run();
  const writer = await member(makeUser, `Draft Keeper ${tag}`);
  const topic = await db.forumTopic.findFirstOrThrow({ where: { title: { startsWith: "Conversation café" } }, select: { id: true } });
  const quoted = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.id, number: 2 }, select: { id: true, authorId: true } });
  await signIn(page, writer.email);
  await page.goto(`/en/forum/t/${topic.id}`);
  await page
    .locator("#post-2")
    .getByRole("button", { name: /^Quote/ })
    .click();
  const editor = page.getByRole("textbox", { name: message("en", "forum.topic.replyHeading") });
  await expect(editor.locator("blockquote")).toContainText("Picture cards");
  await page.keyboard.type(`Picture cards worked for us too ${tag}.`);
  await page.reload();
  await expect(page.getByText(message("en", "forum.topic.draftRestored"))).toBeVisible();
  await expect(editor).toContainText(`Picture cards worked for us too ${tag}.`);
  await expect(editor.locator("blockquote")).toContainText("Picture cards");
  await page.getByRole("button", { name: message("en", "forum.topic.sendReply") }).click();
  const post = page.locator("article", { hasText: `worked for us too ${tag}` });
  await expect(post.locator("blockquote")).toContainText("Picture cards");
  await expect.poll(() => db.notification.count({ where: { userId: quoted.authorId ?? "", kind: "QUOTE", actorId: writer.id } })).toBe(1);
  // Posted: the draft is gone.
  await page.reload();
  await expect(page.getByText(message("en", "forum.topic.draftRestored"))).toHaveCount(0);
});

test("100 replies sent at once through the route give exactly 100 posts and exact counters", async ({ page, db, makeUser }) => {
  test.setTimeout(120_000);
  const tag = run();
  const writer = await member(makeUser, `Busy Poster ${tag}`);
  await signIn(page, writer.email);
  const title = `Busy thread ${tag}`;
  await startTopic(page, "Language learning", title, "Everyone answer at once!");
  const topicId = await topicIdOf(db, title);
  const responses = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      page.request.post(`/api/forum/topics/${topicId}/replies`, { data: { content: doc(`Answer ${i}`), locale: "en" } }),
    ),
  );
  expect(responses.map((r) => r.status())).toEqual(Array(100).fill(201));
  const numbers = (await Promise.all(responses.map((r) => r.json()))).map((b: { number: number }) => b.number).sort((a, b) => a - b);
  expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
  const posts = await db.forumPost.findMany({ where: { topicId }, select: { number: true, createdAt: true } });
  expect(posts).toHaveLength(101);
  const topic = await db.forumTopic.findUniqueOrThrow({
    where: { id: topicId },
    select: { replyCount: true, postCount: true, lastPostAt: true },
  });
  expect(topic.replyCount).toBe(100);
  expect(topic.postCount).toBe(101);
  expect(topic.lastPostAt.getTime()).toBe(Math.max(...posts.map((p) => p.createdAt.getTime())));
  // The last page shows the last replies.
  await page.goto(`/en/forum/t/${topicId}?post=101`);
  await expect(page.locator("#post-101")).toBeVisible();
  await expect(page.getByText(message("en", "forum.topic.pageOf", { page: "6", pages: "6" })).first()).toBeVisible();
});

test("an author edits their post on the shared thread: the editor opens with their words, fetched when Edit is pressed; others get no Edit and the source route refuses them", async ({
  page,
  browser,
  makeUser,
  db,
}) => {
  const tag = run();
  const author = await member(makeUser, `Erin Editor ${tag}`);
  const other = await member(makeUser, `Olaf Other ${tag}`);
  await signIn(page, author.email);
  const title = `Opening hours for families ${tag}`;
  const path = await startTopic(page, "Welcoming newcomers", title, `Original words ${tag}`);
  const postId = (await db.forumPost.findFirstOrThrow({ where: { topic: { title }, number: 1 }, select: { id: true } })).id;

  await page.goto(path);
  const post = page.locator("#post-1 article");
  await post.getByRole("button", { name: message("en", "forum.topic.edit"), exact: true }).click();
  const editor = page.getByRole("textbox", { name: message("en", "forum.topic.edit"), exact: true });
  await expect(editor).toContainText(`Original words ${tag}`);
  await editor.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" and Saturday mornings");
  await page.getByRole("button", { name: message("en", "forum.topic.saveEdit") }).click();
  await expect(post).toContainText(`Original words ${tag} and Saturday mornings`);
  await expect(editor).toHaveCount(0);
  expect((await db.forumPost.findUniqueOrThrow({ where: { id: postId }, select: { text: true } })).text).toBe(
    `Original words ${tag} and Saturday mornings`,
  );

  const otherPage = await newSession(browser, other.email);
  await otherPage.goto(path);
  await expect(otherPage.locator("#post-1 article").getByRole("button", { name: message("en", "forum.topic.reply") })).toBeVisible();
  await expect(
    otherPage.locator("#post-1 article").getByRole("button", { name: message("en", "forum.topic.edit"), exact: true }),
  ).toHaveCount(0);
  expect((await otherPage.request.get(`/api/forum/posts/${postId}/source`)).status()).toBe(403);
  expect((await page.request.get(`/api/forum/posts/${postId}/source`)).status()).toBe(200);
});
