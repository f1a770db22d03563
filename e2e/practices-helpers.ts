import { randomBytes } from "node:crypto";
import type { Browser, Locator, Page, Request } from "@playwright/test";
import { createPractice, type PracticeInput, upsertOrganisation } from "../prisma/factories";
import { expect, login, message, TEST_PASSWORD } from "./fixtures";

// Helpers for the good-practice specs: data through the shared factories (the UI is not what
// those steps test), keyboard-only navigation, and replaying server actions.

type Db = Parameters<typeof upsertOrganisation>[0];

export const tag = () => randomBytes(3).toString("hex");
export const en = (key: string, values: Record<string, string> = {}) => message("en", `practices.${key}`, values);

/** An organisation of its own for a test (so counts and facets are the test's alone). */
export async function organisation(db: Db, name: string, country = "EE") {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${tag()}`;
  await upsertOrganisation(db, { slug, name: `${name} ${slug.slice(-6)}`, type: "LIBRARY", country, city: "Tartu" });
  return db.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true, name: true } });
}

/** A complete published case study (resources and steps included), by default in `organisationSlug`. */
export function publishedPractice(db: Db, input: Partial<PracticeInput> & { organisationSlug: string; title: string }) {
  return createPractice(db, {
    summary: "A weekly activity that newcomers and residents run together.",
    story: ["It started with a question at the desk.", "Now it runs every week."],
    resources: ["A room for twenty people", "Two volunteers"],
    steps: ["Find volunteers", "Announce it in three languages", "Run the first session"],
    results: "Thirty people came regularly.",
    lessons: "Keep the same day and time.",
    country: "EE",
    city: "Tartu",
    libraryName: "Town library",
    themes: ["language-learning"],
    targetGroups: ["refugees"],
    languagesUsed: ["uk", "ru"],
    periodStart: "2024-01",
    contactName: "Mari Tamm",
    contactEmail: "mari.tamm@example.test",
    ...input,
  });
}

/** Presses Tab until `target` (or something inside it) has the focus: proves it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator, max = 250) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    const focused = await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
    if (focused) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Logs in with the keyboard only: Tab to the fields, type, Enter. */
export async function keyboardLogin(page: Page, email: string, password = TEST_PASSWORD) {
  await page.goto("/en/login");
  await tabTo(page, page.getByLabel(message("en", "auth.email")));
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  await expect(page.locator("header summary", { hasText: message("en", "nav.accountMenu") })).toBeVisible();
}

export async function session(browser: Browser, email: string, password = TEST_PASSWORD): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email, password);
  return page;
}

/** Captures the next server-action request without letting it reach the server (to replay it as someone else). */
export async function interceptAction(page: Page, trigger: () => Promise<void>): Promise<Request> {
  let captured: Request | null = null;
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"] && !captured) {
      captured = request;
      await route.abort();
      return;
    }
    await route.continue();
  });
  await trigger();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute("**/*");
  return captured as unknown as Request;
}

/** Sends a captured server-action request again, as whoever `page` is logged in as; returns the answer's text. */
export async function replay(page: Page, request: Request, body?: string | Buffer) {
  const headers = request.headers();
  const answer = await page.request.post(request.url(), {
    headers: {
      "next-action": headers["next-action"],
      "content-type": headers["content-type"],
      accept: "text/x-component",
    },
    data: body ?? request.postDataBuffer() ?? "",
  });
  return answer.text();
}
