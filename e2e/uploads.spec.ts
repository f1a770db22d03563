import { expect, message, test } from "./fixtures";
import { createKnowledgePage, loginAsCoordinator, unique } from "./knowledge-helpers";

// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

test("uploads are checked by content and size, and served safely", async ({ page, db }) => {
  await loginAsCoordinator(page);
  const before = await db.attachment.count();

  const disguised = await page.request.post("/api/uploads?locale=fr", {
    multipart: {
      file: { name: "rapport.pdf", mimeType: "application/pdf", buffer: Buffer.from("<!doctype html><script>alert(1)</script>") },
    },
  });
  expect(disguised.status()).toBe(415);
  expect((await disguised.json()).error.message).toBe(message("fr", "uploads.unsupportedType"));

  const huge = Buffer.alloc(11 * 1024 * 1024, 0x20);
  huge.write("%PDF-1.4\n", 0);
  const oversized = await page.request.post("/api/uploads?locale=en", {
    multipart: { file: { name: "big.pdf", mimeType: "application/pdf", buffer: huge } },
  });
  expect(oversized.status()).toBe(413);
  expect((await oversized.json()).error.message).toMatch(/too large/i);
  expect(await db.attachment.count()).toBe(before);

  const ok = await page.request.post("/api/uploads", {
    multipart: { file: { name: "../../etc/photo.png", mimeType: "text/html", buffer: PNG } },
  });
  expect(ok.status()).toBe(201);
  const file = await ok.json();
  expect(file).toMatchObject({ kind: "image", mimeType: "image/png", name: "photo.png" });
  const served = await page.request.get(file.url);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  expect(served.headers()["content-disposition"]).toContain("photo.png");
  expect(Buffer.from(await served.body()).equals(PNG)).toBe(true);
});

test("the editor shows the refusal of a disguised file next to the upload", async ({ page }) => {
  await loginAsCoordinator(page);
  await createKnowledgePage(page, unique("Page with attachment"));
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Attach a document (PDF, DOCX, ODT)" }).click();
  await (await chooser).setFiles({
    name: "minutes.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html><body>not a pdf</body></html>"),
  });
  await expect(page.getByText(message("en", "uploads.unsupportedType"))).toBeVisible();
});
