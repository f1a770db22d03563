import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { newStorageKey, storage } from "@/lib/storage";
import { type SniffedType, sniff, type UploadKind } from "./sniff";

/** What the editor receives after an upload: safe to send to the browser. */
export interface UploadedFile {
  id: string;
  url: string;
  name: string;
  size: number;
  mimeType: string;
  kind: UploadKind;
}

export interface SaveUploadInput {
  bytes: Uint8Array;
  originalName: string;
  userId: string;
  pageId?: string | null;
  /** A course's cover or lesson content. */
  courseId?: string | null;
  /** A case study the uploader may write (checked by the caller: lib/practices/service.ts assertOwnPractice). */
  practiceId?: string | null;
}

/** Largest accepted file per kind, in bytes (UPLOAD_IMAGE_MAX_BYTES, UPLOAD_MAX_BYTES). */
export function uploadLimits(): Record<UploadKind, number> {
  return { image: env.UPLOAD_IMAGE_MAX_BYTES, document: env.UPLOAD_MAX_BYTES };
}

/** The largest file of any kind: the cap for reading a request body. */
export function largestUpload(): number {
  const limits = uploadLimits();
  return Math.max(limits.image, limits.document);
}

export const fileUrl = (id: string) => `/api/files/${id}`;

/**
 * Stores an uploaded file and records it. Refusals are AppErrors with keys under "uploads"
 * (`values.max` is a byte count; the route formats it for the reader's language).
 */
export async function saveUpload({ bytes, originalName, userId, pageId, courseId, practiceId }: SaveUploadInput): Promise<UploadedFile> {
  if (bytes.byteLength === 0) throw new AppError("INVALID", { message: "uploads.missingFile" });
  const type = sniff(bytes);
  if (!type) throw new AppError("INVALID", { message: "uploads.unsupportedType" });
  const max = uploadLimits()[type.kind];
  if (bytes.byteLength > max) {
    throw new AppError("INVALID", { message: type.kind === "image" ? "uploads.imageTooLarge" : "uploads.tooLarge", values: { max } });
  }
  if (pageId) {
    const page = await db.knowledgePage.findUnique({ where: { id: pageId }, select: { id: true } });
    if (!page) throw new AppError("NOT_FOUND", { message: "uploads.pageNotFound" });
  }
  if (courseId) {
    const course = await db.course.findUnique({ where: { id: courseId }, select: { id: true } });
    if (!course) throw new AppError("NOT_FOUND", { message: "uploads.pageNotFound" });
  }

  const name = sanitizeFileName(originalName, type);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const storageKey = newStorageKey(type.extension);
  await storage().put(storageKey, bytes, type.mimeType);
  try {
    const row = await db.attachment.create({
      data: {
        storageKey,
        originalName: name,
        mimeType: type.mimeType,
        size: bytes.byteLength,
        sha256,
        kind: type.kind,
        pageId: pageId || null,
        courseId: courseId || null,
        practiceId: practiceId || null,
        uploadedById: userId,
      },
      select: { id: true, originalName: true, size: true, mimeType: true },
    });
    return { id: row.id, url: fileUrl(row.id), name: row.originalName, size: row.size, mimeType: row.mimeType, kind: type.kind };
  } catch (error) {
    // No row, no file: do not leave orphans behind.
    await storage()
      .delete(storageKey)
      .catch(() => {});
    throw error;
  }
}

export interface OpenedUpload {
  name: string;
  mimeType: string;
  kind: UploadKind;
  sha256: string;
  size: number;
  body: ReadableStream<Uint8Array> | Uint8Array;
}

/** A stored file and what is needed to serve it, or null when the id or the bytes are unknown. */
export async function openUpload(id: string): Promise<OpenedUpload | null> {
  // cuids are short lowercase alphanumerics: anything else cannot exist, skip the query.
  if (!/^[a-z0-9]{1,64}$/i.test(id)) return null;
  const row = await db.attachment.findUnique({
    where: { id },
    select: { storageKey: true, originalName: true, mimeType: true, kind: true, sha256: true },
  });
  if (!row) return null;
  const file = await storage().get(row.storageKey);
  if (!file) {
    console.error(`[uploads] attachment ${id} has no stored file (${row.storageKey})`);
    return null;
  }
  const kind: UploadKind = row.kind === "image" ? "image" : "document";
  return { name: row.originalName, mimeType: row.mimeType, kind, sha256: row.sha256, ...file };
}

const MAX_NAME_LENGTH = 200;
// Control, format (incl. bidi overrides that disguise "gpj.exe"), line/paragraph separators,
// and characters that file systems or Content-Disposition handle badly.
const UNSAFE_CHARS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>:"|?*]/gu;

/**
 * The name shown and offered on download: no path, no control characters, at most 200
 * characters, letters of any script kept. It always ends with the real type's extension, so
 * a PDF uploaded as "page.html" cannot be saved and reopened as HTML.
 */
export function sanitizeFileName(originalName: string, type: Pick<SniffedType, "extension">): string {
  const base = originalName.normalize("NFC").split(/[/\\]/).pop() ?? "";
  // No leading dots (hidden files, "..") and no trailing dots or spaces (Windows drops them).
  const trim = (s: string) => s.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  let stem = trim(base.replace(UNSAFE_CHARS, "").replace(/\s+/g, " "));
  let extension = type.extension;
  const dot = stem.lastIndexOf(".");
  const current = dot > 0 ? stem.slice(dot + 1) : "";
  if (current.toLowerCase() === type.extension || (type.extension === "jpg" && current.toLowerCase() === "jpeg")) {
    extension = current;
    stem = trim(stem.slice(0, dot));
  }
  // Cut by code points, not UTF-16 units, so no half of a surrogate pair is left.
  const chars = Array.from(stem || "file");
  const room = MAX_NAME_LENGTH - extension.length - 1;
  return `${chars.length > room ? trim(chars.slice(0, room).join("")) : chars.join("")}.${extension}`;
}
