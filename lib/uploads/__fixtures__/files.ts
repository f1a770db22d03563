// Small real files for the upload tests, built in memory (no binaries in the repository).
// Also a script, to get the same files on disk for trying the API by hand:
//   npx tsx lib/uploads/__fixtures__/files.ts /tmp/upload-samples
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateRawSync, deflateSync } from "node:zlib";

const text = (s: string) => new TextEncoder().encode(s);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// ---- ZIP writer: local headers, central directory, end record (no ZIP64, no encryption). ----

export interface ZipInput {
  name: string;
  data: Uint8Array | string;
  /** Stored (method 0) instead of deflated, as ODF requires for "mimetype". */
  store?: boolean;
}

export function zip(entries: ZipInput[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = text(entry.name);
    const raw = typeof entry.data === "string" ? text(entry.data) : entry.data;
    const data = entry.store ? raw : new Uint8Array(deflateRawSync(raw));
    const method = entry.store ? 0 : 8;
    const crc = crc32(raw);

    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true); // version needed
    local.setUint16(8, method, true);
    local.setUint16(10, 0, true); // time
    local.setUint16(12, 0x21, true); // date: 1980-01-01
    local.setUint32(14, crc, true);
    local.setUint32(18, data.byteLength, true);
    local.setUint32(22, raw.byteLength, true);
    local.setUint16(26, name.byteLength, true);
    locals.push(new Uint8Array(local.buffer), name, data);

    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true); // version made by
    central.setUint16(6, 20, true); // version needed
    central.setUint16(10, method, true);
    central.setUint16(14, 0x21, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, data.byteLength, true);
    central.setUint32(24, raw.byteLength, true);
    central.setUint16(28, name.byteLength, true);
    central.setUint32(42, offset, true);
    centrals.push(new Uint8Array(central.buffer), name);

    offset += 30 + name.byteLength + data.byteLength;
  }
  const directory = concat(centrals);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directory.byteLength, true);
  end.setUint32(16, offset, true);
  return concat([...locals, directory, new Uint8Array(end.buffer)]);
}

// ---- Images ----

/** A valid 1×1 PNG: signature, IHDR, IDAT, IEND with their CRCs. */
export function png(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const head = new DataView(new ArrayBuffer(4));
    head.setUint32(0, data.byteLength);
    const body = concat([text(type), data]);
    const tail = new DataView(new ArrayBuffer(4));
    tail.setUint32(0, crc32(body));
    return concat([new Uint8Array(head.buffer), body, new Uint8Array(tail.buffer)]);
  };
  const ihdr = new DataView(new ArrayBuffer(13));
  ihdr.setUint32(0, 1); // width
  ihdr.setUint32(4, 1); // height
  ihdr.setUint8(8, 8); // bit depth
  ihdr.setUint8(9, 2); // colour type: RGB
  const pixels = new Uint8Array(deflateSync(Uint8Array.from([0, 0x1e, 0x6b, 0x52]))); // filter byte + one pixel
  return concat([
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", new Uint8Array(ihdr.buffer)),
    chunk("IDAT", pixels),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

// 1×1 px, encoded once with sharp (baseline JPEG, quality 50; lossless WebP).
const JPEG_BASE64 =
  "/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAAX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCOAJz/2Q==";
const WEBP_BASE64 = "UklGRh4AAABXRUJQVlA4TBEAAAAvAAAAAAfQtXpUqv+BiOh/AAA=";

export const jpeg = () => new Uint8Array(Buffer.from(JPEG_BASE64, "base64"));
export const webp = () => new Uint8Array(Buffer.from(WEBP_BASE64, "base64"));

// ---- Documents ----

/** A valid one-page PDF with a correct xref table; `padding` bytes of stream make it larger. */
export function pdf(padding = 0): Uint8Array {
  const content = `BT /F1 12 Tf 72 720 Td (E-PANEMA) Tj ET\n${"%".repeat(padding)}`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return text(body);
}

const CONTENT_TYPES_DOCX = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOCUMENT_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>E-PANEMA</w:t></w:r></w:p></w:body></w:document>`;

/** A minimal Word document that Word and LibreOffice open. */
export function docx(extra: ZipInput[] = []): Uint8Array {
  return zip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES_DOCX },
    { name: "_rels/.rels", data: RELS },
    { name: "word/document.xml", data: DOCUMENT_XML },
    ...extra,
  ]);
}

/** A minimal OpenDocument file; `mimetype` first and stored, as the ODF package spec requires. */
export function odf(mimeType = "application/vnd.oasis.opendocument.text"): Uint8Array {
  return zip([
    { name: "mimetype", data: mimeType, store: true },
    {
      name: "META-INF/manifest.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mimeType}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    },
    {
      name: "content.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:p>E-PANEMA</text:p></office:text></office:body></office:document-content>`,
    },
  ]);
}

export const odt = () => odf();

// ---- Things that must be refused ----

export const html = () => text("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
export const svg = () => text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>');
export const plainZip = () => zip([{ name: "hello.txt", data: "hello" }]);
export const xlsx = () =>
  zip([
    { name: "[Content_Types].xml", data: "<Types/>" },
    { name: "_rels/.rels", data: RELS },
    { name: "xl/workbook.xml", data: "<workbook/>" },
  ]);
export const windowsExe = () => concat([text("MZ"), new Uint8Array(62), text("PE\0\0")]);

/** Every accepted sample, by the file name a person would give it. */
export const samples = {
  "sample.png": png,
  "sample.jpg": jpeg,
  "sample.webp": webp,
  "sample.pdf": () => pdf(),
  "sample.docx": () => docx(),
  "sample.odt": odt,
  "refused.html.pdf": html,
  "refused.svg": svg,
  "refused.zip": plainZip,
  "refused.xlsx": xlsx,
} as const;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  const dir = process.argv[2] ?? "upload-samples";
  mkdirSync(dir, { recursive: true });
  for (const [name, make] of Object.entries(samples)) writeFileSync(path.join(dir, name), make());
  writeFileSync(path.join(dir, "nine-megabytes.pdf"), pdf(9 * 1000 * 1000));
  console.log(`Wrote ${Object.keys(samples).length + 1} files to ${dir}`);
}
