import { createHash } from "node:crypto";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import {
  createAdoption,
  createInitiative,
  createNotification,
  createOrganisation,
  createPractice,
  createReviewComment,
} from "../prisma/factories";
import { completeCourse, createCourse, enrolLearner, simpleCourseSpec } from "../prisma/training-factories";
import { demo, expect, formatted, login, message, signIn, TEST_PASSWORD, test } from "./fixtures";
import { createKnowledgePage, runTransition, typeInEditor, unique, waitForSaved } from "./knowledge-helpers";
import { publishedPractice } from "./practices-helpers";

// Visitors' public pages from the full-route cache (decision 011) under a policy of their own
// inline scripts' hashes (decision 003); members get the same URLs rendered for them, except the
// pages shared with them (decision 013: the legal pages, knowledge pages, public threads), which
// the browser personalises.

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? "";
/** The text of every inline script (no src), as the browser hashes it. */
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1] ?? "")).map((m) => m[2] ?? "");
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

/**
 * The page as the cache serves it: the first request may render and store it; the next ones come
 * from the full-route cache, then from the server's front (lib/cache/front.mjs), which repeats
 * what Next.js sent — the checks after this one read that copy.
 */
async function fromCache(request: APIRequestContext, path: string) {
  await expect
    .poll(
      async () => {
        const headers = (await request.get(path)).headers();
        return `${headers["x-nextjs-cache"]} ${headers["x-front-cache"]}`;
      },
      { message: path },
    )
    .toBe("HIT HIT");
  return request.get(path);
}

type Db = Parameters<Parameters<typeof test>[2]>[0]["db"];

async function publicTopic(db: Db) {
  return db.forumTopic.findFirstOrThrow({
    where: { category: { visibility: "PUBLIC", slug: "welcoming-newcomers" } },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true },
  });
}

async function memberSession(browser: Browser, email: string, password = TEST_PASSWORD): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email, password);
  return page;
}

type Playwright = Parameters<Parameters<typeof test>[2]>[0]["playwright"];

/**
 * What every members-only shell (decision 013, point 7) holds besides its content: the member gets
 * it from the page cache then the front, under the strict policy, with none of `personal` in it; a
 * visitor is sent to log in; a cookie anyone could write learns nothing from the page, and the
 * page's JSON (`api`) refuses it and a visitor alike, and an unknown language.
 */
async function expectMembersShell(
  { page, request, playwright }: { page: Page; request: APIRequestContext; playwright: Playwright },
  { path, api, personal }: { path: string; api: string; personal: string[] },
) {
  const shell = await fromCache(page.request, path);
  expect(directive(shell.headers()["content-security-policy"] ?? "", "script-src")).toMatch(
    /^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/,
  );
  const html = await shell.text();
  for (const text of personal) expect(html, text).not.toContain(text);
  expect((await page.request.get(api)).status()).toBe(200);
  expect((await request.get(api)).status()).toBe(401);
  if (api.includes("locale=")) expect((await page.request.get(api.replace(/locale=[a-z]+/, "locale=xx"))).status()).toBe(400);

  const visitor = await request.get(path, { maxRedirects: 0 });
  expect(visitor.status()).toBe(307);
  expect(visitor.headers().location).toMatch(new RegExp(`^(?:https?://[^/]+)?/${path.split("/")[1]}/login$`));
  const forged = await playwright.request.newContext({
    baseURL: page.url(),
    extraHTTPHeaders: { cookie: "authjs.session-token=forged; ep-member=1" },
  });
  try {
    const answer = await forged.get(path, { maxRedirects: 0 });
    expect(answer.status()).toBeLessThan(400);
    const body = await answer.text();
    for (const text of personal) expect(body, text).not.toContain(text);
    expect((await forged.get(api)).status()).toBe(401);
  } finally {
    await forged.dispose();
  }
}

/**
 * A shared page without JavaScript cannot ask for its personal part: no loading line, but a link
 * (`link`) to the member's own render of the page, on which `check` runs.
 */
async function withoutScript(
  browser: Browser,
  page: Page,
  { path, loading, link }: { path: string; loading: string; link: string },
  check: (plain: Page) => Promise<void>,
) {
  const context = await browser.newContext({ storageState: await page.context().storageState(), javaScriptEnabled: false });
  try {
    const plain = await context.newPage();
    await plain.goto(path);
    await expect(plain.getByText(loading)).toHaveCount(0);
    await plain.getByRole("link", { name: link }).click();
    await check(plain);
  } finally {
    await context.close();
  }
}

test("a visitor's public pages come from the cache, with a policy that lists exactly their own scripts", async ({ request, db }) => {
  const topic = await publicTopic(db);
  const knowledge = await db.knowledgePage.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { slug: true } });
  const initiative = await db.initiative.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { slug: true } });
  const course = await db.course.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { slug: true } });
  const practice = await db.practice.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { slug: true } });
  for (const path of [
    "/en",
    "/fr/about",
    "/en/knowledge",
    `/en/knowledge/${knowledge.slug}`,
    `/en/knowledge/${knowledge.slug}/print`,
    "/en/forum",
    "/en/forum/latest",
    "/en/forum/c/welcoming-newcomers",
    `/uk/forum/t/${topic.id}`,
    "/en/map",
    "/pl/map/list",
    `/en/map/i/${initiative.slug}`,
    "/en/courses",
    `/fr/courses/${course.slug}`,
    "/en/practices",
    `/en/practices/${practice.slug}`,
    `/en/practices/${practice.slug}/print`,
    "/en/organisations",
    "/lv/organisations/kisc",
  ]) {
    const response = await fromCache(request, path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    const scriptSrc = directive(headers["content-security-policy"] ?? "", "script-src");
    expect(scriptSrc, path).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("nonce-");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    // The same URL is rendered for members: no shared cache may keep this copy.
    expect(headers["cache-control"]).toContain("private");
    const scripts = inlineScripts(await response.text());
    expect(scripts.length, path).toBeGreaterThan(2);
    for (const script of scripts) expect(scriptSrc, `${path}: ${script.slice(0, 60)}`).toContain(`'sha256-${sha256(script)}'`);
  }
});

test("a visitor following a campaign or shared link gets the cached page, whatever its click id", async ({ request, db }) => {
  const topic = await publicTopic(db);
  const tagged = `/en/forum/t/${topic.id}?utm_source=newsletter&utm_medium=email&fbclid=first-click`;
  const response = await fromCache(request, tagged);
  expect(response.status()).toBe(200);
  // The thread itself (React escapes these characters in text).
  const escaped = topic.title
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
  expect(await response.text()).toContain(escaped);
  expect(directive(response.headers()["content-security-policy"] ?? "", "script-src")).not.toContain("nonce-");
  // Another click (a click id never sent before) and the plain address are that same copy in the
  // server's front: their first request is answered from it. (Retried from the start when another
  // test's write emptied the front in between.)
  let click = 0;
  await expect
    .poll(async () => {
      await fromCache(request, tagged);
      click++;
      const other = await request.get(`/en/forum/t/${topic.id}?fbclid=click-${Date.now()}-${click}&utm_source=social`);
      const plain = await request.get(`/en/forum/t/${topic.id}`);
      return `${other.headers()["x-front-cache"]} ${plain.headers()["x-front-cache"]}`;
    })
    .toBe("HIT HIT");
});

test("cached pages speak the address's language, areas with a layout of their own too", async ({ request }) => {
  // next-intl reads the locale from a header static pages lack: a layout that sends client
  // messages before the page set the locale once fixed whole pages in English.
  for (const [path, locale, key] of [
    ["/uk/forum/latest", "uk", "forum.latest"],
    ["/pl/forum", "pl", "forum.title"],
    ["/uk/map/list", "uk", "initiatives.list.title"],
    ["/fr/map", "fr", "initiatives.title"],
    ["/uk/knowledge", "uk", "knowledge.title"],
  ] as const) {
    const html = await (await fromCache(request, path)).text();
    expect(html.match(/<h1[^>]*>([^<]*)</)?.[1], path).toBe(message(locale, key));
    // Links to topics and categories stay in the language too (the language switcher's do not).
    const listed = [...html.matchAll(/<a class="font-semibold text-brand-900"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    for (const href of listed) expect(href, path).toMatch(new RegExp(`^/${locale}/`));
  }
});

test("a cached page works in the browser: quick search and language switcher, no blocked script, nothing from elsewhere", async ({
  page,
  request,
  baseURL,
}) => {
  await fromCache(request, "/en/knowledge");
  await fromCache(request, "/fr/knowledge");
  const origins = new Set<string>();
  const problems: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith("http")) origins.add(url.origin);
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(String(e)));
  // The page's own files all load (a blocked or missing chunk would leave it without JavaScript).
  page.on("response", (r) => {
    if (r.status() >= 400 && new URL(r.url()).pathname !== "/favicon.ico") problems.push(`${r.status()} ${r.url()}`);
  });

  const response = await page.goto("/en/knowledge");
  expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
  // Typing shows suggestions: only a hydrated page does that.
  await page.getByRole("combobox", { name: message("en", "search.label") }).fill("library");
  await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
  await page.keyboard.press("Escape");

  await page.locator("summary", { hasText: message("en", "nav.language") }).click();
  await page.getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\/knowledge$/);
  await expect(page.getByRole("heading", { level: 1, name: message("fr", "knowledge.title") })).toBeVisible();
  expect(problems).toEqual([]);
  expect([...origins]).toEqual([new URL(baseURL ?? "").origin]);
});

