import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { demo, expect, expectAccessible, formatted, login, logout, message, signIn, TEST_PASSWORD, test } from "./fixtures";
import {
  createAuditEntry,
  createCourse,
  createForumFlag,
  createPractice,
  enrolLearner,
  simpleCourseSpec,
  upsertOrganisation,
} from "../prisma/factories";
import { createTopic } from "./forum-helpers";
import { loginAsCoordinator } from "./knowledge-helpers";

// The newcomer's walkthrough (issue 8): what a person saw go wrong, each checked the way they
// would meet it. Data the screens only display is written straight to the database (factories);
// what the person does goes through the UI.

type Db = Parameters<Parameters<typeof test>[2]>[0]["db"];
const tag = () => randomBytes(3).toString("hex");

const announcer = (page: Page) => page.getByRole("status", { name: message("en", "nav.announcements") });

async function asUser(browser: Browser, email: string, options: Parameters<Browser["newContext"]>[0] = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** A member whose account is older than a day (new accounts are rate limited in the forum). */
async function member(db: Db, makeUser: (i?: object) => Promise<{ id: string; email: string; name: string }>, name: string) {
  const user = await makeUser({ name });
  await db.user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.now() - 3 * 86_400_000) } });
  return user;
}

const noSideScroll = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));

// ─── 1. Reflow ────────────────────────────────────────────────────────────────────────────────

