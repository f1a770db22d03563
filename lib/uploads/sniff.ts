// What a file really is, read from its bytes: never from its name or the declared
// Content-Type, which the uploader chooses. Only the types below are accepted; everything
// else (HTML, SVG — scripts inside, not worth sanitising —, executables, plain ZIP, XLSX,
// macro-enabled Word files, …) is refused with `null`.

export type UploadKind = "image" | "document";

export interface SniffedType {
  kind: UploadKind;
  mimeType: string;
  extension: string;
}

const PNG: SniffedType = { kind: "image", mimeType: "image/png", extension: "png" };
const JPEG: SniffedType = { kind: "image", mimeType: "image/jpeg", extension: "jpg" };
const WEBP: SniffedType = { kind: "image", mimeType: "image/webp", extension: "webp" };
const PDF: SniffedType = { kind: "document", mimeType: "application/pdf", extension: "pdf" };
const DOCX: SniffedType = {
  kind: "document",
  mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  extension: "docx",
};
const ODT_MIME = "application/vnd.oasis.opendocument.text";
const ODT: SniffedType = { kind: "document", mimeType: ODT_MIME, extension: "odt" };

/** Every type `sniff` can return, e.g. for an `accept` attribute. */
export const ACCEPTED_TYPES: readonly SniffedType[] = [PNG, JPEG, WEBP, PDF, DOCX, ODT];

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

function startsWith(bytes: Uint8Array, prefix: Uint8Array | number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

export function sniff(bytes: Uint8Array): SniffedType | null {
  // PNG: signature, then the IHDR chunk that must come first.
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && startsWith(bytes, ascii("IHDR"), 12)) return PNG;
  // JPEG: start-of-image marker followed by another marker.
  if (startsWith(bytes, [0xff, 0xd8, 0xff]) && bytes.length >= 4) return JPEG;
  // WebP: RIFF container of type WEBP whose first chunk is a VP8 variant.
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) {
    return startsWith(bytes, ascii("VP8 "), 12) || startsWith(bytes, ascii("VP8L"), 12) || startsWith(bytes, ascii("VP8X"), 12)
      ? WEBP
      : null;
  }
  if (startsWith(bytes, ascii("%PDF-"))) return PDF;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
  return null;
}

// ---- ZIP-based formats (DOCX, ODT) ------------------------------------------------------
// Reads the central directory with a bounds check before every read, so a truncated or
// crafted archive yields null, never an exception or a long loop. No decompression needed.

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const EOCD_SIZE = 22;
const CD_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const MAX_ENTRIES = 5000;

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const utf8 = new TextDecoder("utf-8", { fatal: false });

/** The central directory's entries, or null when the archive is not a sound single-disk ZIP. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  if (bytes.length < EOCD_SIZE + LOCAL_HEADER_SIZE) return null;
  // The end-of-central-directory record is last, followed only by its own comment (≤ 64 KiB).
  let eocd = -1;
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - 0xffff);
  for (let i = bytes.length - EOCD_SIZE; i >= lowest; i--) {
    if (u32(bytes, i) === 0x06054b50 && i + EOCD_SIZE + u16(bytes, i + 20) === bytes.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;

  const disk = u16(bytes, eocd + 4);
  const cdDisk = u16(bytes, eocd + 6);
  const entriesOnDisk = u16(bytes, eocd + 8);
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  // Multi-disk and ZIP64 archives (0xFFFF… markers) are refused: no document needs them.
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== count) return null;
  if (count === 0 || count === 0xffff || count > MAX_ENTRIES || cdSize === 0xffffffff || cdOffset === 0xffffffff) return null;
  const cdEnd = cdOffset + cdSize;
  if (cdEnd > eocd) return null;

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + CD_HEADER_SIZE > cdEnd || u32(bytes, p) !== 0x02014b50) return null;
    const nameLength = u16(bytes, p + 28);
    const next = p + CD_HEADER_SIZE + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
    if (next > cdEnd) return null;
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(p + CD_HEADER_SIZE, p + CD_HEADER_SIZE + nameLength)),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      uncompressedSize: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    };
    // Each entry's local header and data must lie before the central directory.
    const local = entry.localOffset;
    if (local + LOCAL_HEADER_SIZE > cdOffset || u32(bytes, local) !== 0x04034b50) return null;
    const dataStart = local + LOCAL_HEADER_SIZE + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataStart + entry.compressedSize > cdOffset) return null;
    entries.push(entry);
    p = next;
  }
  return entries;
}

function sniffZip(bytes: Uint8Array): SniffedType | null {
  const entries = readZipEntries(bytes);
  if (!entries) return null;
  const names = new Set(entries.map((e) => e.name));

  // ODF: the first entry is an uncompressed "mimetype" holding the media type.
  const first = entries.find((e) => e.localOffset === 0);
  if (first?.name === "mimetype") {
    const expected = ascii(ODT_MIME);
    if (first.method !== 0 || first.compressedSize !== expected.length || first.uncompressedSize !== expected.length) return null;
    const dataStart = LOCAL_HEADER_SIZE + u16(bytes, 26) + u16(bytes, 28);
    return startsWith(bytes, expected, dataStart) && names.has("content.xml") ? ODT : null;
  }

  // OOXML word-processing document; macro-enabled documents (.docm) are refused.
  if (names.has("[Content_Types].xml") && names.has("word/document.xml")) {
    return [...names].some((n) => n.toLowerCase().endsWith("vbaproject.bin")) ? null : DOCX;
  }
  return null;
}