test("a page view asks the server for the page alone: a link prefetches its page when the reader points at it, and following it stays in the page", async ({
  page,
}) => {
  // Requests for page data (React Server Components: the `rsc` header), prefetches or not.
  const data: string[] = [];
  page.on("request", (r) => {
    const headers = r.headers();
    if (headers.rsc) data.push(`${new URL(r.url()).pathname}${headers["next-router-prefetch"] ? " prefetch" : ""}`);
  });
  for (const [path, width] of [
    ["/en/forum", 1280],
    ["/en", 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path, { waitUntil: "networkidle" });
    // Dozens of links in view (header, lists, footer): none asked for while the page loads.
    expect(await page.locator("a[href^='/en']").count(), path).toBeGreaterThan(5);
    expect(data, path).toEqual([]);
  }

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/en/knowledge", { waitUntil: "networkidle" });
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
  const forum = page.getByRole("navigation", { name: message("en", "nav.main") }).getByRole("link", { name: message("en", "nav.forum") });
  await forum.hover();
  await expect.poll(() => data).toContain("/en/forum prefetch");
  await page.getByRole("link", { name: message("en", "footer.about") }).focus();
  await expect.poll(() => data).toContain("/en/about prefetch");
  await forum.click();
  await expect(page.getByRole("heading", { level: 1, name: message("en", "forum.title") })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test("members get threads from the cache, members-only ones too, with their own parts filled in; the visitor tree has no address of its own", async ({
  page,
  request,
  db,
}) => {
  const topic = await publicTopic(db);
  const path = `/en/forum/t/${topic.id}`;
  const visitor = await fromCache(request, path);
  const html = await visitor.text();
  expect(html).toContain(message("en", "forum.topic.loginToReply"));

  const librarian = demo("LIBRARIAN");
  await login(page, librarian.email, librarian.password);
  const problems: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to|hydrat/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(String(e)));
  // The members' copy, from the cache under the strict hashed policy (decision 013)…
  await fromCache(page.request, path);
  const member = await page.goto(path);
  expect(member?.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(directive(member?.headers()["content-security-policy"] ?? "", "script-src")).toMatch(
    /^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/,
  );
  // The members' copy holds nothing about one member: rendered for no one in particular ("Log in
  // to reply" is there, hidden while the hint cookie is set), no member part in its payload.
  const shared = (await member?.text()) ?? "";
  expect(shared).toContain(message("en", "forum.topic.loginToReply"));
  expect(shared).toContain('\\"initial\\":null');
  expect(shared).not.toContain("canReply");
  // …with the member's parts from /api/forum/topics/:id/viewer: the reply form, follow, reactions.
  await expect(page.getByRole("textbox", { name: message("en", "forum.topic.replyHeading") })).toBeVisible();
  const follow = [message("en", "forum.topic.followTopic"), message("en", "forum.topic.unfollowTopic")].join("|");
  await expect(page.getByRole("button", { name: new RegExp(`^(?:${follow})$`) })).toBeVisible();
  await expect(page.getByRole("button", { name: message("en", "forum.topic.reaction.like") }).first()).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await expect(page.getByRole("link", { name: message("en", "forum.topic.loginToReply") })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: message("en", "forum.mod.tools") })).toHaveCount(0);
  // A write from the shared page updates it in place: no reload (the marker survives), the new
  // count from the page dropped by the write, "pressed" from the member's part.
  const like = page.getByRole("button", { name: message("en", "forum.topic.reaction.like") }).first();
  const before = await db.forumReaction.count({ where: { post: { topicId: topic.id, number: 1 }, kind: "like" } });
  await page.evaluate(() => Object.assign(window, { stillHere: true }));
  await like.click();
  await expect(like).toHaveAttribute("aria-pressed", "true");
  await expect(like).toContainText(String(before + 1));
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  await like.click();
  await expect(like).toHaveAttribute("aria-pressed", "false");

  // A members-only topic: in the members' copy too (its visitor page is the not-found page).
  const hidden = await db.forumTopic.findFirstOrThrow({
    where: { category: { visibility: "MEMBERS" } },
    select: { id: true, title: true },
  });
  const own = await page.goto(`/en/forum/t/${hidden.id}`);
  expect(own?.status()).toBe(200);
  // From the page cache, or rendered into it now (a page rendered per request has no such header).
  expect(own?.headers()["x-nextjs-cache"]).toMatch(/^(?:HIT|MISS)$/);
  expect(directive(own?.headers()["content-security-policy"] ?? "", "script-src")).toMatch(
    /^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/,
  );
  await expect(page.getByRole("heading", { level: 1, name: hidden.title })).toBeVisible();
  await expect(page.getByRole("textbox", { name: message("en", "forum.topic.replyHeading") })).toBeVisible();
  expect((await request.get(`/en/forum/t/${hidden.id}`)).status()).toBe(404);
  expect(problems).toEqual([]);

  for (const path of ["/visitor/en", "/visitor/en/forum", `/visitor/en/forum/t/${topic.id}`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("members share a copy of the forum's lists with members-only categories, their unread marks filled in by the browser; visitors never get it", async ({
  page,
  request,
}) => {
  const visitorCopy = await (await fromCache(request, "/en/forum")).text();
  expect(visitorCopy).not.toContain("Partners&#x27;");
  expect(visitorCopy).not.toContain("Partners'");

  const librarian = demo("LIBRARIAN");
  await login(page, librarian.email, librarian.password);
  // The member's requests (session and hint cookies) get the members' copy.
  await fromCache(page.request, "/en/forum");
  const response = await page.goto("/en/forum");
  expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(directive(response?.headers()["content-security-policy"] ?? "", "script-src")).toMatch(
    /^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/,
  );
  await expect(page.getByRole("link", { name: "Partners' room" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: message("en", "forum.newTopic") })).toBeVisible();
  // The shared copy has no unread marks; the member's come from /api/forum/reads.
  expect(await response?.text()).not.toContain(`>${message("en", "forum.new")}<`);
  await expect(
    page
      .getByRole("list", { name: message("en", "forum.latest") })
      .getByText(message("en", "forum.new"), { exact: true })
      .first(),
  ).toBeVisible();
  const category = await page.goto("/en/forum/c/partners-room");
  // From the page cache, or rendered into it now (a page rendered per request has no such header).
  expect(category?.headers()["x-nextjs-cache"]).toMatch(/^(?:HIT|MISS)$/);
  await expect(page.getByRole("heading", { level: 1, name: "Partners' room" })).toBeVisible();
  const follow = [message("en", "forum.followCategory"), message("en", "forum.unfollowCategory")].join("|");
  await expect(page.getByRole("button", { name: new RegExp(`^(?:${follow})$`) })).toBeVisible();

  // Visitors still get their own copy, in which the members' category does not exist.
  expect(await (await request.get("/en/forum")).text()).not.toContain("Partners&#x27;");
  expect((await request.get("/en/forum/c/partners-room")).status()).toBe(404);
  expect((await request.get("/visitor/en/members/forum")).status()).toBe(404);
});

test("a session cookie anyone could write, or one whose session has ended, never opens the members' copy (members-only categories)", async ({
  page,
  playwright,
  db,
  makeUser,
}) => {
  const hidden = await db.forumTopic.findFirstOrThrow({
    where: { category: { visibility: "MEMBERS" } },
    select: { id: true, title: true },
  });
  const thread = `/en/forum/t/${hidden.id}`;
  const pages = ["/en/forum", "/en/forum/c/partners-room", thread];
  // A member fills the page cache and the server's front with the members' copies…
  const person = await makeUser();
  await signIn(page, person.email);
  for (const path of pages) await fromCache(page.request, path);
  const session = (await page.context().cookies()).find((c) => /authjs\.session-token/.test(c.name));
  expect(session).toBeDefined();

  const as = (cookie: string) => playwright.request.newContext({ baseURL: page.url(), extraHTTPHeaders: { cookie } });
  const check = async (cookie: string, label: string) => {
    const other = await as(cookie);
    try {
      const list = await other.get("/en/forum");
      expect(list.status(), label).toBe(200);
      // (Booleans, not the page: a failure names what leaked, without a 100 KB page in the log.)
      const html = await list.text();
      expect(html.includes("Partners&#x27;") || html.includes("Partners'"), `${label}: the members-only category listed`).toBe(false);
      for (const path of ["/en/forum/c/partners-room", thread]) {
        const response = await other.get(path);
        expect(response.status(), `${label} ${path}`).toBe(404);
        expect((await response.text()).includes(hidden.title), `${label} ${path}: the members-only topic shown`).toBe(false);
      }
      // A client navigation's payload is chosen by the same proxy.
      const rsc = await other.get(thread, { headers: { rsc: "1" } });
      expect((await rsc.text()).includes(hidden.title), `${label}: the members-only topic in a client navigation's payload`).toBe(false);
    } finally {
      await other.dispose();
    }
  };
  // …which a made-up cookie, with the hint cookie beside it, does not reach: from the front or the proxy.
  await check("authjs.session-token=forged; ep-member=1", "forged");
  await check("authjs.session-token.0=abc; authjs.session-token.1=def; ep-member=1", "forged chunks");
  // Cookie headers the proxy reads as no session at all (a value that does not decode, a tab
  // before the name), sent again and again: they get the visitors' copy, which must not take the
  // members' copy's place in the server's front.
  // (Without the hint cookie: with it, the proxy's answer clears it, and a response that sets a
  // cookie is never kept.)
  const poisons = ["authjs.session-token=%", "a=1;\tauthjs.session-token=x"];
  for (const cookie of poisons) await check(cookie, JSON.stringify(cookie));
  const own = `${session?.name}=${session?.value}; ep-member=1`;
  const member = await as(own);
  await fromCache(member, "/en/forum");
  for (const cookie of poisons) {
    const other = await as(cookie);
    for (let i = 0; i < 3; i++) await other.get("/en/forum");
    await other.dispose();
  }
  // The member's own cookie still reads it (the member's copy was not displaced by those requests)…
  expect(
    (await (await member.get("/en/forum")).text()).includes("Partners&#x27;"),
    "the member's list lost its members-only category",
  ).toBe(true);
  const read = await member.get(thread);
  expect(read.status()).toBe(200);
  expect(await read.text()).toContain(hidden.title);
  await member.dispose();
  // …until the session ends (a logout elsewhere, a revocation): at the very next request (decision 002).
  await db.session.updateMany({ where: { userId: person.id, revokedAt: null }, data: { revokedAt: new Date() } });
  await check(own, "revoked");
});

test("every member reads a lesson and its course's page from cached copies; their enrolment and progress come from viewer JSONs; visitors and made-up cookies are sent to log in from lessons", async ({
  page,
  db,
  makeUser,
  request,
  playwright,
  browser,
}) => {
  const course = await createCourse(db, simpleCourseSpec({ lessonsPerModule: 2, title: "Cached lessons" }));
  const path = `/en/courses/${course.slug}/lesson-1-1`;
  const learner = await makeUser();
  await signIn(page, learner.email);
  // The members' copy, from the page cache then the server's front, under the strict hashed policy…
  await fromCache(page.request, path);
  const problems: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to|hydrat/i.test(m.text())) problems.push(m.text());
  });
  const response = await page.goto(path);
  expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(directive(response?.headers()["content-security-policy"] ?? "", "script-src")).toMatch(
    /^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/,
  );
  // …holding the lesson and nothing about one learner: no enrolment, no "done", no progress.
  const html = (await response?.text()) ?? "";
  expect(html).toContain("Text of lesson 1.1");
  for (const key of ["courses.enrol", "courses.markDone", "courses.lessonDone", "courses.progressLabel"]) {
    expect(html.includes(`>${message("en", key)}<`), key).toBe(false);
  }
  // The learner's part fills in: not enrolled yet.
  await expect(page.getByRole("heading", { level: 1, name: "Lesson 1.1" })).toBeVisible();
  await page.getByRole("button", { name: message("en", "courses.enrol") }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  const markDone = page.getByRole("button", { name: message("en", "courses.markDone") });
  await expect(markDone).toBeVisible();
  await markDone.click();
  await expect(page.getByText(message("en", "courses.lessonDone"))).toBeVisible();
  await expect(page.getByRole("progressbar", { name: message("en", "courses.progressLabel") })).toHaveAttribute("aria-valuenow", "33");
  expect(await db.lessonProgress.count({ where: { userId: learner.id, lesson: { courseId: course.id } } })).toBe(1);
  // Still the shared copy after the writes (they change no lesson), the progress from the JSON.
  const again = await page.goto(path);
  expect(again?.headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(page.getByText(message("en", "courses.lessonDone"))).toBeVisible();
  // The course page: the same cached copy a visitor gets, the learner's progress filled in.
  const coursePath = `/en/courses/${course.slug}`;
  await fromCache(page.request, coursePath);
  const outline = await page.goto(coursePath);
  expect(outline?.headers()["x-nextjs-cache"]).toBe("HIT");
  const outlineHtml = (await outline?.text()) ?? "";
  expect(outlineHtml.includes(`>${message("en", "courses.continue")}<`), "a learner's link in the shared copy").toBe(false);
  await expect(page.getByRole("progressbar", { name: message("en", "courses.progressLabel") })).toHaveAttribute("aria-valuenow", "33");
  await expect(page.getByRole("link", { name: message("en", "courses.continue") })).toHaveAttribute(
    "href",
    `/en/courses/${course.slug}/lesson-1-2`,
  );
  const first = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Lesson 1.1" }) });
  await expect(first.getByText(message("en", "courses.done"), { exact: true })).toBeVisible();
  await expect(page.getByText(message("en", "courses.loginToEnrol"))).toBeHidden();
  const visitorCourse = await (await request.get(coursePath)).text();
  expect(visitorCourse).toContain(message("en", "courses.loginToEnrol"));
  expect(problems).toEqual([]);
  // In another language too: the learner's strings are in the page's client messages.
  await page.goto(`/fr/courses/${course.slug}/lesson-1-1`);
  await expect(page.getByRole("button", { name: message("fr", "courses.markNotDone") })).toBeVisible();

  // Without JavaScript the shared copy cannot ask for the learner's part: a link to their own
  // render of the page, whose plain forms work as they are.
  const noScript = await browser.newContext({ storageState: await page.context().storageState(), javaScriptEnabled: false });
  try {
    const plain = await noScript.newPage();
    await plain.goto(`/en/courses/${course.slug}/lesson-1-2`);
    await expect(plain.getByText(message("en", "courses.loadingProgress"))).toHaveCount(0);
    await plain.getByRole("link", { name: message("en", "courses.showProgress") }).click();
    await plain.getByRole("button", { name: message("en", "courses.markDone") }).click();
    // The form's answer leads back to the shared copy; its link shows the lesson done.
    await plain.getByRole("link", { name: message("en", "courses.showProgress") }).click();
    await expect(plain.getByText(message("en", "courses.lessonDone"))).toBeVisible();
    expect(await db.lessonProgress.count({ where: { userId: learner.id, lesson: { courseId: course.id } } })).toBe(2);
  } finally {
    await noScript.close();
  }

  // A visitor, and a cookie anyone could write, get the page that sends them to log in.
  for (const cookie of [null, "authjs.session-token=forged; ep-member=1"]) {
    const other = cookie ? await playwright.request.newContext({ baseURL: page.url(), extraHTTPHeaders: { cookie } }) : request;
    const answer = await other.get(path, { maxRedirects: 0 });
    expect(answer.status(), String(cookie)).toBeGreaterThanOrEqual(300);
    expect(answer.status(), String(cookie)).toBeLessThan(400);
    expect(answer.headers().location, String(cookie)).toMatch(/\/en\/login$/);
    expect((await answer.text()).includes("Text of lesson 1.1"), String(cookie)).toBe(false);
    if (cookie) await other.dispose();
  }
});

test("the account page is a shell every member shares from the cache; their account comes from /api/account, and visitors are still sent to log in", async ({
  page,
  browser,
  request,
  playwright,
  db,
}) => {
  const librarian = demo("LIBRARIAN");
  const account = await db.user.findUniqueOrThrow({ where: { email: librarian.email }, select: { email: true, name: true } });
  await login(page, librarian.email, librarian.password);
  await expectMembersShell(
    { page, request, playwright },
    { path: "/en/account", api: "/api/account", personal: [account.email, account.name] },
  );

  // Nothing for the browser to complain about (each session's "last seen" is a relative time).
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto("/en/account");
  await expect(page.getByText(message("en", "account.emailIs", { email: account.email }))).toBeVisible();
  await expect(page.getByLabel(message("en", "auth.name"))).toHaveValue(account.name);
  await expect(page.getByText(message("en", "account.thisDevice"))).toBeVisible();
  expect(errors).toEqual([]);

  const shown = { path: "/en/account", loading: message("en", "account.loading"), link: message("en", "account.show") };
  await withoutScript(browser, page, shown, async (plain) => {
    await expect(plain.getByText(message("en", "account.emailIs", { email: account.email }))).toBeVisible();
  });
});

test("My learning is a shell every member shares from the cache; the learner's courses and certificates come from /api/learning, without JavaScript from their own render", async ({
  page,
  playwright,
  browser,
  request,
  db,
  makeUser,
}) => {
  const course = await createCourse(db, simpleCourseSpec({ title: "Course under way on My learning" }));
  const finished = await createCourse(db, simpleCourseSpec({ title: "Course finished on My learning" }));
  const learner = await makeUser({ name: "Learner of the shared shell" });
  // One lesson of two done and the quiz still to pass: 1 of 3.
  await enrolLearner(db, { userId: learner.id, courseId: course.id, lessonsDone: 1 });
  const { code } = await completeCourse(db, { userId: learner.id, courseId: finished.id });
  await login(page, learner.email, TEST_PASSWORD);

  await expectMembersShell(
    { page, request, playwright },
    {
      path: "/en/learning",
      api: "/api/learning?locale=en",
      personal: ["Course under way on My learning", "Course finished on My learning", code, learner.name],
    },
  );

  await page.goto("/en/learning");
  const underWay = page.getByRole("region", { name: message("en", "courses.learning.inProgress") });
  await expect(underWay.getByRole("link", { name: "Course under way on My learning" })).toBeVisible();
  await expect(underWay.getByRole("progressbar", { name: message("en", "courses.progressLabel") })).toHaveAttribute("aria-valuenow", "33");
  const certificates = page.getByRole("region", { name: message("en", "courses.learning.certificates") });
  await expect(certificates.getByRole("link", { name: "Course finished on My learning", exact: true })).toHaveAttribute(
    "href",
    `/en/certificates/${code}`,
  );
  await expect(
    page.getByRole("link", { name: message("en", "courses.learning.downloadPdf", { course: "Course finished on My learning" }) }),
  ).toBeVisible();

  // The JSON is the learner's own.
  const json = (await (await page.request.get("/api/learning?locale=en")).json()) as { viewer: { inProgress: { slug: string }[] } };
  expect(json.viewer.inProgress.map((c) => c.slug)).toEqual([course.slug]);

  const shown = { path: "/en/learning", loading: message("en", "courses.loadingProgress"), link: message("en", "courses.showProgress") };
  await withoutScript(browser, page, shown, async (plain) => {
    await expect(plain.getByRole("link", { name: "Course under way on My learning" })).toBeVisible();
    await expect(
      plain
        .getByRole("region", { name: message("en", "courses.learning.certificates") })
        .getByRole("link", { name: "Course finished on My learning", exact: true }),
    ).toHaveAttribute("href", `/en/certificates/${code}`);
  });
});

test("the notifications page is a shell every member shares from the cache; their notifications come from /api/forum/notifications, in their language", async ({
  page,
  playwright,
  browser,
  request,
  db,
  makeUser,
}) => {
  const member = await makeUser({ name: "Member with notices" });
  const replier = await makeUser({ name: "Replier of the shared shell" });
  const topic = await publicTopic(db);
  const course = await createCourse(db, simpleCourseSpec({ title: "Course of a notice" }));
  const { code } = await completeCourse(db, { userId: member.id, courseId: course.id });
  // completeCourse notifies the certificate, as issuing one does; a reply besides.
  const post = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.id }, orderBy: { createdAt: "desc" }, select: { id: true } });
  await createNotification(db, { userId: member.id, kind: "REPLY", actorId: replier.id, topicId: topic.id, postId: post.id });
  await login(page, member.email, TEST_PASSWORD);

  await expectMembersShell(
    { page, request, playwright },
    { path: "/fr/forum/notifications", api: "/api/forum/notifications?locale=fr", personal: ["Course of a notice", replier.name, code] },
  );

  // In French: the words of each notice, where it leads, unread until marked; nothing for the
  // browser to complain about (each notice's time is a relative one).
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto("/fr/forum/notifications");
  const issued = page.getByRole("link", {
    name: message("fr", "courses.notifications.CERTIFICATE_ISSUED", { course: "Course of a notice" }),
  });
  await expect(issued).toHaveAttribute("href", `/fr/certificates/${code}`);
  const reply = page.getByRole("link", { name: message("fr", "forum.notifications.REPLY", { actor: replier.name, topic: topic.title }) });
  await expect(reply).toHaveAttribute("href", `/fr/forum/p/${post.id}`);
  await expect(page.getByText(`${message("fr", "forum.notifications.unreadLabel")}:`)).toHaveCount(2);
  // The bell (an ICU plural in the catalogue: its French forms here).
  await expect(page.getByRole("link", { name: "Notifications\u00a0: 2 non lues" })).toBeVisible();
  await page.getByRole("button", { name: message("fr", "forum.notifications.markAllRead") }).click();
  await expect(page.getByText(`${message("fr", "forum.notifications.unreadLabel")}:`)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Aucune notification non lue" })).toBeVisible();
  await expect(page.getByRole("button", { name: message("fr", "forum.notifications.markAllRead") })).toHaveCount(0);
  expect(await db.notification.count({ where: { userId: member.id, readAt: null } })).toBe(0);
  await expect(reply).toBeVisible();
  expect(errors).toEqual([]);

  const shown = {
    path: "/fr/forum/notifications",
    loading: message("fr", "forum.notifications.loading"),
    link: message("fr", "forum.notifications.showList"),
  };
  await withoutScript(browser, page, shown, async (plain) => {
    await expect(
      plain.getByRole("link", { name: message("fr", "forum.notifications.REPLY", { actor: replier.name, topic: topic.title }) }),
    ).toBeVisible();
  });
});

test("My adoptions is a shell every member shares from the cache; the member's adoptions come from /api/practices/adoptions", async ({
  page,
  playwright,
  browser,
  request,
  db,
  makeUser,
}) => {
  const member = await makeUser({ name: "Adopter of the shared shell" });
  const practice = await db.practice.findUniqueOrThrow({
    where: { slug: "latvian-conversation-cafe" },
    select: { id: true, translations: { where: { locale: "en" }, select: { publishedTitle: true } } },
  });
  const title = practice.translations[0]?.publishedTitle as string;
  const { id } = await createAdoption(db, {
    practiceId: practice.id,
    adopterId: member.id,
    libraryName: "Shell library",
    country: "LV",
    done: 1,
  });
  await login(page, member.email, TEST_PASSWORD);
  await expectMembersShell(
    { page, request, playwright },
    { path: "/en/practices/adoptions", api: "/api/practices/adoptions?locale=en", personal: [`/en/practices/adoptions/${id}`] },
  );

  await page.goto("/en/practices/adoptions");
  await expect(page.getByRole("main").getByRole("link", { name: title })).toHaveAttribute("href", `/en/practices/adoptions/${id}`);
  await expect(page.getByText(message("en", "practices.adoption.status.PLANNED"))).toBeVisible();

  const shown = {
    path: "/en/practices/adoptions",
    loading: message("en", "practices.myAdoptions.loading"),
    link: message("en", "practices.myAdoptions.showList"),
  };
  await withoutScript(browser, page, shown, async (plain) => {
    await expect(plain.getByRole("main").getByRole("link", { name: title })).toHaveAttribute("href", `/en/practices/adoptions/${id}`);
  });
});

test("Our case studies is a shell every member shares from the cache; a partner's come from /api/practices/mine, and a librarian gets the forbidden page", async ({
  page,
  playwright,
  browser,
  request,
  db,
  makeUser,
}) => {
  const organisation = await createOrganisation(db, { name: `Library of ${unique("shell")}` });
  const partner = await makeUser({ name: "Partner of the shared shell", role: "PARTNER", organisationSlug: organisation.slug });
  const title = `Draft of ${unique("shell")}`;
  const draft = await createPractice(db, {
    organisationSlug: organisation.slug,
    title,
    status: "CHANGES_REQUESTED",
    createdById: partner.id,
  });
  for (const body of ["Say how many came.", "Add a photo credit."])
    await createReviewComment(db, { practiceId: draft.id, authorId: null, body });
  await login(page, partner.email, TEST_PASSWORD);
  await expectMembersShell(
    { page, request, playwright },
    { path: "/lv/practices/mine", api: "/api/practices/mine", personal: [title, organisation.slug, `/practices/${draft.slug}/edit`] },
  );

  // In Latvian: the organisation, the draft with its status and its comments, the way to a new one.
  await page.goto("/lv/practices/mine");
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row.getByRole("link", { name: title })).toHaveAttribute("href", `/lv/practices/${draft.slug}/edit`);
  await expect(row.getByText(message("lv", "practices.status.CHANGES_REQUESTED"))).toBeVisible();
  await expect(row.getByText(formatted("lv", "practices.mine.openComments", { count: 2 }))).toBeVisible();
  await expect(
    page.getByText(
      message("lv", "practices.mine.lead", {
        organisation: (await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).name,
      }),
    ),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: message("lv", "practices.new.title") })).toHaveAttribute("href", "/lv/practices/new");

  const shown = {
    path: "/lv/practices/mine",
    loading: message("lv", "practices.mine.loading"),
    link: message("lv", "practices.mine.showList"),
  };
  await withoutScript(browser, page, shown, async (plain) => {
    await expect(plain.getByRole("link", { name: title })).toHaveAttribute("href", `/lv/practices/${draft.slug}/edit`);
  });

  // A partner of no organisation yet: told how to join one, no way to start a case study.
  const alone = await makeUser({ name: "Partner of no organisation", role: "PARTNER" });
  const lone = await memberSession(browser, alone.email);
  try {
    await lone.goto("/en/practices/mine");
    await expect(lone.getByText(message("en", "practices.mine.noOrganisation"))).toBeVisible();
    await expect(lone.getByRole("link", { name: message("en", "practices.new.title") })).toHaveCount(0);
  } finally {
    await lone.context().close();
  }

  // A librarian writes no case studies: the same shell, then the forbidden page, with its status.
  const librarian = await memberSession(browser, (await makeUser({ name: "Librarian at the partners' shell" })).email);
  try {
    expect((await librarian.request.get("/api/practices/mine")).status()).toBe(403);
    const forbidden = librarian.waitForResponse((r) => r.url().endsWith("/en/practices/mine?as=me"));
    await librarian.goto("/en/practices/mine");
    expect((await forbidden).status()).toBe(403);
    await expect(librarian.getByRole("heading", { level: 1, name: message("en", "status.forbiddenTitle") })).toBeVisible();
    await expect(librarian.getByRole("link", { name: title })).toHaveCount(0);
  } finally {
    await librarian.context().close();
  }
});