test("admin and moderation pages fit a 390 px screen without sideways scrolling", async ({ page, db, makeUser }) => {
  const t = tag();
  const author = await member(db, makeUser, `Verylongname-without-spaces-${t}-Abcdefghijklmnopqrstuvwxyz`);
  const reporter = await member(db, makeUser, `Reporter ${t}`);
  const topic = await createTopic(db, {
    title: `Reflow check ${t}`,
    authorId: author.id,
    posts: [{ by: author.id, text: `A post with a long link https://example.org/${"segment/".repeat(12)}${t}` }],
  });
  await createForumFlag(db, { postId: topic.postIds[0], reporterId: reporter.id, reason: "SPAM", note: "Looks like spam" });
  await createAuditEntry(db, {
    action: "user.role.change",
    targetType: "User",
    targetId: author.id,
    data: { from: "LIBRARIAN", to: "PARTNER" },
  });

  await page.setViewportSize({ width: 390, height: 844 });
  const admin = demo("ADMIN");
  await signIn(page, admin.email);
  for (const path of ["/en/admin/users", "/en/admin/audit", "/en/admin/forum", `/en/admin/users/${author.id}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const { scrollWidth, clientWidth } = await noSideScroll(page);
    expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
  }
  // Rows became cards: each value sits under its column's name, inside the screen.
  await page.goto(`/en/admin/users?q=${encodeURIComponent(author.email)}`);
  const row = page.getByRole("row").filter({ hasText: author.email });
  await expect(row).toBeVisible();
  await expect(row).toContainText(message("en", "admin.role"));
  const box = await row.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(390);
});

test("a methodology table in Latvian scrolls in its own box on a 390 px screen, reachable by keyboard, and the page does not", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/lv/knowledge/integration-methodology");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const { scrollWidth, clientWidth } = await noSideScroll(page);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  // The seeded page's table has three columns of long Latvian words: wider than the phone.
  const region = page.getByRole("region", { name: message("lv", "common.table") }).first();
  await expect(region.getByRole("table")).toBeVisible();
  const box = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expectAccessible(page);
});

test("a partner's case studies, the review queue and the training report fit a 390 px screen in Latvian", async ({
  browser,
  db,
  makeUser,
}) => {
  test.setTimeout(120_000);
  const t = tag();
  const org = `reflow-${t}`;
  await upsertOrganisation(db, { slug: org, name: `Reflow library ${t}`, type: "LIBRARY", country: "LV", city: "Sigulda" });
  const partner = await makeUser({ role: "PARTNER", organisationSlug: org, name: `Partner ${t}` });
  const title = `Bilingual story hour for families who arrived this year ${t}`;
  await createPractice(db, { organisationSlug: org, title, status: "IN_REVIEW", createdById: partner.id });
  const course = await createCourse(db, simpleCourseSpec({ title: `Reflow course ${t}` }));
  const learner = await makeUser({ country: "LV", organisationSlug: org });
  await enrolLearner(db, { userId: learner.id, courseId: course.id, lessonsDone: 1 });
  const viewport = { width: 390, height: 844 };

  // The partner's list: each case study is a card with its status, date and comments in sight.
  const partnerPage = await asUser(browser, partner.email, { viewport });
  await partnerPage.goto("/lv/practices/mine");
  const row = partnerPage.getByRole("row").filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row.getByRole("rowheader")).toContainText(title);
  for (const column of ["mine.status", "mine.updated", "mine.comments"]) {
    await expect(row).toContainText(message("lv", `practices.${column}`));
  }
  const box = await row.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  expect(await noSideScroll(partnerPage)).toMatchObject({ scrollWidth: 390 });
  await expectAccessible(partnerPage);

  // The coordinator's queue and report: cards, or tables that scroll inside their own region.
  const coordinator = await asUser(browser, demo("COORDINATOR").email, { viewport });
  for (const path of ["/lv/admin/review", "/lv/admin/reports/training", "/lv/admin/translations"]) {
    await coordinator.goto(path);
    await expect(coordinator.getByRole("heading", { level: 1 })).toBeVisible();
    const { scrollWidth, clientWidth } = await noSideScroll(coordinator);
    expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
    await expectAccessible(coordinator);
  }
  await coordinator.goto("/lv/admin/review");
  const queued = coordinator.getByRole("row").filter({ hasText: title });
  await expect(queued).toContainText(message("lv", "review.columns.organisation"));
  const queuedBox = await queued.boundingBox();
  expect(queuedBox && queuedBox.x + queuedBox.width).toBeLessThanOrEqual(390);
  await coordinator.goto("/lv/admin/reports/training");
  const byOrganisation = coordinator.getByRole("region", { name: message("lv", "courses.report.byOrganisation") });
  await expect(byOrganisation.getByRole("rowheader", { name: `Reflow library ${t}` })).toBeVisible();
  // The table is wider than the screen: its region scrolls, and the page does not.
  expect(await byOrganisation.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

// ─── 2. Focus and announcements ─────────────────────────────────────────────────────────────────

test("a posted reply takes the focus and is announced; a refused one focuses the error", async ({ browser, db, makeUser }) => {
  const t = tag();
  const asker = await member(db, makeUser, `Asker ${t}`);
  const replier = await member(db, makeUser, `Replier ${t}`);
  const topic = await createTopic(db, {
    title: `Focus after replying ${t}`,
    authorId: asker.id,
    posts: [{ by: asker.id, text: "Question?" }],
  });
  const page = await asUser(browser, replier.email);
  await page.goto(`/en/forum/t/${topic.id}`);
  const send = page.getByRole("button", { name: message("en", "forum.topic.sendReply") });

  // Nothing written: the error summary has the focus and is an alert.
  await send.click();
  const summary = page.getByRole("alert").filter({ hasText: message("en", "errors.INVALID") });
  await expect(summary).toBeFocused();
  await expect(page.getByText(message("en", "validation.postEmpty"))).toBeVisible();

  const editor = page.getByRole("textbox", { name: message("en", "forum.topic.replyHeading") });
  await editor.click();
  await page.keyboard.type(`We keep a list of phrases at the desk ${t}.`);
  await send.click();
  const newPost = page.locator("#post-2 > article");
  await expect(newPost).toContainText(`We keep a list of phrases at the desk ${t}.`);
  await expect(newPost).toBeFocused();
  await expect(announcer(page)).toHaveText(message("en", "forum.topic.posted"));
  await page.context().close();
});

test("reactions have names and counts, keep the focus and are announced; a flag's outcome takes the focus", async ({
  browser,
  db,
  makeUser,
}) => {
  const t = tag();
  const author = await member(db, makeUser, `Author ${t}`);
  const reader = await member(db, makeUser, `Reader ${t}`);
  const topic = await createTopic(db, {
    title: `Reactions ${t}`,
    authorId: author.id,
    posts: [
      { by: author.id, text: "Opening post." },
      { by: author.id, text: "A reply worth a reaction." },
    ],
  });
  const page = await asUser(browser, reader.email);
  await page.goto(`/en/forum/t/${topic.id}`);
  const post = page.locator("#post-2");
  const reactions = post.getByRole("list", { name: message("en", "forum.topic.reactions") });
  // Every reaction is a button named by its visible word.
  for (const kind of ["like", "thanks", "idea", "support"]) {
    await expect(reactions.getByRole("button", { name: message("en", `forum.topic.reaction.${kind}`), exact: true })).toBeVisible();
  }
  const like = reactions.getByRole("button", { name: message("en", "forum.topic.reaction.like"), exact: true });
  await like.click();
  const liked = reactions.getByRole("button", { name: `${message("en", "forum.topic.reaction.like")} 1` });
  await expect(liked).toHaveAttribute("aria-pressed", "true");
  await expect(liked).toBeFocused();
  await expect(announcer(page)).toHaveText(
    formatted("en", "forum.topic.reactionAdded", { label: message("en", "forum.topic.reaction.like"), count: 1 }),
  );

  await post.getByRole("button", { name: message("en", "forum.topic.flag"), exact: true }).click();
  await post.getByLabel(message("en", "forum.flag.OFF_TOPIC")).check();
  await post.getByRole("button", { name: message("en", "forum.flag.submit") }).click();
  // The outcome replaces the form: it takes the focus and is itself a status (live) region.
  const sent = post.getByRole("status").filter({ hasText: message("en", "forum.flag.sent") });
  await expect(sent).toBeFocused();
  await expect(sent).toHaveText(message("en", "forum.flag.sent"));
  await page.context().close();
});

test("a coordinator dismisses a report and the focus moves on in the queue, with an announcement", async ({ page, db, makeUser }) => {
  const t = tag();
  const author = await member(db, makeUser, `Queue author ${t}`);
  const reporter = await member(db, makeUser, `Queue reporter ${t}`);
  const title = `Dismiss me ${t}`;
  const topic = await createTopic(db, { title, authorId: author.id, posts: [{ by: author.id, text: "Nothing wrong here." }] });
  await createForumFlag(db, { postId: topic.postIds[0], reporterId: reporter.id, reason: "OTHER", note: "Not sure" });

  await loginAsCoordinator(page);
  await page.goto("/en/admin/forum");
  const item = page.locator("article", { hasText: title });
  await item.getByRole("button", { name: message("en", "forum.queue.keep") }).click();
  await expect(page.locator("article", { hasText: title })).toHaveCount(0);
  await expect(announcer(page)).toHaveText(message("en", "forum.queue.dismissed"));
  // The next report's heading, or the "nothing to review" notice when the queue is empty.
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? { id: el.id, tag: el.tagName } : null;
  });
  expect(focused?.id === "queue-empty" || (focused?.tag === "H3" && focused.id.startsWith("q-"))).toBe(true);
});

// ─── 3. Forms show what is saved ──────────────────────────────────────────────────────────────

test("an admin changes a role, then suspends: the role menu shows the saved role throughout", async ({ page, db, makeUser }) => {
  const user = await makeUser({ name: `Role sequence ${tag()}` });
  const admin = demo("ADMIN");
  await signIn(page, admin.email);
  await page.goto(`/en/admin/users/${user.id}`);
  const role = page.getByLabel(message("en", "admin.role"), { exact: true });
  await expect(role).toHaveValue("LIBRARIAN");
  await role.selectOption("COORDINATOR");
  const save = page.getByRole("button", { name: message("en", "admin.saveRole") });
  await save.click();
  await expect(page.getByRole("status").filter({ hasText: message("en", "admin.roleChanged") })).toBeVisible();
  await expect(role).toHaveValue("COORDINATOR");
  await expect(save).toBeFocused(); // the button stayed usable while it worked, so the focus stayed

  await page.getByLabel(message("en", "admin.reason")).fill("Asked to pause the account");
  await page.getByRole("button", { name: message("en", "admin.suspend"), exact: true }).click();
  // The suspend form gives way to the lift form: the focus goes to the new suspension notice.
  const notice = page.getByText(message("en", "admin.suspendedIndefinitely", { reason: "Asked to pause the account" }));
  await expect(notice).toBeFocused();
  await expect(announcer(page)).toHaveText(message("en", "admin.suspended"));
  await expect(role).toHaveValue("COORDINATOR");
  expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true, status: true } })).toEqual({
    role: "COORDINATOR",
    status: "SUSPENDED",
  });
  await page.reload();
  await expect(page.getByLabel(message("en", "admin.role"), { exact: true })).toHaveValue("COORDINATOR");
});

// ─── 4. Content in another language ────────────────────────────────────────────────────────────

test("on Ukrainian pages, English titles in the lists carry lang and a language badge", async ({ page, db, makeUser }) => {
  const t = tag();
  const author = await member(db, makeUser, `Lang author ${t}`);
  const title = `Welcome desk phrases ${t}`;
  const topic = await createTopic(db, { title, authorId: author.id, posts: [{ by: author.id, text: "Which phrases help?" }] });

  await page.goto("/uk/knowledge");
  const guide = page.getByRole("link", { name: "Plain language for library staff" });
  await expect(guide).toHaveAttribute("lang", "en");
  await expect(page.getByRole("listitem").filter({ has: guide }).first()).toContainText("English");

  await page.goto("/uk/forum/latest");
  const link = page.getByRole("link", { name: title });
  await expect(link).toHaveAttribute("lang", "en");
  await expect(page.getByRole("listitem").filter({ has: link })).toContainText("English");

  await page.goto(`/uk/forum/t/${topic.id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toHaveAttribute("lang", "en");
  await expect(page.locator("#post-1 .rich-content")).toHaveAttribute("lang", "en");
});

// ─── 5. The audit log in words ───────────────────────────────────────────────────────────────

test("the audit log names actors and targets with links, reads its details, and filters by a translated action", async ({
  page,
  db,
  makeUser,
}) => {
  const target = await makeUser({ name: `Audited person ${tag()}` });
  const admin = demo("ADMIN");
  const adminRow = await db.user.findUniqueOrThrow({ where: { email: admin.email }, select: { id: true } });
  await createAuditEntry(db, {
    actorId: adminRow.id,
    action: "user.role.change",
    targetType: "User",
    targetId: target.id,
    data: { from: "LIBRARIAN", to: "COORDINATOR" },
  });
  await signIn(page, admin.email);
  await page.goto("/fr/admin/audit");
  await page.getByLabel(message("fr", "admin.actionFilter")).selectOption({ label: message("fr", "admin.actions.user_role_change") });
  await page.getByRole("button", { name: message("fr", "admin.filter") }).click();
  await expect(page).toHaveURL(/action=user\.role\.change/);
  const row = page.getByRole("row").filter({ hasText: target.name });
  await expect(row).toContainText(message("fr", "admin.actions.user_role_change"));
  await expect(row).toContainText(`De ${message("fr", "roles.LIBRARIAN")} à ${message("fr", "roles.COORDINATOR")}`);
  await expect(row.getByRole("link", { name: target.name })).toHaveAttribute("href", `/fr/admin/users/${target.id}`);
  await expect(row.getByRole("link", { name: "Ilze Admin" })).toHaveAttribute("href", `/fr/admin/users/${adminRow.id}`);
  // No ids and no raw JSON for people to decipher.
  await expect(row).not.toContainText(target.id);
  await expect(row).not.toContainText("{");
  // Only that action is listed.
  const actions = await page
    .getByRole("row")
    .filter({ has: page.getByRole("cell") })
    .allInnerTexts();
  expect(actions.every((text) => text.includes(message("fr", "admin.actions.user_role_change")))).toBe(true);
});

// ─── 6. The solution ─────────────────────────────────────────────────────────────────────────

test("a solved topic shows its accepted answer near the top, on every page of the thread", async ({ page, db, makeUser }) => {
  const t = tag();
  const asker = await member(db, makeUser, `Solved asker ${t}`);
  const helper = await member(db, makeUser, `Solved helper ${t}`);
  const posts = Array.from({ length: 25 }, (_, i) => ({
    by: i === 2 ? helper.id : asker.id,
    text: i === 2 ? `Accept the reception centre's letter as proof of address ${t}.` : `Message ${i + 1}`,
  }));
  const topic = await createTopic(db, { title: `Cards without an address ${t}`, authorId: asker.id, posts });
  await db.forumTopic.update({ where: { id: topic.id }, data: { solvedPostId: topic.postIds[2] } });

  await page.goto(`/en/forum/t/${topic.id}?page=2`);
  const solution = page.getByRole("region", { name: message("en", "forum.topic.solutionHeading") });
  await expect(solution).toContainText(`Accept the reception centre's letter as proof of address ${t}.`);
  await expect(solution).toContainText(formatted("en", "forum.topic.solutionBy", { number: 3, name: helper.name }));
  await solution.getByRole("link", { name: formatted("en", "forum.topic.readSolution", { number: 3 }) }).click();
  await expect(page).toHaveURL(/page=1#post-3$/);
  await expect(page.locator("#post-3 article")).toContainText(message("en", "forum.topic.solution"));
});

// ─── 7. Search ───────────────────────────────────────────────────────────────────────────────

test("search shows a forum topic once, with a passage, and on a phone the results come before the filters", async ({
  page,
  db,
  makeUser,
}) => {
  const inTitle = `quokkacard${tag()}`;
  const inReply = `wallabyletter${tag()}`;
  const author = await member(db, makeUser, `Search author ${tag()}`);
  const title = `Library cards and the ${inTitle} question`;
  await createTopic(db, {
    title,
    authorId: author.id,
    index: true,
    posts: [
      { by: author.id, text: "How do you register newcomers?" },
      { by: author.id, text: `We accept a ${inReply} from the reception centre.` },
      { by: author.id, text: "Thanks, that helps." },
    ],
  });
  await page.setViewportSize({ width: 390, height: 844 });
  const result = page.getByRole("article").filter({ has: page.getByRole("link", { name: title }) });

  // Every post carries the topic's title: still one result, with a passage (not an empty one).
  await expect(async () => {
    await page.goto(`/en/search?q=${inTitle}`);
    await expect(page.getByRole("link", { name: title })).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText(formatted("en", "search.resultCount", { count: 1 }))).toBeVisible();
  await expect(
    result
      .locator("p")
      .filter({ hasNotText: /^Updated/ })
      .first(),
  ).not.toBeEmpty();

  // Words from a reply: the topic once, through that reply's passage.
  await page.goto(`/en/search?q=${inReply}`);
  await expect(page.getByRole("link", { name: title })).toHaveCount(1);
  await expect(result).toContainText(`We accept a ${inReply} from the reception centre.`);
  await expect(result.locator("mark", { hasText: inReply })).toBeVisible();

  // The first result is on the first screen; the filters wait, closed, one tap away.
  const box = await page.getByRole("link", { name: title }).boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(844);
  const typeFilter = page.getByRole("group", { name: message("en", "search.facets.type") });
  await expect(typeFilter).toBeHidden();
  await page.getByText(message("en", "search.filters")).click();
  await expect(typeFilter).toBeVisible();
  await expect(typeFilter.getByLabel(new RegExp(message("en", "search.types.forum_post")))).toBeVisible();
});

// ─── 8. Knowledge: archive, history, diff ───────────────────────────────────────────────────────

/** A page with three saved versions (internal versions 4–6, as autosaves leave them). */
async function pageWithHistory(db: Db, authorId: string) {
  const slug = `history-${tag()}`;
  const table =
    "<table><tbody><tr><th><p>Phrase</p></th><th><p>Plain version</p></th></tr><tr><td><p>Proof of residence</p></td><td><p>A letter with your address</p></td></tr></tbody></table>";
  const image = '<img src="/api/files/cdiffimage0001" alt="Reading corner with cushions">';
  const versions = [
    "<p>Welcome every newcomer at the desk.</p>",
    "<p>Welcome each newcomer at the desk.</p>",
    `<p>Welcome each newcomer at the desk.</p>${table}${image}`,
  ];
  const page = await db.knowledgePage.create({
    data: { slug, section: "GUIDES", sourceLocale: "en", status: "DRAFT", createdById: authorId },
    select: { id: true },
  });
  const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Welcome each newcomer at the desk." }] }] };
  await db.pageTranslation.create({
    data: {
      pageId: page.id,
      locale: "en",
      title: `History ${slug}`,
      contentJson: doc,
      contentHtml: versions[2],
      version: 6,
      updatedById: authorId,
    },
  });
  for (const [i, html] of versions.entries()) {
    await db.pageRevision.create({
      data: {
        pageId: page.id,
        locale: "en",
        version: 4 + i,
        title: `History ${slug}`,
        contentJson: doc,
        contentHtml: html,
        authorId,
        kind: "save",
        createdAt: new Date(Date.now() - (3 - i) * 3_600_000),
      },
    });
  }
  return { slug, id: page.id };
}

test("history numbers versions from 1, offers no restore of the current one, and shows tables, images and words changed", async ({
  page,
  db,
}) => {
  const coordinator = await db.user.findUniqueOrThrow({ where: { email: demo("COORDINATOR").email }, select: { id: true } });
  const { slug } = await pageWithHistory(db, coordinator.id);
  await loginAsCoordinator(page);
  await page.goto(`/en/knowledge/${slug}/history?lang=en`);
  const versions = page.getByRole("navigation", { name: message("en", "knowledge.revisions") });
  await expect(versions.getByRole("link")).toHaveCount(3);
  for (const n of [1, 2, 3]) await expect(versions.getByRole("link", { name: new RegExp(`^Version ${n} `) })).toBeVisible();
  await expect(versions).not.toContainText("Version 4");

  // The newest is the working copy: nothing to restore.
  await expect(page.getByText(message("en", "knowledge.isCurrentVersion"))).toBeVisible();
  await expect(page.getByRole("button", { name: /Restore version/ })).toHaveCount(0);
  await expect(page.getByText(formatted("en", "knowledge.diffAgainst", { from: 2, to: 3 }))).toBeVisible();

  // Version 3 added a table and an image: both shown, labelled "Added".
  const diff = page.locator(".revision-diff");
  const addedTable = diff.locator(".diff-block-added").filter({ has: page.getByRole("table") });
  await expect(addedTable).toContainText(message("en", "knowledge.diff.added"));
  await expect(addedTable.getByRole("cell", { name: "Proof of residence" })).toBeVisible();
  await expect(diff.locator(".diff-block-added").getByRole("img", { name: "Reading corner with cushions" })).toHaveCount(1);

  // Version 2 changed a word: struck through and underlined, not told by colour alone.
  await versions.getByRole("link", { name: /^Version 2 / }).click();
  await expect(page.getByRole("button", { name: "Restore version 2" })).toBeVisible();
  const removed = diff.locator("del", { hasText: "every" });
  const added = diff.locator("ins", { hasText: "each" });
  await expect(removed).toHaveCSS("text-decoration-line", "line-through");
  await expect(added).toHaveCSS("text-decoration-line", "underline");
  await expect(removed).toContainText(message("en", "knowledge.diff.removedStart"));
  await expect(added).toContainText(message("en", "knowledge.diff.addedStart"));
});

test("archiving a page stands apart from publishing and asks first", async ({ page, db }) => {
  const coordinator = await db.user.findUniqueOrThrow({ where: { email: demo("COORDINATOR").email }, select: { id: true } });
  const { slug, id } = await pageWithHistory(db, coordinator.id);
  await loginAsCoordinator(page);
  await page.goto(`/en/knowledge/${slug}/edit?lang=en`);
  const workflow = page.getByRole("region", { name: message("en", "knowledge.workflow.title") });
  const archive = workflow.getByRole("button", { name: message("en", "knowledge.workflow.archive"), exact: true });
  await expect(workflow.getByRole("button", { name: message("en", "knowledge.workflow.publish"), exact: true })).toBeVisible();
  await expect(workflow.getByText(message("en", "knowledge.workflow.archiveHint"))).toBeVisible();

  // Changing one's mind: Escape closes the question, nothing happens, the focus is back.
  await archive.click();
  const dialog = page.getByRole("dialog", { name: message("en", "knowledge.workflow.archiveConfirmTitle") });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: message("en", "knowledge.workflow.cancel") })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(archive).toBeFocused();
  expect((await db.knowledgePage.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("DRAFT");

  await archive.click();
  await dialog.getByRole("button", { name: message("en", "knowledge.workflow.archiveConfirm") }).click();
  await expect(workflow.getByText(message("en", "knowledge.workflow.explain.ARCHIVED"))).toBeVisible();
  await expect(workflow.getByRole("heading", { name: message("en", "knowledge.workflow.title") })).toBeFocused();
  await expect(announcer(page)).toHaveText(
    message("en", "knowledge.workflow.statusNow", { status: message("en", "knowledge.status.ARCHIVED") }),
  );
  expect((await db.knowledgePage.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("ARCHIVED");
});

// ─── 9. The small things ─────────────────────────────────────────────────────────────────────

test("a coordinator on a locked topic is told that they reply as a moderator", async ({ page, db, makeUser }) => {
  const author = await member(db, makeUser, `Locked author ${tag()}`);
  const topic = await createTopic(db, {
    title: `Locked ${tag()}`,
    authorId: author.id,
    locked: true,
    posts: [{ by: author.id, text: "Closed." }],
  });
  await loginAsCoordinator(page);
  await page.goto(`/en/forum/t/${topic.id}`);
  await expect(page.getByText(message("en", "forum.topic.lockedNotice"))).toBeVisible();
  await expect(page.getByText(message("en", "forum.topic.lockedModeratorReply"))).toBeVisible();
  await expect(page.getByRole("textbox", { name: message("en", "forum.topic.replyHeading") })).toBeVisible();
});

test("the site has a favicon, the About page names the partnership once, and every home card leads to its area", async ({
  page,
  request,
}) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/icon/);

  await page.goto("/en/about");
  const lead = page.getByText(message("en", "about.lead"));
  await expect(lead).toBeVisible();
  expect((((await lead.textContent()) ?? "").match(/Library Bridges/g) ?? []).length).toBe(1);

  await page.goto("/en");
  const card = (name: string) => page.getByRole("main").getByRole("link", { name: new RegExp(`^${message("en", `home.${name}Title`)}`) });
  // Every area has landed: each card leads to its area.
  for (const area of ["map", "knowledge", "practices", "courses", "forum", "search"]) {
    await expect(card(area)).toHaveAttribute("href", `/en/${area}`);
  }
});

test("the privacy notice and the accessibility statement name the partnership in the reader's language", async ({ page }) => {
  // No SITE_OPERATOR in tests: the partnership runs the site, and is named in each language.
  await page.goto("/fr/privacy");
  await expect(page.getByRole("main")).toContainText("Le responsable du traitement est le partenariat Library Bridges (LiBri).");
  await page.goto("/pl/accessibility");
  await expect(page.getByRole("main")).toContainText("Partnerstwo Library Bridges (LiBri) zobowiązuje się");
  for (const path of ["/fr/privacy", "/pl/accessibility", "/ro/privacy", "/nl/accessibility", "/uk/privacy"]) {
    await page.goto(path);
    await expect(page.getByRole("main"), path).not.toContainText("LiBri) partnership");
  }
});

test("a first login is welcomed, the next one welcomed back; sessions are named by browser and system", async ({ browser, makeUser }) => {
  const user = await makeUser({ name: `First login ${tag()}` });
  const firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
  // Through the login form: the first login's welcome is what this test is about.
  const page = await (await browser.newContext({ userAgent: firefox })).newPage();
  await login(page, user.email, TEST_PASSWORD);
  await page.goto("/en");
  await expect(page.getByRole("link", { name: message("en", "home.welcome", { name: user.name }) })).toBeVisible();

  await page.goto("/en/account");
  const thisDevice = page.getByRole("listitem").filter({ hasText: message("en", "account.thisDevice") });
  await expect(thisDevice).toContainText(message("en", "account.deviceName", { browser: "Firefox", os: "Windows" }));
  await expect(page.locator("main")).not.toContainText("Gecko/20100101");

  await logout(page);
  await login(page, user.email, TEST_PASSWORD);
  await page.goto("/en");
  await expect(page.getByRole("link", { name: message("en", "home.welcomeBack", { name: user.name }) })).toBeVisible();
  await page.context().close();
});
