import { randomBytes } from "node:crypto";
import { signIn, demo, expect, message, test } from "./fixtures";
import {
  createKnowledgePage,
  loginAsCoordinator,
  nextActionRequest,
  runTransition,
  typeInEditor,
  unique,
  waitForSaved,
} from "./knowledge-helpers";

test("a coordinator writes a page with a table and a link, submits and publishes it, and a visitor reads it", async ({
  page,
  browser,
  db,
}) => {
  await loginAsCoordinator(page);
  const title = `Library cards for everyone ${randomBytes(2).toString("hex")}`;
  const slug = await createKnowledgePage(page, title);

  await typeInEditor(page, "Anyone living here can get a card. See the ");
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Add a link" });
  await dialog.getByLabel("Web address").fill("https://european-union.europa.eu/");
  await dialog.getByLabel("Link text").fill("EU portal");
  await dialog.getByRole("button", { name: "Apply" }).click();
  await page.keyboard.type(" for more.");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Insert table" }).click();
  await page.keyboard.type("Document");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Needed?");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Where");
  await waitForSaved(page);

  await runTransition(page, "Submit for review", "In review");
  await runTransition(page, "Publish", "Published");
  const row = await db.knowledgePage.findUniqueOrThrow({ where: { slug }, select: { id: true, status: true } });
  expect(row.status).toBe("PUBLISHED");
  const trail = await db.auditLog.findMany({ where: { targetId: row.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
  expect(trail.map((e) => e.action)).toEqual(["page.create", "page.submit", "page.publish"]);

  const visitor = await browser.newContext();
  const reader = await visitor.newPage();
  await reader.goto(`/en/knowledge/${slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.getByRole("link", { name: "EU portal" })).toHaveAttribute("href", "https://european-union.europa.eu/");
  await expect(reader.getByRole("columnheader", { name: "Document" })).toBeVisible();
  await expect(reader.getByText(/minutes? read/)).toBeVisible();
  await visitor.close();
});

test("a page titled in Ukrainian gets a readable web address that the coordinator can still change", async ({ page, db }) => {
  await loginAsCoordinator(page);
  await page.goto("/uk/knowledge/new");
  const suffix = randomBytes(2).toString("hex");
  await page.getByLabel(message("uk", "knowledge.fields.title")).fill(`Мовне кафе для батьків ${suffix}`);
  const address = page.getByLabel(message("uk", "knowledge.fields.slug"));
  await expect(address).toHaveValue(`movne-kafe-dlia-batkiv-${suffix}`);
  await address.fill(`movne-kafe-${suffix}`);
  await page.getByLabel(message("uk", "knowledge.fields.title")).fill(`Мовне кафе ${suffix}`);
  await expect(address).toHaveValue(`movne-kafe-${suffix}`);
  await page.getByRole("button", { name: message("uk", "knowledge.createPage") }).click();
  await expect(page).toHaveURL(new RegExp(`/uk/knowledge/movne-kafe-${suffix}/edit`));
  expect(await db.knowledgePage.count({ where: { slug: `movne-kafe-${suffix}` } })).toBe(1);
});

test("a librarian can neither open the editor nor call the editing action or the upload route", async ({ page, browser, db }) => {
  await loginAsCoordinator(page);
  const slug = await createKnowledgePage(page, unique("Guarded page"));
  const captured = nextActionRequest(page);
  await typeInEditor(page, "Written by the coordinator.");
  const request = await captured;
  await waitForSaved(page);
  const before = await db.pageTranslation.findFirstOrThrow({ where: { page: { slug } }, select: { version: true, contentHtml: true } });

  const librarianContext = await browser.newContext();
  const librarian = await librarianContext.newPage();
  const account = demo("LIBRARIAN");
  await signIn(librarian, account.email);
  expect((await librarian.goto(`/en/knowledge/${slug}/edit`))?.status()).toBe(403);
  expect((await librarian.goto("/en/knowledge/new"))?.status()).toBe(403);

  // Replay the coordinator's own autosave, with the librarian's session and a new text.
  const body = JSON.parse(request.postData() ?? "[]");
  body[0].baseVersion = before.version;
  body[0].content = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Overwritten by a librarian" }] }] };
  const replay = await librarian.request.post(request.url(), {
    headers: {
      "next-action": request.headers()["next-action"],
      "content-type": request.headers()["content-type"],
      accept: "text/x-component",
    },
    data: JSON.stringify(body),
  });
  expect(await replay.text()).toContain("FORBIDDEN");

  const attachmentsBefore = await db.attachment.count();
  const upload = await librarian.request.post("/api/uploads", {
    multipart: { file: { name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") } },
  });
  expect(upload.status()).toBe(403);
  await librarianContext.close();

  const after = await db.pageTranslation.findFirstOrThrow({ where: { page: { slug } }, select: { version: true, contentHtml: true } });
  expect(after).toEqual(before);
  expect(await db.attachment.count()).toBe(attachmentsBefore);
});

test("a page can be restored to an earlier version", async ({ page, db }) => {
  await loginAsCoordinator(page);
  const slug = await createKnowledgePage(page, unique("Restorable page"));
  await typeInEditor(page, "The original wording.");
  await waitForSaved(page);
  await runTransition(page, "Publish", "Published");
  await typeInEditor(page, " A regrettable addition.");
  // Stored, not just typed: the live status still reads "Saved at …" from the last save while the
  // next one is pending, and restoring the current version is (rightly) not offered.
  await expect
    .poll(async () => (await db.pageTranslation.findFirstOrThrow({ where: { page: { slug } }, select: { contentHtml: true } })).contentHtml)
    .toContain("regrettable");

  await page.getByRole("link", { name: "History" }).click();
  const publishEntry = page
    .getByRole("navigation", { name: "Versions" })
    .getByRole("link", { name: /published/ })
    .first();
  await publishEntry.click();
  await page.getByRole("button", { name: /^Restore version/ }).click();
  await expect(page).toHaveURL(new RegExp(`/en/knowledge/${slug}/edit\\?lang=en$`));
  await expect(page.getByRole("textbox", { name: "Content" })).toHaveText("The original wording.");

  const working = await db.pageTranslation.findFirstOrThrow({ where: { page: { slug } }, select: { contentHtml: true } });
  expect(working.contentHtml).toContain("The original wording.");
  expect(working.contentHtml).not.toContain("regrettable");
  expect(await db.auditLog.count({ where: { action: "page.restore" } })).toBeGreaterThan(0);
});

test("readers get the source language with a notice, and an outdated translation is flagged", async ({ page, browser }) => {
  await loginAsCoordinator(page);
  const slug = await createKnowledgePage(page, unique("Translated page"));
  await typeInEditor(page, "Welcome to the library.");
  await waitForSaved(page);
  await runTransition(page, "Publish", "Published");

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/lv/knowledge/${slug}`);
  await expect(visitor.getByText(message("lv", "knowledge.notTranslated", { language: "latviešu", source: "angļu" }))).toBeVisible();
  await expect(visitor.locator("article")).toHaveAttribute("lang", "en");

  // A Latvian translation, published: the notice goes.
  await page.goto(`/en/knowledge/${slug}/edit?lang=lv`);
  await page.getByRole("button", { name: /Start the/ }).click();
  const editor = page.getByRole("textbox", { name: "Content" });
  await editor.click();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("Laipni lūdzam bibliotēkā.");
  await waitForSaved(page);
  await runTransition(page, "Publish", "Published");
  await visitor.goto(`/lv/knowledge/${slug}`);
  await expect(visitor.locator("article")).toContainText("Laipni lūdzam bibliotēkā.");
  await expect(visitor.getByText(message("lv", "knowledge.notTranslated", { language: "latviešu", source: "angļu" }))).toHaveCount(0);
  await expect(visitor.locator("article")).not.toContainText(message("lv", "knowledge.mayBeOutdated", { source: "angļu" }));

  // The English source changes and is published again: the Latvian one may be outdated.
  await page.goto(`/en/knowledge/${slug}/edit?lang=en`);
  await typeInEditor(page, " Opening hours have changed.");
  await waitForSaved(page);
  await runTransition(page, "Publish", "Published");
  await visitor.goto(`/lv/knowledge/${slug}`);
  await expect(visitor.getByText(message("lv", "knowledge.mayBeOutdated", { source: "angļu" }))).toBeVisible();
  await page.goto("/en/admin/translations");
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: "Translated page" })
      .getByRole("link", { name: /Latviešu: outdated/ }),
  ).toBeVisible();
  await visitorContext.close();
});

test("seeded guides are readable and untranslated ones say so in Latvian", async ({ page }) => {
  await page.goto("/en/knowledge");
  await expect(page.getByRole("heading", { level: 2, name: "Guides" })).toBeVisible();
  await page.getByRole("link", { name: "Welcoming at the desk across languages" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcoming at the desk across languages");
  await expect(
    page
      .getByRole("navigation", { name: "Contents" })
      .or(page.getByRole("heading", { name: "Contents" }))
      .first(),
  ).toBeVisible();
  await page.goto("/lv/knowledge/integration-methodology");
  await expect(page.locator("article")).toHaveAttribute("lang", "lv");
  await page.goto("/lv/knowledge/multilingual-signage");
  await expect(page.getByText(message("lv", "knowledge.notTranslated", { language: "latviešu", source: "angļu" }))).toBeVisible();
});