test("My initiatives is a shell every member shares from the cache; a member's suggestions and a partner's initiatives come from /api/map/mine", async ({
  page,
  playwright,
  browser,
  request,
  db,
  makeUser,
}) => {
  const organisation = await createOrganisation(db, { name: `Centre of ${unique("shell")}` });
  const partner = await makeUser({ name: "Partner of my initiatives", role: "PARTNER", organisationSlug: organisation.slug });
  const rejected = await createInitiative(db, {
    name: `Rejected ${unique("idea")}`,
    status: "REJECTED",
    suggestedById: partner.id,
    index: false,
  });
  const reason = `Already on the map ${unique("reason")}`;
  await db.initiative.update({ where: { id: rejected.id }, data: { rejectionReason: reason } });
  const stale = await createInitiative(db, {
    name: `Stale ${unique("cafe")}`,
    organisationSlug: organisation.slug,
    address: `Hidden street ${unique("no")}`,
    sensitive: true,
    lastVerifiedAt: new Date(Date.now() - 400 * 24 * 3600 * 1000),
  });
  const staleRow = await db.initiative.findUniqueOrThrow({ where: { id: stale.id }, select: { name: true, address: true } });
  const rejectedName = (await db.initiative.findUniqueOrThrow({ where: { id: rejected.id }, select: { name: true } })).name;
  await login(page, partner.email, TEST_PASSWORD);
  await expectMembersShell(
    { page, request, playwright },
    { path: "/pl/map/mine", api: "/api/map/mine", personal: [rejectedName, reason, staleRow.name, staleRow.address] },
  );

  // In Polish: the rejected suggestion with its reason; the organisation's initiative to verify,
  // with its street (members read exact places), and the warning.
  await page.goto("/pl/map/mine");
  const suggestions = page.getByRole("region", { name: message("pl", "initiatives.mine.suggestions") });
  await expect(suggestions.getByRole("link", { name: rejectedName })).toHaveAttribute("href", `/pl/map/i/${rejected.slug}`);
  await expect(suggestions.getByText(message("pl", "initiatives.mine.reason", { reason }))).toBeVisible();
  const ours = page.getByRole("region", {
    name: message("pl", "initiatives.mine.organisation", {
      name: (await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).name,
    }),
  });
  await expect(ours.getByRole("link", { name: staleRow.name })).toHaveAttribute("href", `/pl/map/i/${stale.slug}`);
  await expect(ours.getByText(staleRow.address, { exact: false })).toBeVisible();
  await expect(page.getByText(formatted("pl", "initiatives.mine.overdue", { count: 1 }))).toBeVisible();
  // A suggestion has been checked by no one: no "last verified" date, as the organisation's has.
  const lastVerified = `${message("pl", "initiatives.lastVerified")}:`;
  await expect(suggestions.getByText(lastVerified)).toHaveCount(0);
  await expect(ours.getByText(lastVerified)).toHaveCount(1);

  const shown = {
    path: "/pl/map/mine",
    loading: message("pl", "initiatives.mine.loading"),
    link: message("pl", "initiatives.mine.showList"),
  };
  await withoutScript(browser, page, shown, async (plain) => {
    await expect(plain.getByText(message("pl", "initiatives.mine.reason", { reason }))).toBeVisible();
  });

  // A librarian: their suggestions only, no organisation's list.
  const librarian = await memberSession(browser, (await makeUser({ name: "Librarian of my initiatives" })).email);
  try {
    await librarian.goto("/en/map/mine");
    await expect(librarian.getByText(message("en", "initiatives.mine.noSuggestions"))).toBeVisible();
    await expect(librarian.getByRole("heading", { name: /Initiatives of/ })).toHaveCount(0);
    await expect(librarian.getByText(staleRow.name)).toHaveCount(0);
  } finally {
    await librarian.context().close();
  }
});

