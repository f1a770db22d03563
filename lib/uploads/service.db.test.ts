import { createHash } from "node:crypto";
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createLocalStorage, storage } from "@/lib/storage";
import { createScriptClient } from "@/prisma/client";
import { createKnowledgePage, createUser } from "@/prisma/factories";
import { docx, html, jpeg, odt, pdf, png } from "./__fixtures__/files";
import { openUpload, sanitizeFileName, saveUpload } from "./service";

// Before lib/env.ts is first imported: the files of this test go to a fresh directory.
const { storageDir } = await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "epanema-uploads-"));
  process.env.STORAGE_DIR = dir;
  return { storageDir: dir };
});

const factoryDb = createScriptClient();
let userId: string;

beforeAll(async () => {
  userId = (await createUser(factoryDb, { role: "COORDINATOR" })).id;
});

afterAll(async () => {
  await factoryDb.$disconnect();
  rmSync(storageDir, { recursive: true, force: true });
});

const MiB = 1024 * 1024;

async function bytesOf(body: ReadableStream<Uint8Array> | Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await new Response(body as BodyInit).arrayBuffer());
}

/** Every file under the storage directory (temporary files included). */
function storedFiles(): string[] {
  return readdirSync(storageDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe("saveUpload (real database and storage directory)", () => {
  it("stores a PDF, records it and serves the same bytes back", async () => {
    const bytes = pdf();
    const uploaded = await saveUpload({ bytes, originalName: "Guide d'accueil.pdf", userId });

    expect(uploaded).toEqual({
      id: expect.any(String),
      url: `/api/files/${uploaded.id}`,
      name: "Guide d'accueil.pdf",
      size: bytes.byteLength,
      mimeType: "application/pdf",
      kind: "document",
    });

    const row = await db.attachment.findUniqueOrThrow({ where: { id: uploaded.id } });
    expect(row).toMatchObject({
      originalName: "Guide d'accueil.pdf",
      mimeType: "application/pdf",
      size: bytes.byteLength,
      kind: "document",
      uploadedById: userId,
      pageId: null,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    expect(row.storageKey).toMatch(/^\d{4}\/\d{2}\/[A-Za-z0-9_-]{22}\.pdf$/);

    const stored = await storage().get(row.storageKey);
    expect(stored?.size).toBe(bytes.byteLength);
    expect(await bytesOf(stored?.body ?? new Uint8Array())).toEqual(bytes);

    const opened = await openUpload(uploaded.id);
    expect(opened).toMatchObject({ name: "Guide d'accueil.pdf", mimeType: "application/pdf", kind: "document", size: bytes.byteLength });
    expect(await bytesOf(opened?.body ?? new Uint8Array())).toEqual(bytes);
    expect(storedFiles().some((f) => f.endsWith(".tmp"))).toBe(false);
  });

  it("accepts a 9 MB PDF", async () => {
    const bytes = pdf(9 * 1000 * 1000);
    expect(bytes.byteLength).toBeGreaterThan(9_000_000);
    const uploaded = await saveUpload({ bytes, originalName: "annual-report.pdf", userId });
    expect(uploaded.size).toBe(bytes.byteLength);
    expect((await openUpload(uploaded.id))?.size).toBe(bytes.byteLength);
  });

  it.each([
    ["photo.png", png, "image/png", "image"],
    ["photo.jpeg", jpeg, "image/jpeg", "image"],
    ["Звіт.docx", () => docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document"],
    ["compte-rendu.odt", odt, "application/vnd.oasis.opendocument.text", "document"],
  ])("stores %s with its sniffed type", async (name, make, mimeType, kind) => {
    const uploaded = await saveUpload({ bytes: make(), originalName: name, userId });
    expect(uploaded).toMatchObject({ name, mimeType, kind });
  });

  it("ties the file to a knowledge page, and refuses an unknown page", async () => {
    const page = await createKnowledgePage(db);
    const uploaded = await saveUpload({ bytes: png(), originalName: "map.png", userId, pageId: page.id });
    expect((await db.attachment.findUniqueOrThrow({ where: { id: uploaded.id } })).pageId).toBe(page.id);

    const before = storedFiles().length;
    await expect(saveUpload({ bytes: png(), originalName: "map.png", userId, pageId: "nosuchpage" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      messageKey: "uploads.pageNotFound",
    });
    expect(storedFiles().length).toBe(before);
  });

  it("refuses what is not an accepted type, whatever its name, and stores nothing", async () => {
    const before = storedFiles().length;
    const rows = await db.attachment.count();
    await expect(saveUpload({ bytes: html(), originalName: "invoice.pdf", userId })).rejects.toMatchObject({
      messageKey: "uploads.unsupportedType",
    });
    await expect(saveUpload({ bytes: new Uint8Array(), originalName: "empty.pdf", userId })).rejects.toMatchObject({
      messageKey: "uploads.missingFile",
    });
    expect(storedFiles().length).toBe(before);
    expect(await db.attachment.count()).toBe(rows);
  });

  it("refuses images over 5 MiB and documents over 10 MiB, with the limit", async () => {
    const bigImage = new Uint8Array(5 * MiB + 1);
    bigImage.set(png());
    await expect(saveUpload({ bytes: bigImage, originalName: "huge.png", userId })).rejects.toMatchObject({
      messageKey: "uploads.imageTooLarge",
      values: { max: 5 * MiB },
    });
    const bigPdf = pdf(10 * MiB);
    await expect(saveUpload({ bytes: bigPdf, originalName: "huge.pdf", userId })).rejects.toMatchObject({
      messageKey: "uploads.tooLarge",
      values: { max: 10 * MiB },
    });
  });

  it("unknown and malformed ids open nothing", async () => {
    expect(await openUpload("clnosuchattachment000000")).toBeNull();
    expect(await openUpload("../../etc/passwd")).toBeNull();
  });
});

describe("sanitizeFileName", () => {
  const pdfType = { extension: "pdf" };
  it.each([
    ["C:\\Users\\ana\\Rapport annuel — été 2026.pdf", "Rapport annuel — été 2026.pdf"],
    ["../../etc/passwd", "passwd.pdf"],
    ["page.html", "page.html.pdf"],
    ["slides.PDF", "slides.PDF"],
    ["\u202Efdp.exe", "fdp.exe.pdf"],
    ["bad\u0000name\r\n.pdf", "badname.pdf"],
    ["...hidden.pdf", "hidden.pdf"],
    ["  ", "file.pdf"],
    [".pdf", "pdf.pdf"],
    ['a<b>c:"d"|e?f*.pdf', "abcdef.pdf"],
    ["Інструкція для бібліотек.pdf", "Інструкція для бібліотек.pdf"],
  ])("%j → %j", (input, expected) => {
    expect(sanitizeFileName(input, pdfType)).toBe(expected);
  });

  it("keeps at most 200 characters, the extension included, without splitting a character", () => {
    const name = sanitizeFileName(`${"😀".repeat(300)}.pdf`, pdfType);
    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith("😀.pdf")).toBe(true);
  });
});

describe("local storage", () => {
  const local = createLocalStorage(storageDir);

  it("refuses keys that could leave the storage directory", async () => {
    for (const key of ["../outside.pdf", "/etc/passwd", "2026/../../x.pdf", "a\\..\\b.pdf", "", "a//b.pdf", "2026/11/.pdf"]) {
      await expect(local.put(key, new Uint8Array([1]), "application/pdf"), key).rejects.toThrow(/storage key/i);
      await expect(local.get(key), key).rejects.toThrow(/storage key/i);
    }
  });

  it("puts, gets and deletes a file; a missing file is null", async () => {
    await local.put("tests/one.pdf", pdf(), "application/pdf");
    expect((await local.get("tests/one.pdf"))?.size).toBe(pdf().byteLength);
    await local.delete("tests/one.pdf");
    expect(await local.get("tests/one.pdf")).toBeNull();
    await expect(local.delete("tests/one.pdf")).resolves.toBeUndefined();
  });
});
