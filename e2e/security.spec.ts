import { randomBytes } from "node:crypto";
import { request as playwrightRequest } from "@playwright/test";
import { signIn, caughtMail, demo, expect, login, message, submitAndWait, TEST_PASSWORD, test } from "./fixtures";
import { createKnowledgePage, loginAsCoordinator } from "./knowledge-helpers";

// Issue 8, "Security": each finding as an attacker would try it, against the production build.
const tag = () => randomBytes(3).toString("hex");
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
type Db = Parameters<Parameters<typeof test>[2]>[0]["db"];

async function openTopicId(db: Db) {
  const topic = await db.forumTopic.findFirstOrThrow({
    where: { lockedAt: null, category: { visibility: "PUBLIC" } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return topic.id;
}

/** A member whose account is older than the forum's new-account period. */
async function establishedMember(makeUser: (i?: object) => Promise<{ id: string; email: string; name: string }>, db: Db) {
  const user = await makeUser({ name: `Member ${tag()}` });
  await db.user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.now() - 3 * 86_400_000) } });
  return user;
}

test.describe("1. the mail catcher", () => {
  test("visitors and members cannot read caught mail; an admin can, and the dashboard says mail is not delivered", async ({
    page,
    makeUser,
  }) => {
    // A reset link is waiting in the catcher.
    const victim = await makeUser();
    await page.goto("/en/forgot-password");
    await page.getByLabel("Email address").fill(victim.email);
    await page.getByRole("button", { name: "Send the reset link" }).click();
    await expect(page.getByText(message("en", "auth.forgotDone"))).toBeVisible();
    await caughtMail(victim.email, message("en", "mail.resetSubject"));

    // A visitor is sent to the login page and sees no mail.
    const visitor = await page.request.get("/en/dev/mail", { maxRedirects: 0 });
    expect((await visitor.text()).includes("reset-password?token="), "a reset link shown to a visitor").toBe(false);
    await page.goto("/en/dev/mail");
    await expect(page).toHaveURL(/\/en\/login$/);

    // A member is refused.
    const member = await makeUser();
    await signIn(page, member.email);
    const response = await page.goto("/en/dev/mail");
    expect(response?.status()).toBe(403);
    expect((await page.content()).includes("reset-password?token="), "a reset link shown to a member").toBe(false);

    // An administrator reads it, and is told on the dashboard that mail is not delivered.
    await page.context().clearCookies();
    const admin = demo("ADMIN");
    await signIn(page, admin.email);
    await page.goto("/en/admin");
    await expect(page.getByRole("heading", { name: message("en", "admin.mailCaught.title") })).toBeVisible();
    await page.getByRole("link", { name: message("en", "admin.mailCaught.link") }).click();
    await expect(page).toHaveURL(/\/en\/dev\/mail$/);
    await expect(page.getByRole("article", { name: message("en", "mail.resetSubject") }).filter({ hasText: victim.email })).toBeVisible();
  });

  test("the dashboard warning is translated", async ({ page }) => {
    const admin = demo("ADMIN");
    await signIn(page, admin.email, "pl");
    await page.goto("/pl/admin");
    await expect(page.getByRole("heading", { name: message("pl", "admin.mailCaught.title") })).toBeVisible();
  });
});

test("2. registering with a taken email shows exactly what a new email shows", async ({ page, makeUser }) => {
  const taken = await makeUser();
  const answers: string[] = [];
  for (const email of [taken.email, `new-${tag()}@example.test`]) {
    await page.goto("/en/register");
    await page.getByLabel("Full name").fill("Sam Example");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("a quiet orchard by the river");
    await page.getByLabel("Repeat the password").fill("a quiet orchard by the river");
    await page.getByLabel("Country").selectOption("NL");
    await page.getByLabel(/I have read the privacy notice/).check();
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page.getByText("Check your inbox")).toBeVisible();
    answers.push(((await page.locator("main").textContent()) ?? "").replace(email, "EMAIL"));
  }
  expect(answers[0]).toBe(answers[1]);
});