test("members get the pages shared with them from the cache too; the browser fills in their header and links (decision 013)", async ({
  browser,
  request,
  db,
}) => {
  const knowledge = await db.knowledgePage.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { slug: true } });
  const path = `/en/knowledge/${knowledge.slug}`;
  const visitor = await (await fromCache(request, path)).text();
  // No Edit link in the markup (the payload names it: the browser shows it to those who may).
  expect(visitor).toContain(`href="/en/knowledge/${knowledge.slug}/print"`);
  expect(visitor).not.toContain(`href="/en/knowledge/${knowledge.slug}/edit`);

  const coordinatorAccount = demo("COORDINATOR");
  const coordinator = await memberSession(browser, coordinatorAccount.email, coordinatorAccount.password);
  const problems: string[] = [];
  coordinator.on("console", (m) => {
    if (/Content Security Policy|Refused to|hydrat/i.test(m.text())) problems.push(m.text());
  });
  coordinator.on("pageerror", (e) => problems.push(String(e)));
  const name = (await db.user.findUniqueOrThrow({ where: { email: coordinatorAccount.email }, select: { name: true } })).name;
  for (const round of ["from the page cache", "from the server's front"]) {
    const response = await coordinator.goto(path);
    expect(response?.headers()["x-nextjs-cache"], round).toBe("HIT");
    if (round === "from the server's front") expect(response?.headers()["x-front-cache"]).toBe("HIT");
    // The visitor's strict policy: the hint script runs because its hash is listed, not by a nonce.
    expect(directive(response?.headers()["content-security-policy"] ?? "", "script-src")).toMatch(
      /^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/,
    );
    await expect(coordinator.locator("html")).toHaveAttribute("data-member", "");
    const header = coordinator.getByRole("banner");
    await expect(header.locator("summary", { hasText: name })).toBeVisible();
    await expect(header.getByRole("link", { name: message("en", "nav.login") })).toHaveCount(0);
    await expect(coordinator.getByRole("link", { name: message("en", "knowledge.edit"), exact: true })).toBeVisible();
    await expect(coordinator.getByRole("link", { name: message("en", "knowledge.history"), exact: true })).toBeVisible();
  }
  expect(problems).toEqual([]);

  // A librarian gets the same page and their own header, without the editor's links.
  const librarianAccount = demo("LIBRARIAN");
  const librarian = await memberSession(browser, librarianAccount.email, librarianAccount.password);
  const librarianName = (await db.user.findUniqueOrThrow({ where: { email: librarianAccount.email }, select: { name: true } })).name;
  expect((await librarian.goto(path))?.headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(librarian.getByRole("banner").locator("summary", { hasText: librarianName })).toBeVisible();
  await expect(librarian.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(librarian.getByRole("link", { name: message("en", "knowledge.edit"), exact: true })).toHaveCount(0);
  // The home page too: the greeting (to their account) comes from the browser; walkthrough.spec.ts
  // tells the first session's welcome from the next ones'.
  expect((await librarian.goto("/en"))?.headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(librarian.getByRole("main").getByRole("link", { name: librarianName })).toHaveAttribute("href", "/en/account");
  await expect(librarian.getByRole("link", { name: message("en", "home.join") })).toHaveCount(0);

  // Logging out from a shared page: the action runs in the member's tree, and the next shared
  // page shows the visitor's header at once (the hint cookie is gone with the session).
  await librarian.getByRole("banner").locator("summary", { hasText: librarianName }).click();
  await librarian.getByRole("button", { name: message("en", "nav.logout") }).click();
  await expect(librarian.getByRole("banner").getByRole("link", { name: message("en", "nav.login") })).toBeVisible();
  await librarian.goto("/en/about");
  await expect(librarian.getByRole("banner").getByRole("link", { name: message("en", "nav.login") })).toBeVisible();
  await expect(librarian.locator("html")).not.toHaveAttribute("data-member");
  expect((await librarian.context().cookies()).map((c) => c.name)).not.toContain("ep-member");
  // Nothing of the person on a shared page's cached copy.
  expect(await (await fromCache(request, "/en/about")).text()).not.toContain(librarianName);
  // An organisation's page, the same for everyone.
  await fromCache(request, "/en/organisations/kisc");
  const organisation = await coordinator.goto("/en/organisations/kisc");
  expect(organisation?.headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(coordinator.getByRole("banner").locator("summary", { hasText: name })).toBeVisible();
});

test("members get good practice's list from the cache; the browser shows each role its own links", async ({ browser, request }) => {
  await fromCache(request, "/en/practices");
  const links = { mine: message("en", "practices.mine.title"), adoptions: message("en", "practices.myAdoptions.title") };
  // A visitor's page names neither link in its markup.
  const html = await (await request.get("/en/practices")).text();
  expect(html).not.toContain('href="/en/practices/mine"');
  expect(html).not.toContain('href="/en/practices/adoptions"');
  for (const [role, shown] of [
    ["PARTNER", { mine: 1, adoptions: 1 }],
    ["LIBRARIAN", { mine: 0, adoptions: 1 }],
  ] as const) {
    const account = demo(role);
    const member = await memberSession(browser, account.email, account.password);
    try {
      const response = await member.goto("/en/practices");
      expect(response?.headers()["x-nextjs-cache"], role).toBe("HIT");
      await expect(member.locator("html")).toHaveAttribute("data-member", "");
      await expect(member.getByRole("link", { name: links.adoptions })).toHaveCount(shown.adoptions);
      await expect(member.getByRole("link", { name: links.mine })).toHaveCount(shown.mine);
    } finally {
      await member.context().close();
    }
  }
});

test("members share a cached copy of a case study with its contact; the browser shows authors their edit link, a library its adoption, coordinators the review link", async ({
  browser,
  request,
  playwright,
  baseURL,
  db,
  makeUser,
}) => {
  test.setTimeout(120_000);
  const title = `Shared case study ${unique("practice")}`;
  const contactEmail = `${unique("contact")}@example.test`;
  const practice = await publishedPractice(db, { organisationSlug: "sigulda-library", title, contactEmail });
  const path = `/en/practices/${practice.slug}`;
  const api = `/api/practices/${practice.slug}/viewer`;
  const en = (key: string) => message("en", `practices.${key}`);
  const editHref = `${path}/edit`;
  const reviewHref = `/en/admin/review/practices/${practice.id}`;

  // The visitors' copy: no contact, a link to log in.
  const visitor = await (await fromCache(request, path)).text();
  expect(visitor).toContain(title);
  expect(visitor).not.toContain(contactEmail);
  expect(visitor).toContain(en("contactMembersOnly"));
  expect(await (await request.get(api)).json()).toEqual({ viewer: null });

  // A librarian who has started adopting it gets the members' copy: the contact, nothing of theirs.
  const librarian = await makeUser();
  const adoption = await createAdoption(db, {
    practiceId: practice.id,
    adopterId: librarian.id,
    libraryName: "Shared copy library",
    country: "LV",
  });
  const reader = await memberSession(browser, librarian.email);
  try {
    const shared = await fromCache(reader.request, path);
    expect(directive(shared.headers()["content-security-policy"] ?? "", "script-src")).toMatch(
      /^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/,
    );
    const html = await shared.text();
    expect(html.includes(contactEmail), "the contact").toBe(true);
    // (The member's strings are in the page's client messages: as shown text, none of them.)
    for (const personal of [
      `/en/practices/adoptions/${adoption.id}`,
      editHref,
      reviewHref,
      `>${en("adopt.continue")}<`,
      `>${en("adopt.loginToAdopt")}<`,
    ]) {
      expect(html.includes(personal), personal).toBe(false);
    }
    const response = await reader.goto(path);
    expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
    await expect(reader.getByRole("link", { name: en("adopt.continue") })).toHaveAttribute(
      "href",
      `/en/practices/adoptions/${adoption.id}`,
    );
    await expect(reader.getByRole("link", { name: contactEmail })).toBeVisible();
    await expect(reader.getByRole("link", { name: en("adopt.start") })).toHaveCount(0);
    await expect(reader.getByRole("link", { name: en("edit"), exact: true })).toHaveCount(0);
    await expect(reader.getByRole("link", { name: en("reviewLink") })).toHaveCount(0);
    // Its JSON is theirs alone; an address of no case study is not found; a malformed one refused.
    expect(await (await reader.request.get(api)).json()).toEqual({
      viewer: { author: false, adoptionId: adoption.id, canAdopt: true, adopter: true },
    });
    expect((await reader.request.get("/api/practices/no-such-practice/viewer")).status()).toBe(404);
    expect((await reader.request.get("/api/practices/Not%20a%20slug!/viewer")).status()).toBe(400);
    // In Latvian too: the member's strings are in the page's client messages.
    await reader.goto(`/lv/practices/${practice.slug}`);
    await expect(reader.getByRole("link", { name: message("lv", "practices.adopt.continue") })).toBeVisible();

    // Without JavaScript: the copy with its contact and the plain link to adopt, which leads on to
    // the adoption already started.
    const noScript = await browser.newContext({ storageState: await reader.context().storageState(), javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto(path);
      await expect(plain.getByRole("link", { name: contactEmail })).toBeVisible();
      await plain.getByRole("link", { name: en("adopt.start") }).click();
      await expect(plain).toHaveURL(new RegExp(`/en/practices/adoptions/${adoption.id}$`));
    } finally {
      await noScript.close();
    }
  } finally {
    await reader.context().close();
  }

  // Its authors (the organisation's partner) get the edit link and nothing to adopt; a coordinator
  // the review link and a start.
  for (const [role, shown] of [
    ["PARTNER", { edit: 1, review: 0, start: 0, own: 1 }],
    ["COORDINATOR", { edit: 0, review: 1, start: 1, own: 0 }],
  ] as const) {
    const account = demo(role);
    const member = await memberSession(browser, account.email, account.password);
    try {
      const response = await member.goto(path);
      expect(response?.headers()["x-nextjs-cache"], role).toBe("HIT");
      await expect(member.locator("html")).toHaveAttribute("data-member", "");
      await expect(member.getByRole("link", { name: en("edit"), exact: true }), role).toHaveCount(shown.edit);
      if (shown.edit) await expect(member.getByRole("link", { name: en("edit"), exact: true })).toHaveAttribute("href", editHref);
      await expect(member.getByRole("link", { name: en("reviewLink") }), role).toHaveCount(shown.review);
      await expect(member.getByText(en("adopt.ownPractice")), role).toHaveCount(shown.own);
      await expect(member.getByRole("link", { name: en("adopt.start") }), role).toHaveCount(shown.start);
    } finally {
      await member.context().close();
    }
  }

  // A cookie anyone could write gets the visitors' copy, and no one's part.
  const forged = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: "authjs.session-token=forged; ep-member=1" } });
  try {
    const body = await (await forged.get(path)).text();
    expect(body).toContain(title);
    expect(body).not.toContain(contactEmail);
    expect(await (await forged.get(api)).json()).toEqual({ viewer: null });
  } finally {
    await forged.dispose();
  }
});

