import { expect, test } from "./fixtures";
import { createKnowledgePage, loginAsCoordinator, runTransition, typeInEditor, unique, waitForSaved } from "./knowledge-helpers";

const letters = () => Array.from({ length: 4 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

test("search finds a published page by a misspelled word within seconds, and never a draft", async ({ page, request }) => {
  await loginAsCoordinator(page);
  const published = `kaleidoscopic${letters()}`;
  const title = unique("Searchable guide");
  await createKnowledgePage(page, title);
  await typeInEditor(page, `A ${published} approach to welcoming.`);
  await waitForSaved(page);
  await runTransition(page, "Publish", "Published");

  const secret = `florilegium${letters()}`;
  await createKnowledgePage(page, unique("Draft guide"));
  await typeInEditor(page, `Only a draft mentions ${secret}.`);
  await waitForSaved(page);

  // One letter dropped from the middle of the word.
  const typo = published.slice(0, 5) + published.slice(6);
  await expect(async () => {
    const response = await request.get(`/api/search?q=${typo}&locale=en`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.hits.map((h: { title: string }) => h.title)).toContain(title);
  }).toPass({ timeout: 15_000 });

  await page.goto(`/en/search?q=${typo}`);
  const result = page.getByRole("link", { name: title });
  await expect(result).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();

  // Give the indexer time to have indexed anything it ever would.
  await page.waitForTimeout(3000);
  for (const q of [secret, secret.slice(0, 6) + secret.slice(7)]) {
    const body = await (await request.get(`/api/search?q=${q}&locale=en`)).json();
    expect(body.hits).toEqual([]);
  }
});

test("a visitor searches from the header in French and gets highlighted results", async ({ page }) => {
  await page.goto("/fr");
  const box = page.getByRole("combobox").first();
  await box.fill("interpreters");
  const option = page.getByRole("option").first();
  await expect(option).toBeVisible({ timeout: 10_000 });
  await expect(option).toContainText(/interpreters/i);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/fr\/search\?q=interpreters/);
  await expect(page.locator("main mark").first()).toBeVisible();
});

test("bad search input gets a clear 400 answer", async ({ request }) => {
  const response = await request.get(`/api/search?q=${"x".repeat(600)}&locale=en`);
  expect(response.status()).toBe(400);
  expect((await response.json()).error.code).toBe("INVALID");
});
