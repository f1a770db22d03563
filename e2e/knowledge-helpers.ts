import { randomBytes } from "node:crypto";
import type { Page, Request } from "@playwright/test";
import { signIn, demo, expect, message } from "./fixtures";

export const unique = (prefix: string) => `${prefix}-${randomBytes(3).toString("hex")}`;

/** Creates a page through the form and returns its slug; the browser ends in the editor. */
export async function createKnowledgePage(page: Page, title: string, section = "Guides") {
  await page.goto("/en/knowledge/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Section").selectOption({ label: section });
  const slug = await page.getByLabel("Web address").inputValue();
  await page.getByRole("button", { name: message("en", "knowledge.createPage") }).click();
  await expect(page).toHaveURL(new RegExp(`/en/knowledge/${slug}/edit\\?lang=en$`));
  await expect(page.getByRole("textbox", { name: "Content" })).toBeVisible();
  return slug;
}

export async function loginAsCoordinator(page: Page) {
  const coordinator = demo("COORDINATOR");
  await signIn(page, coordinator.email);
}

/** Waits until the autosave indicator says the latest change is stored. */
export async function waitForSaved(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible({ timeout: 15_000 });
}

export async function typeInEditor(page: Page, text: string) {
  const editor = page.getByRole("textbox", { name: "Content" });
  await editor.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(text);
}

export async function runTransition(page: Page, label: string, expectedStatus: string) {
  await page.getByRole("button", { name: label, exact: true }).click();
  await expect(page.locator("main").getByText(expectedStatus, { exact: true }).first()).toBeVisible();
}

/** The next server-action request the page sends (e.g. an autosave), to replay it elsewhere. */
export function nextActionRequest(page: Page) {
  return page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"]);
}