test("members share a cached copy of an initiative with its exact place; its partners manage it from the browser; a suggestion is read in its suggester's own render", async ({
  browser,
  request,
  db,
  makeUser,
}) => {
  test.setTimeout(120_000);
  const m = (key: string, values?: Record<string, string>) => message("en", `initiatives.${key}`, values);
  const street = `Dārza iela ${unique("street")}`;
  const { slug } = await createInitiative(db, {
    name: `Shared initiative ${unique("initiative")}`,
    organisationSlug: "sigulda-library",
    sensitive: true,
    address: street,
    lastVerifiedAt: new Date(Date.now() - 30 * 24 * 3600 * 1000),
  });
  const path = `/en/map/i/${slug}`;
  const api = `/api/map/initiatives/${slug}/viewer`;
  const manage = (page: Page) => page.getByRole("heading", { level: 2, name: m("manage") });

  // Visitors: the area, not the street.
  expect(await (await fromCache(request, path)).text()).not.toContain(street);
  expect(await (await request.get(api)).json()).toEqual({ viewer: null });

  // A librarian: the members' copy, from the cache, with the street; nothing to manage.
  const librarian = await memberSession(browser, demo("LIBRARIAN").email, demo("LIBRARIAN").password);
  try {
    const shared = await fromCache(librarian.request, path);
    const html = await shared.text();
    expect(html.includes(street), "the street").toBe(true);
    expect(html.includes(`href="${path}/edit"`), "an edit link").toBe(false);
    const response = await librarian.goto(path);
    expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
    await expect(librarian.getByText(street)).toBeVisible();
    expect(await (await librarian.request.get(api)).json()).toEqual({ viewer: { canEdit: false, canReview: false } });
    await expect(manage(librarian)).toHaveCount(0);
  } finally {
    await librarian.context().close();
  }

  // Its organisation's partner: the same copy; the browser adds what they may do, which works.
  const partner = await memberSession(browser, demo("PARTNER").email, demo("PARTNER").password);
  try {
    const response = await partner.goto(path);
    expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
    await expect(manage(partner)).toBeVisible();
    await expect(partner.getByRole("link", { name: m("actions.edit") })).toHaveAttribute("href", `${path}/edit`);
    const before = (await db.initiative.findUniqueOrThrow({ where: { slug }, select: { lastVerifiedAt: true } })).lastVerifiedAt;
    await partner.getByRole("button", { name: m("actions.verify") }).click();
    await expect
      .poll(async () =>
        (await db.initiative.findUniqueOrThrow({ where: { slug }, select: { lastVerifiedAt: true } })).lastVerifiedAt.getTime(),
      )
      .toBeGreaterThan(before.getTime());
    await expect(manage(partner)).toBeVisible();
    await expect(partner.getByText(street)).toBeVisible();
  } finally {
    await partner.context().close();
  }

  // A suggestion: its suggester reads it in their own render; another member learns it does not exist.
  const suggester = await makeUser();
  const suggestedName = `Suggested ${unique("suggested")}`;
  const suggestion = await createInitiative(db, { name: suggestedName, status: "SUGGESTED", suggestedById: suggester.id });
  const own = await memberSession(browser, suggester.email);
  try {
    await own.goto(`/en/map/i/${suggestion.slug}`);
    await expect(own).toHaveURL(new RegExp(`/en/map/i/${suggestion.slug}\\?as=me$`));
    await expect(own.getByText(m("suggestedNote"))).toBeVisible();
    await expect(own.getByRole("heading", { level: 1 })).toHaveText(suggestedName);
    // Without JavaScript: a link to their own render instead.
    const noScript = await browser.newContext({ storageState: await own.context().storageState(), javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto(`/en/map/i/${suggestion.slug}`);
      await expect(plain.getByText(m("lookingUp"))).toHaveCount(0);
      await plain.getByRole("link", { name: m("openAsYourself") }).click();
      await expect(plain.getByRole("heading", { level: 1 })).toHaveText(suggestedName);
    } finally {
      await noScript.close();
    }
  } finally {
    await own.context().close();
  }
  const other = await memberSession(browser, demo("LIBRARIAN").email, demo("LIBRARIAN").password);
  try {
    const response = await other.goto(`/en/map/i/${suggestion.slug}`);
    expect(response?.status()).toBe(200);
    await expect(other).toHaveURL(/\?as=me$/);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(message("en", "status.notFoundTitle"));
    await expect(other.getByText(m("suggestedNote"))).toHaveCount(0);
  } finally {
    await other.context().close();
  }
});

test("members get the course catalogue from the cache; the browser shows learners their links and authors every course with its status", async ({
  browser,
  request,
  db,
}) => {
  const draft = await createCourse(db, { ...simpleCourseSpec({ title: "Draft course of the shared catalogue" }), published: false });
  await fromCache(request, "/en/courses");
  const html = await (await request.get("/en/courses")).text();
  for (const text of ["Draft course of the shared catalogue", 'href="/en/courses/new"', 'href="/en/learning"'])
    expect(html).not.toContain(text);

  const librarian = await memberSession(browser, demo("LIBRARIAN").email, demo("LIBRARIAN").password);
  const coordinator = await memberSession(browser, demo("COORDINATOR").email, demo("COORDINATOR").password);
  try {
    for (const member of [librarian, coordinator]) {
      const response = await member.goto("/en/courses");
      expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
      await expect(member.getByRole("main").getByRole("link", { name: message("en", "courses.myLearning"), exact: true })).toBeVisible();
    }
    // The author: "New course", and every course, the draft among them, with its status.
    await expect(coordinator.getByRole("link", { name: message("en", "courses.newCourse") })).toBeVisible();
    const authoring = coordinator.getByRole("region", { name: message("en", "courses.authoring.allCourses") });
    const row = authoring.getByRole("listitem").filter({ hasText: "Draft course of the shared catalogue" });
    await expect(row.getByRole("link")).toHaveAttribute("href", `/en/courses/${draft.slug}/edit`);
    await expect(row).toContainText(message("en", "courses.status.DRAFT"));
    // The learner: neither, and the list's JSON refuses them.
    await expect(librarian.getByRole("link", { name: message("en", "courses.newCourse") })).toHaveCount(0);
    await expect(librarian.getByRole("region", { name: message("en", "courses.authoring.allCourses") })).toHaveCount(0);
    expect((await librarian.request.get("/api/courses?locale=en")).status()).toBe(403);
    expect((await request.get("/api/courses?locale=en")).status()).toBe(401);
  } finally {
    await librarian.context().close();
    await coordinator.context().close();
  }
});

test("members get the knowledge index from the cache; editors see their unpublished pages in place, from the browser", async ({
  browser,
  request,
}) => {
  const coordinator = await memberSession(browser, demo("COORDINATOR").email, demo("COORDINATOR").password);
  const librarian = await memberSession(browser, demo("LIBRARIAN").email, demo("LIBRARIAN").password);
  try {
    const title = unique("Draft in the shared index");
    const slug = await createKnowledgePage(coordinator, title);
    await fromCache(request, "/en/knowledge");
    const html = await (await request.get("/en/knowledge")).text();
    for (const text of [title, 'href="/en/knowledge/new"']) expect(html).not.toContain(text);

    for (const member of [coordinator, librarian]) {
      const response = await member.goto("/en/knowledge");
      expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
      await expect(member.locator("html")).toHaveAttribute("data-member", "");
    }
    // The editor: the draft where it belongs, marked, leading to its editor; their links.
    const guides = coordinator.getByRole("region", { name: message("en", "knowledge.sections.GUIDES.title") });
    const draft = guides.getByRole("listitem").filter({ hasText: title });
    await expect(draft.getByRole("link", { name: title })).toHaveAttribute("href", `/en/knowledge/${slug}/edit`);
    await expect(draft).toContainText(message("en", "knowledge.status.DRAFT"));
    await expect(coordinator.getByRole("link", { name: message("en", "knowledge.newPage") })).toBeVisible();
    // The librarian: the published tree only (their header shows once /api/me answers).
    await expect(librarian.getByRole("banner").locator("summary", { hasText: message("en", "nav.accountMenu") })).toBeVisible();
    await expect(librarian.getByText(title)).toHaveCount(0);
    await expect(librarian.getByRole("link", { name: message("en", "knowledge.newPage") })).toHaveCount(0);
    expect((await librarian.request.get("/api/knowledge/tree?locale=en")).status()).toBe(403);
    expect((await request.get("/api/knowledge/tree?locale=en")).status()).toBe(401);
  } finally {
    await coordinator.context().close();
    await librarian.context().close();
  }
});

test("a session that ended elsewhere stops asking: /api/me drops its cookie and the hint, and shared pages are a visitor's again", async ({
  page,
  makeUser,
  db,
}) => {
  const member = await makeUser();
  await signIn(page, member.email);
  await page.goto("/en/about");
  await expect(page.getByRole("banner").locator("summary", { hasText: member.name })).toBeVisible();
  // Ended on another device ("log out" there, a password change, a suspension).
  await db.session.updateMany({ where: { userId: member.id }, data: { revokedAt: new Date() } });
  await page.goto("/en/privacy");
  await expect(page.getByRole("banner").getByRole("link", { name: message("en", "nav.login") })).toBeVisible();
  await expect(page.locator("html")).not.toHaveAttribute("data-member");
  const names = (await page.context().cookies()).map((c) => c.name);
  expect(names).not.toContain("ep-member");
  expect(names.filter((n) => n.includes("authjs.session-token"))).toEqual([]);
  // The next shared page does not ask again.
  const asked: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/me") asked.push(r.url());
  });
  await page.goto("/en/accessibility");
  await expect(page.getByRole("banner").getByRole("link", { name: message("en", "nav.login") })).toBeVisible();
  expect(asked).toEqual([]);
});

