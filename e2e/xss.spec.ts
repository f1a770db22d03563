import { expect, test } from "./fixtures";
import {
  createKnowledgePage,
  loginAsCoordinator,
  nextActionRequest,
  runTransition,
  typeInEditor,
  unique,
  waitForSaved,
} from "./knowledge-helpers";
import { hostileDocument } from "./xss-payloads";

test("script payloads saved through the real editing action render inert", async ({ page, browser, db }) => {
  test.setTimeout(120_000);
  await loginAsCoordinator(page);
  const title = unique("Hostile page");
  const slug = await createKnowledgePage(page, title);
  const captured = nextActionRequest(page);
  await typeInEditor(page, "Harmless start.");
  const request = await captured;
  await waitForSaved(page);

  const body = JSON.parse(request.postData() ?? "[]");
  body[0].content = hostileDocument();
  body[0].title = '<img src=x onerror="alert(1)">';
  body[0].summary = "<script>alert('summary')</script>";
  const current = await db.pageTranslation.findFirstOrThrow({ where: { page: { slug } }, select: { version: true } });
  body[0].baseVersion = current.version;
  const replay = await page.request.post(request.url(), {
    headers: {
      "next-action": request.headers()["next-action"],
      "content-type": request.headers()["content-type"],
      accept: "text/x-component",
    },
    data: JSON.stringify(body),
  });
  const answer = await replay.text();
  expect(answer).toContain('"ok":true');

  await page.reload();
  await runTransition(page, "Publish", "Published");

  const visitor = await browser.newContext();
  const reader = await visitor.newPage();
  const dialogs: string[] = [];
  reader.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await reader.goto(`/en/knowledge/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText('<img src=x onerror="alert(1)">');
  await expect(reader.locator("article")).toContainText("<script>alert(1)</script>");
  await reader.locator("article").hover();
  await reader.locator("aside[data-callout]").hover();

  expect(await reader.locator("article script, article iframe, article object, article embed, article svg").count()).toBe(0);
  const unsafe = await reader.locator("article").evaluate((article) => {
    const found: string[] = [];
    for (const el of article.querySelectorAll("*")) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
        if (/^(href|src)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value))
          found.push(`${el.tagName} ${attr.name}=${attr.value}`);
        if (attr.name === "src" && !attr.value.startsWith("/api/files/")) found.push(`${el.tagName} src=${attr.value}`);
      }
    }
    return found;
  });
  expect(unsafe).toEqual([]);
  await reader.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  await visitor.close();
});
