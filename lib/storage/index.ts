import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { env } from "@/lib/env";

// Where uploaded bytes live. The database (Attachment) holds the metadata and the key; this
// only stores and returns bytes under a key.
//
// Today: a local directory (STORAGE_DIR). An S3-compatible store (MinIO, Scaleway, OVH, AWS…)
// plugs in as a second implementation of the same `FileStorage` interface, chosen in
// `storage()` below by a future `STORAGE_DRIVER=s3` (plus bucket, endpoint and credentials in
// lib/env.ts). Keys are already S3-friendly (`2026/11/<random>.pdf`), so moving files means
// copying the directory tree into the bucket as is.

export interface StoredFile {
  body: ReadableStream<Uint8Array> | Uint8Array;
  size: number;
}

export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | null>;
  delete(key: string): Promise<void>;
}

/** "yyyy/mm/<22 random url-safe chars>.<ext>": generated, never derived from user input. */
export function newStorageKey(extension: string, now = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  const key = `${now.getUTCFullYear()}/${month}/${randomBytes(16).toString("base64url")}.${extension}`;
  assertValidKey(key);
  return key;
}

// Segments of letters, digits, "-" and "_", separated by "/"; an optional extension at the end.
// No ".", "..", empty segment, backslash or leading "/" can get through.
const KEY_PATTERN = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*(?:\.[a-z0-9]{1,10})?$/;

function assertValidKey(key: string): void {
  if (key.length > 200 || !KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}

export function createLocalStorage(directory: string): FileStorage {
  const root = path.resolve(directory);

  /** The file for a key; refuses anything that would resolve outside the root. */
  function fileOf(key: string): string {
    assertValidKey(key);
    const file = path.resolve(root, key);
    if (!file.startsWith(root + path.sep)) throw new Error(`Storage key escapes the storage directory: ${key}`);
    return file;
  }

  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Write next to the target, flush, then rename: readers see the whole file or none.
      const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
      try {
        const handle = await open(temp, "wx", 0o640);
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },

    async get(key) {
      const file = fileOf(key);
      let handle: Awaited<ReturnType<typeof open>>;
      try {
        handle = await open(file, "r");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
      try {
        const { size } = await handle.stat();
        // The stream owns the handle from here and closes it when done or cancelled.
        const body = Readable.toWeb(handle.createReadStream({ autoClose: true })) as ReadableStream<Uint8Array>;
        return { body, size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}

let configured: FileStorage | undefined;

/** The configured storage (today always the local directory; see the note at the top). */
export function storage(): FileStorage {
  configured ??= createLocalStorage(env.STORAGE_DIR);
  return configured;
}