test("a reply and a hidden post show to visitors at once; so does a newly published page", async ({ browser, request, db, makeUser }) => {
  test.setTimeout(120_000);
  const tag = unique("cache");
  const author = await makeUser({ name: `Cache Author ${tag}` });
  await db.user.update({ where: { id: author.id }, data: { createdAt: new Date(Date.now() - 3 * 86_400_000) } });
  const topic = await publicTopic(db);
  const path = `/en/forum/t/${topic.id}`;
  const posts = await db.forumPost.count({ where: { topicId: topic.id } });
  // The topic's last page, where the reply lands (20 posts a page).
  const lastPage = `${path}${posts >= 20 ? `?page=${Math.ceil((posts + 1) / 20)}` : ""}`;
  await fromCache(request, lastPage);
  await fromCache(request, "/en/forum/latest");

  const authorPage = await memberSession(browser, author.email);
  const words = `Reply seen at once ${tag}`;
  const posted = await authorPage.request.post(`/api/forum/topics/${topic.id}/replies`, { data: { content: doc(words), locale: "en" } });
  expect(posted.status()).toBe(201);
  const { number } = (await posted.json()) as { number: number };
  expect(await (await request.get(lastPage)).text()).toContain(words);
  await authorPage.context().close();

  // A coordinator hides it: visitors no longer get its text, from the cache or otherwise.
  await fromCache(request, lastPage);
  const coordinator = await memberSession(browser, demo("COORDINATOR").email, demo("COORDINATOR").password);
  await coordinator.goto(`${path}?post=${number}`);
  const post = coordinator.locator(`#post-${number}`);
  await post.getByRole("button", { name: message("en", "forum.mod.hide"), exact: true }).click();
  await post.getByLabel(message("en", "forum.mod.hideReason")).fill("Checked by the cache test");
  await post.getByRole("button", { name: message("en", "forum.mod.hideSubmit") }).click();
  await expect(post.getByText(message("en", "forum.topic.hiddenForModerator", { reason: "Checked by the cache test" }))).toBeVisible();
  const afterHide = await (await request.get(lastPage)).text();
  expect(afterHide).not.toContain(words);
  expect(afterHide).toContain(message("en", "forum.topic.hiddenForAll"));

  // Publishing a knowledge page puts it in the cached index.
  await fromCache(request, "/en/knowledge");
  const title = `Cached index ${tag}`;
  const slug = await createKnowledgePage(coordinator, title);
  await typeInEditor(coordinator, "A page that visitors see as soon as it is published.");
  await waitForSaved(coordinator);
  expect(await (await request.get("/en/knowledge")).text()).not.toContain(title);
  await runTransition(coordinator, message("en", "knowledge.workflow.publish"), message("en", "knowledge.status.PUBLISHED"));
  expect(await (await request.get("/en/knowledge")).text()).toContain(title);
  expect((await request.get(`/en/knowledge/${slug}`)).status()).toBe(200);
  await coordinator.context().close();
});