test("4. rate limits count the connection's address, not a forged X-Forwarded-For", async ({ page, makeUser, db }) => {
  const member = await makeUser();
  const forged = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": forged, "x-real-ip": forged });
  await page.goto("/en/login");
  await page.getByLabel("Email address").fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill("not the password at all");
  await submitAndWait(page, page.getByRole("button", { name: "Log in" }));
  await expect(page.getByRole("alert").filter({ hasText: message("en", "errors.invalidCredentials") })).toBeVisible();

  const keys = (await db.rateLimit.findMany({ where: { key: { contains: member.email } }, select: { key: true } })).map((r) => r.key);
  expect(keys.length).toBeGreaterThan(0);
  expect(keys.join(" ")).not.toContain(forged);
  expect(await db.rateLimit.count({ where: { key: { contains: forged } } })).toBe(0);
  expect(keys.some((k) => /127\.0\.0\.1|::1/.test(k))).toBe(true);
});

test.describe("5. cross-site requests to route handlers", () => {
  test("a same-site form and a cross-site fetch cannot post a reply; the same origin can; other content types get 415", async ({
    page,
    makeUser,
    db,
    baseURL,
  }) => {
    const member = await establishedMember(makeUser, db);
    const topicId = await openTopicId(db);
    await signIn(page, member.email);
    const target = `${baseURL}/api/forum/topics/${topicId}/replies`;
    const marker = `forged-${tag()}`;

    // A page on another port of the same host: same site, another origin; the cookie goes along.
    const evil = new URL(baseURL ?? "http://localhost:3100");
    evil.port = String(Number(evil.port || 80) + 7);
    await page.route(`${evil.origin}/**`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>Win a prize</title><form method="post" action="${target}" enctype="text/plain">
          <input name='{"content":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"${marker}' value='"}]}]},"x":"1"}'>
          </form><script>document.forms[0].submit()</script>`,
      }),
    );
    const forged = page.waitForResponse((r) => r.url() === target && r.request().method() === "POST");
    await page.goto(`${evil.origin}/prize`);
    const response = await forged;
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");

    const crossSite = await page.request.post(target, { headers: { "sec-fetch-site": "cross-site" }, data: { content: doc(marker) } });
    expect(crossSite.status()).toBe(403);
    const otherOrigin = await page.request.post(target, { headers: { origin: evil.origin }, data: { content: doc(marker) } });
    expect(otherOrigin.status()).toBe(403);
    expect(await db.forumPost.count({ where: { topicId, text: { contains: marker } } })).toBe(0);

    const plain = await page.request.post(target, {
      headers: { "content-type": "text/plain" },
      data: JSON.stringify({ content: doc(marker) }),
    });
    expect(plain.status()).toBe(415);

    // The site's own pages still post (a same-origin fetch sends Sec-Fetch-Site: same-origin).
    await page.goto(`/en/forum/t/${topicId}`);
    const status = await page.evaluate(
      async ({ url, body }) =>
        (await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).status,
      { url: target, body: { content: doc(`same origin ${marker}`) } },
    );
    expect(status).toBe(201);
    expect(await db.forumPost.count({ where: { topicId, text: { contains: `same origin ${marker}` } } })).toBe(1);
  });
});

test("6. Auth.js's own sign-out ends the server session: the old cookie reads nothing", async ({ page, makeUser, baseURL }) => {
  const member = await makeUser();
  await login(page, member.email, TEST_PASSWORD);
  const cookies = await page.context().cookies();
  const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  expect((await page.request.get("/api/account/export")).status()).toBe(200);

  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signout = await page.request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
  expect(signout.status()).toBeLessThan(400);

  // Someone who kept a copy of the cookie.
  const replay = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie: cookieHeader } });
  try {
    expect((await replay.get("/api/account/export")).status()).toBe(401);
  } finally {
    await replay.dispose();
  }
});

test.describe("8. bad input gets a translated refusal, never a 500", () => {
  test("NUL bytes in a topic title and a profile name", async ({ page, makeUser, db }) => {
    const member = await establishedMember(makeUser, db);
    await signIn(page, member.email);

    await page.goto("/en/forum/new");
    await page.getByLabel(message("en", "forum.newTopicPage.category")).selectOption({ index: 1 });
    await page.getByLabel(message("en", "forum.newTopicPage.topicTitle")).fill("A title with a \u0000 inside");
    const editor = page.getByRole("textbox", { name: message("en", "forum.newTopicPage.body") });
    await editor.click();
    await page.keyboard.type("Body text that is fine.");
    await submitAndWait(page, page.getByRole("button", { name: message("en", "forum.newTopicPage.submit") }));
    await expect(page.getByText(message("en", "validation.invalidCharacters"))).toBeVisible();

    await page.goto("/en/account");
    await page.getByLabel(message("en", "auth.name")).fill("Name\u0000Evil");
    await submitAndWait(page, page.getByRole("button", { name: message("en", "account.save") }));
    await expect(page.getByText(message("en", "validation.invalidCharacters"))).toBeVisible();
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { name: true } })).name).toBe(member.name);
  });

  test("NUL bytes and lone surrogates through the reply route and the mention search", async ({ page, makeUser, db }) => {
    const member = await establishedMember(makeUser, db);
    const topicId = await openTopicId(db);
    await signIn(page, member.email);
    for (const bad of ["\\u0000", "\\ud800", "\\udc00x"]) {
      const reply = await page.request.post(`/api/forum/topics/${topicId}/replies`, {
        headers: { "content-type": "application/json" },
        data: `{"content":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"bad ${bad} text"}]}]}}`,
      });
      expect(reply.status(), bad).toBe(400);
      expect((await reply.json()).error.fieldErrors).toEqual({ content: ["validation.invalidCharacters"] });
    }
    for (const q of ["%00", "a%01b", "%ED%A0%80", "%F0%9F%98"]) {
      const mentions = await page.request.get(`/api/forum/mentions?q=${q}`);
      expect(mentions.status(), q).toBeLessThan(500);
    }
    const nul = await page.request.get("/api/forum/mentions?q=ann%00");
    expect(nul.status()).toBe(400);
    expect((await nul.json()).error.fieldErrors).toEqual({ q: ["validation.invalidCharacters"] });
  });

  test("control characters in the login `next` and the login fields", async ({ page, makeUser }) => {
    const member = await makeUser();
    for (const next of ["/en/account%00", "/en%01/account", "/en/account%0D%0ALocation:%20//evil.example"]) {
      const shown = await page.goto(`/en/login?next=${next}`);
      expect(shown?.status(), next).toBe(200);
    }
    // Logging in from there lands on a page of this site, not on an error.
    await page.getByLabel("Email address").fill(member.email);
    await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page).toHaveURL(/\/en$/);

    await page.context().clearCookies();
    await page.goto("/en/login");
    await page.getByLabel("Email address").fill(`${member.email}\u0000`);
    await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
    await submitAndWait(page, page.getByRole("button", { name: "Log in" }));
    await expect(page.getByText(message("en", "validation.invalidCharacters"))).toBeVisible();

    // Auth.js's endpoint directly.
    const direct = await page.request.post("/api/auth/callback/credentials", {
      form: { email: "nobody\u0000@example.test", password: "x\u0001y" },
      maxRedirects: 0,
    });
    expect(direct.status()).toBeLessThan(500);
  });

  test("a knowledge page just under the 1 MiB limit saves; a larger one is refused in words and kept", async ({ page, db }) => {
    test.setTimeout(150_000);
    await loginAsCoordinator(page);
    const slug = await createKnowledgePage(page, `Large document ${tag()}`);
    const editor = page.getByRole("textbox", { name: "Content" });
    const paste = (text: string) =>
      editor.evaluate((el, t) => {
        const data = new DataTransfer();
        data.setData("text/plain", t);
        el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);

    // A long title travels in every autosave beside the document: measure one save's body.
    const title = `Large document ${"with a long title ".repeat(12)}`.slice(0, 190).trim();
    await page.getByLabel("Title", { exact: true }).fill(title);
    const measured = page.waitForRequest(
      (r) =>
        r.method() === "POST" &&
        !!r.headers()["next-action"] &&
        (r.postData() ?? "").includes('"text":"x"') &&
        (r.postData() ?? "").includes(title),
    );
    await editor.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("x");
    const base = (await measured).postDataBuffer()?.length ?? 0;
    expect(base).toBeGreaterThan(200);

    // The body grows to 1 MiB + 64 bytes, past Next's default limit for action bodies; the
    // document itself stays under the rich-text limit by at least the title's length.
    const grow = 1024 * 1024 + 64 - base;
    await paste("a".repeat(grow));
    await expect
      .poll(
        async () => {
          const row = await db.pageTranslation.findFirst({ where: { page: { slug }, locale: "en" }, select: { contentJson: true } });
          return JSON.stringify(row?.contentJson ?? "").length;
        },
        { timeout: 60_000, message: "the large document reaches the database" },
      )
      .toBeGreaterThan(grow);

    // Over the limit: a clear, translated refusal; the text stays in the editor and on this device.
    await editor.click();
    await page.keyboard.press("Control+End");
    await paste("b".repeat(2_000));
    const refusal = message("en", "editor.status.error", { message: message("en", "errors.documentTooLarge") });
    await expect(page.getByRole("status").filter({ hasText: refusal })).toBeVisible({ timeout: 30_000 });
    expect(await editor.evaluate((el) => el.textContent?.length ?? 0)).toBeGreaterThan(grow + 2_000);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("epanema:knowledge:"))
        .map((k) => localStorage.getItem(k)?.length ?? 0),
    );
    expect(Math.max(0, ...kept)).toBeGreaterThan(grow + 2_000);
  });
});

test.describe("9. leaks and policy", () => {
  test("registration refuses a common password with a translated message", async ({ page }) => {
    await page.goto("/fr/register");
    await page.getByLabel(message("fr", "auth.name")).fill("Camille Martin");
    await page.getByLabel(message("fr", "auth.email")).fill(`weak-${tag()}@example.test`);
    await page.getByLabel(message("fr", "auth.password"), { exact: true }).fill("password1234");
    await page.getByLabel(message("fr", "auth.passwordConfirm")).fill("password1234");
    await page.getByLabel(message("fr", "auth.country")).selectOption("FR");
    await page.locator('input[name="acceptPrivacy"]').check();
    await submitAndWait(page, page.getByRole("button", { name: message("fr", "auth.registerButton") }));
    await expect(page.getByText(message("fr", "validation.passwordCommon"))).toBeVisible();
    await expect(page.getByLabel(message("fr", "auth.password"), { exact: true })).toHaveAttribute("aria-invalid", "true");
  });

  test("paths with a dot get the same security headers as other pages", async ({ page }) => {
    for (const path of ["/en/foo.bar", "/en/knowledge/some.page", "/en"]) {
      const response = await page.request.get(path);
      const headers = response.headers();
      // A nonce, or on a visitor's cached page (`/en`) the hashes of its own scripts (decision 003).
      const scriptSrc = headers["content-security-policy"]?.split("; ").find((d) => d.startsWith("script-src")) ?? "";
      expect(scriptSrc, path).toMatch(path === "/en" ? /'sha256-/ : /'nonce-/);
      expect(scriptSrc, path).not.toContain("unsafe-inline");
      expect(headers["x-frame-options"], path).toBe("DENY");
    }
  });

  test("robots.txt answers in text; other root files, paths below a file and the bench pages are 404s with a CSP", async ({ page }) => {
    const robots = await page.request.get("/robots.txt");
    expect(robots.status()).toBe(200);
    expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
    const rules = await robots.text();
    expect(rules).toMatch(/^Allow: \/$/m);
    for (const line of ["Disallow: /api/", "Disallow: /en/admin", "Disallow: /uk/account", "Disallow: /fr/knowledge/*/edit"]) {
      expect(rules).toContain(line);
    }
    for (const path of ["/favicon.ico", "/icon.svg"]) expect((await page.request.get(path)).status(), path).toBe(200);

    // The proxy's exclusions match these files exactly: anything below them, or a file the app
    // does not have, is the app's 404 page with its policy (it once came without one).
    for (const path of ["/favicon.ico/x", "/robots.txt/anything", "/sitemap.xml", "/manifest.webmanifest"]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
      const scriptSrc =
        response
          .headers()
          ["content-security-policy"]?.split("; ")
          .find((d) => d.startsWith("script-src")) ?? "";
      expect(scriptSrc, path).toMatch(/'nonce-|'sha256-/);
      expect(scriptSrc, path).not.toContain("unsafe-inline");
      expect(response.headers()["x-frame-options"], path).toBe("DENY");
    }

    // The bench's bare pages exist only for `npm run bench` (EPANEMA_BENCH=1), not on this server.
    for (const path of ["/bench-static", "/bench-dynamic", "/bench-static.rsc"]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()["content-security-policy"], path).toContain("default-src 'none'");
    }
  });
});
