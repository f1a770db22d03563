import { IntlMessageFormat } from "intl-messageformat";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { createScriptClient, type ScriptClient } from "../prisma/client";
import { createSession, createUser, TEST_PASSWORD, type UserInput } from "../prisma/factories";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed";

export { expect, TEST_PASSWORD };

type Messages = Record<string, unknown>;
/** A message from the real catalogue, so tests assert what a person would read. */
export function message(locale: string, key: string, values: Record<string, string> = {}): string {
  const catalogue = JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "messages", `${locale}.json`), "utf8")) as Messages;
  const value = key.split(".").reduce<unknown>((node, part) => (node as Messages)?.[part], catalogue);
  if (typeof value !== "string") throw new Error(`No message ${key} in ${locale}`);
  return Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, v), value);
}

/** A catalogue message with ICU plurals formatted, as the app shows it. */
export function formatted(locale: string, key: string, values: Record<string, string | number>) {
  return String(new IntlMessageFormat(message(locale, key), locale).format(values));
}

export type DemoRole = (typeof DEMO_ACCOUNTS)[number]["role"];
export const demo = (role: DemoRole) => {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(role);
  return { ...account, password: DEMO_PASSWORD };
};

/** Logs in through the real form and waits until the header shows the person. */
export async function login(page: Page, email: string, password: string, locale = "en") {
  await page.goto(`/${locale}/login`);
  await page.getByLabel(message(locale, "auth.email")).fill(email);
  await page.getByLabel(message(locale, "auth.password"), { exact: true }).fill(password);
  await page.getByRole("button", { name: message(locale, "auth.loginButton") }).click();
  await expect(page.locator("header summary", { hasText: message(locale, "nav.accountMenu") })).toBeVisible();
}

// Auth.js's session cookie on http://localhost (the test server is not behind HTTPS).
const SESSION_COOKIE = "authjs.session-token";
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

/**
 * Signs in without the login form, for tests where logging in is not what is tested: a session
 * row as a login creates it and the cookie Auth.js would set (its JWT with the session id,
 * encrypted with the server's AUTH_SECRET), then the home page with the person in the header.
 * The form itself is tested in accounts, security, rate-limit and walkthrough specs (login()).
 */
export async function signIn(page: Page, email: string, locale = "en") {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("signIn needs AUTH_SECRET: run the e2e tests through `npm test`.");
  const db = createScriptClient();
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() }, select: { id: true } });
    const userAgent = await page.evaluate(() => navigator.userAgent).catch(() => null);
    const session = await createSession(db, { userId: user.id, userAgent, maxAgeSeconds: SESSION_MAX_AGE_SECONDS });
    const value = await encode({ token: { sub: user.id, sid: session.id }, secret, salt: SESSION_COOKIE, maxAge: SESSION_MAX_AGE_SECONDS });
    const url = new URL(base.info().project.use.baseURL ?? "http://localhost:3100");
    await page.context().addCookies([{ name: SESSION_COOKIE, value, domain: url.hostname, path: "/", httpOnly: true, sameSite: "Lax" }]);
  } finally {
    await db.$disconnect();
  }
  await page.goto(`/${locale}`);
  await expect(page.locator("header summary", { hasText: message(locale, "nav.accountMenu") })).toBeVisible();
}

/** Clicks a submit button and waits for the server action's answer (so attempts never overlap). */
export async function submitAndWait(page: Page, button: Locator) {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]),
    button.click(),
  ]);
}

export async function openAccountMenu(page: Page, locale = "en") {
  await page.locator("summary", { hasText: message(locale, "nav.accountMenu") }).click();
}

export async function logout(page: Page, locale = "en") {
  await openAccountMenu(page, locale);
  await page.getByRole("button", { name: message(locale, "nav.logout") }).click();
  await expect(page.getByRole("link", { name: message(locale, "nav.login") })).toBeVisible();
}

/** The address and the whole document, hashed: what an axe scan saw. */
const documentPrint = (page: Page) =>
  page.evaluate(() => {
    const text = `${location.href}\n${document.documentElement.outerHTML}`;
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    return `${text.length}:${hash >>> 0}`;
  });
/** The document each page last passed a scan with. */
const scanned = new WeakMap<Page, string>();

/** axe-core with the WCAG 2.1 A/AA rules; any violation fails the test with its details. */
export async function expectAccessible(page: Page) {
  // A refresh still streaming in (a test that ends right after an action) swaps the head's <title>
  // out and in: scan the settled page. A page that has no title at all still fails below.
  await page.waitForFunction(() => document.title.trim() !== "", null, { timeout: 5_000 }).catch(() => {});
  // A part still loading (a shared page's personal part from its JSON, an editor's code) says so
  // with aria-busy: scan what the person then sees. One that never loads is scanned as it is.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 10_000 }).catch(() => {});
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  scanned.set(page, await documentPrint(page));
}

/**
 * The newest caught mail to `to` whose subject is `subject`, read from MAIL_DIR where the test
 * server writes it (the /dev/mail page is for administrators; tests need no admin session).
 */
export async function caughtMail(to: string, subject: string): Promise<{ text: string; links: string[] }> {
  const dir = process.env.MAIL_DIR ?? path.join(import.meta.dirname, "..", ".data", "test", "mail");
  let text = "";
  await expect
    .poll(
      () => {
        const files = readdirSync(dir)
          .filter((f) => f.endsWith(".json"))
          .sort()
          .reverse();
        for (const file of files) {
          const mail = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { to: string; subject: string; text: string };
          if (mail.to === to && mail.subject === subject) {
            text = mail.text;
            return true;
          }
        }
        return false;
      },
      { message: `a mail "${subject}" to ${to} in ${dir}` },
    )
    .toBe(true);
  return { text, links: text.match(/https?:\/\/\S+/g) ?? [] };
}

type Fixtures = { db: ScriptClient; makeUser: (input?: UserInput) => Promise<{ id: string; email: string; name: string }> };

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take no dependencies here
  db: async ({}, use) => {
    const db = createScriptClient();
    await use(db);
    await db.$disconnect();
  },
  makeUser: async ({ db }, use) => {
    await use((input) => createUser(db, input));
  },
  // Every page a test ends on is scanned with axe — unless the test's own scan saw exactly this
  // document (same address and markup, open/closed states included) last.
  // A failed test prints what the browser said (errors, warnings, uncaught exceptions): CI keeps
  // its output, not the screenshots.
  page: async ({ page }, use, testInfo) => {
    const said: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") said.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => said.push(`uncaught: ${e.message}`));
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus && said.length > 0) {
      console.log(`The browser said, in "${testInfo.title}":\n  ${said.slice(-30).join("\n  ")}`);
    }
    if (
      testInfo.status === testInfo.expectedStatus &&
      !testInfo.annotations.some((a) => a.type === "skip-axe") &&
      page.url().startsWith("http") &&
      scanned.get(page) !== (await documentPrint(page))
    ) {
      await expectAccessible(page);
    }
  },
});