test("an initiative a coordinator approves reaches the cached map lists at once: visitors' with its area, the one members share with its street; the map is one page for all", async ({
  browser,
  request,
  db,
}) => {
  test.setTimeout(90_000);
  const name = `Cached map ${unique("map")}`;
  const street = `Klusā iela ${unique("street")}`;
  // Named to sort first in the list (alphabetical), so that it lands on the cached first page; a
  // sensitive venue, whose street only members may read.
  const { slug } = await createInitiative(db, { name: `0 ${name}`, status: "SUGGESTED", sensitive: true, address: street });
  const before = await fromCache(request, "/en/map/list");
  expect(await before.text()).not.toContain(name);
  await fromCache(request, "/en/map");
  expect((await request.get(`/en/map/i/${slug}`)).status()).toBe(404);
  const librarian = await memberSession(browser, demo("LIBRARIAN").email, demo("LIBRARIAN").password);
  expect(await (await fromCache(librarian.request, "/en/map/list")).text()).not.toContain(name);

  const coordinator = await memberSession(browser, demo("COORDINATOR").email, demo("COORDINATOR").password);
  await coordinator.goto("/en/admin/initiatives");
  const approve = coordinator.getByRole("button", { name: message("en", "initiatives.review.approveNamed", { name: `0 ${name}` }) });
  await approve.click();
  await expect(approve).toHaveCount(0);
  await coordinator.context().close();

  const visitorList = await (await request.get("/en/map/list")).text();
  expect(visitorList).toContain(name);
  expect(visitorList).not.toContain(street);
  const page = await request.get(`/en/map/i/${slug}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(name);
  try {
    // The members' copy, from the cache again, with the street.
    const shared = await fromCache(librarian.request, "/en/map/list");
    expect(await shared.text()).toContain(street);
    const response = await librarian.goto("/en/map/list");
    expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
    await expect(librarian.getByText(street)).toBeVisible();
    // The map: the visitors' page, the member's tabs from the browser.
    const suggest = message("en", "initiatives.nav.suggest");
    expect(await (await request.get("/en/map")).text()).not.toContain('href="/en/map/suggest"');
    const map = await librarian.goto("/en/map");
    expect(map?.headers()["x-nextjs-cache"]).toBe("HIT");
    await expect(librarian.getByRole("link", { name: suggest })).toHaveAttribute("href", "/en/map/suggest");
    await expect(librarian.getByRole("link", { name: message("en", "initiatives.nav.mine") })).toBeVisible();
  } finally {
    await librarian.context().close();
  }
});
