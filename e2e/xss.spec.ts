import { existsSync, readFileSync } from "node:fs";
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

// Payloads go through the real autosave action (the request the editor sends, replayed with
// a hostile document), are published, and must render inert for a visitor.
const WFUZZ = ["/usr/share/wfuzz/wordlist/Injections/XSS.txt", "/usr/lib/python3/dist-packages/wfuzz/wordlist/Injections/XSS.txt"].find(
  existsSync,
);
const wfuzzLines = WFUZZ
  ? readFileSync(WFUZZ, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .slice(0, 400)
  : [];

const text = (t: string) => ({ type: "text", text: t });
const link = (href: string, label: string) => ({
  type: "text",
  text: label,
  marks: [{ type: "link", attrs: { href, target: "_blank", class: "evil", onclick: "alert(1)" } }],
});
const PAYLOADS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  ...wfuzzLines,
];

function hostileDocument() {
  return {
    type: "doc",
    content: [
      ...PAYLOADS.map((p) => ({ type: "paragraph", content: [text(p)] })),
      {
        type: "paragraph",
        content: [
          link("javascript:alert(1)", "js link"),
          text(" "),
          link("JaVaScRiPt:alert(1)", "mixed case"),
          text(" "),
          link("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "data link"),
          text(" "),
          link(" javascript:alert(1)", "spaced"),
          ...PAYLOADS.slice(4).map((p, i) => link(p, `wfuzz ${i}`)),
        ],
      },
      { type: "image", attrs: { src: "javascript:alert(1)", alt: "x" } },
      { type: "image", attrs: { src: "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+", alt: "svg" } },
      { type: "image", attrs: { src: "https://evil.example/x.png", alt: "remote", onerror: "alert(1)" } },
      ...PAYLOADS.slice(4).map((p) => ({ type: "image", attrs: { src: p, alt: p } })),
      { type: "callout", attrs: { tone: 'note" onmouseover="alert(1)' }, content: [{ type: "paragraph", content: [text("boxed")] }] },
    ],
  };
}

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
