import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { createKnowledgePage, loginAsCoordinator, runTransition, typeInEditor, unique, waitForSaved } from "./knowledge-helpers";

// Runs alone after the other specs (project "outage"): it freezes the test Meilisearch.
const pidFile = path.join(import.meta.dirname, "..", ".data", "test", "meili.pid");

test("publishing works while Meilisearch is down, and the page becomes searchable when it is back", async ({ page, request }) => {
  test.skip(!existsSync(pidFile), "Meilisearch is not the embedded test instance (TEST_MEILI_HOST is set)");
  test.setTimeout(120_000);
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  const word = `zeppelinarium${Date.now().toString(36)}`;

  await loginAsCoordinator(page);
  const title = unique("Written during an outage");
  await createKnowledgePage(page, title);
  await typeInEditor(page, `Mentions ${word} once.`);
  await waitForSaved(page);

  process.kill(pid, "SIGSTOP");
  try {
    await expect(async () => expect((await request.get("/api/health")).status()).toBe(503)).toPass({ timeout: 20_000 });
    await runTransition(page, "Publish", "Published");
    await page.goto(`/en/search?q=${word}`);
    await expect(page.getByText(/temporarily unavailable/i)).toBeVisible();
    // The rest of the site keeps working.
    await page.goto("/en/knowledge");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  } finally {
    process.kill(pid, "SIGCONT");
  }

  await expect(async () => {
    const body = await (await request.get(`/api/search?q=${word}&locale=en`)).json();
    expect(body.hits?.map((h: { title: string }) => h.title)).toContain(title);
  }).toPass({ timeout: 90_000, intervals: [1000, 2000, 5000] });
  expect((await request.get("/api/health")).status()).toBe(200);
});
