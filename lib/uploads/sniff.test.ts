import { describe, expect, it } from "vitest";
import { docx, html, jpeg, odf, odt, pdf, plainZip, png, svg, webp, windowsExe, xlsx, zip } from "./__fixtures__/files";
import { readZipEntries, sniff } from "./sniff";

describe("sniff: accepted files", () => {
  it.each([
    ["PNG", png, "image", "image/png", "png"],
    ["JPEG", jpeg, "image", "image/jpeg", "jpg"],
    ["WebP", webp, "image", "image/webp", "webp"],
    ["PDF", () => pdf(), "document", "application/pdf", "pdf"],
    ["DOCX", () => docx(), "document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
    ["ODT", odt, "document", "application/vnd.oasis.opendocument.text", "odt"],
  ])("recognises a real %s from its bytes", (_label, make, kind, mimeType, extension) => {
    expect(sniff(make())).toEqual({ kind, mimeType, extension });
  });
});

describe("sniff: refused files", () => {
  it.each([
    ["an HTML page renamed .pdf", html],
    ["an SVG image (it can carry scripts)", svg],
    ["a Windows executable", windowsExe],
    ["a plain ZIP archive", plainZip],
    ["an Excel workbook (XLSX)", xlsx],
    ["an OpenDocument spreadsheet", () => odf("application/vnd.oasis.opendocument.spreadsheet")],
    ["a macro-enabled Word file", () => docx([{ name: "word/vbaProject.bin", data: "macro" }])],
    ["a GIF", () => new TextEncoder().encode("GIF89a\x01\x00\x01\x00")],
    ["an empty file", () => new Uint8Array(0)],
    ["a RIFF file that is not WebP (WAV)", () => new TextEncoder().encode("RIFF\x24\x00\x00\x00WAVEfmt ")],
    ["a WebP header without an image chunk", () => new TextEncoder().encode("RIFF\x24\x00\x00\x00WEBPJUNK")],
  ])("refuses %s", (_label, make) => {
    expect(sniff(make())).toBeNull();
  });

  it("refuses an ODT whose mimetype entry is compressed", () => {
    const compressed = zip([
      { name: "mimetype", data: "application/vnd.oasis.opendocument.text" },
      { name: "content.xml", data: "<office:document-content/>" },
    ]);
    expect(sniff(compressed)).toBeNull();
  });
});

describe("sniff: truncated and crafted archives", () => {
  it("refuses a Word file cut at any length, without throwing", () => {
    const whole = docx();
    for (let length = 0; length < whole.length; length++) {
      expect(sniff(whole.subarray(0, length)), `cut at ${length}`).toBeNull();
    }
  });

  it("refuses an ODT cut at any length, without throwing", () => {
    const whole = odt();
    for (let length = 0; length < whole.length; length++) {
      expect(sniff(whole.subarray(0, length)), `cut at ${length}`).toBeNull();
    }
  });

  it("never throws on corrupted bytes", () => {
    const whole = docx();
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 2000; round++) {
      const bytes = whole.slice();
      for (let flips = 0; flips < 4; flips++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      expect(() => sniff(bytes)).not.toThrow();
    }
  });

  it("refuses a central directory that points outside the file", () => {
    const bytes = docx().slice();
    const eocd = bytes.length - 22;
    new DataView(bytes.buffer).setUint32(eocd + 16, 0xfffffff0, true); // central directory offset
    expect(sniff(bytes)).toBeNull();
  });

  it("refuses an entry whose local header is outside the archive", () => {
    const bytes = docx().slice();
    const view = new DataView(bytes.buffer);
    const cdOffset = view.getUint32(bytes.length - 22 + 16, true);
    view.setUint32(cdOffset + 42, bytes.length - 10, true); // first entry's local header offset
    expect(sniff(bytes)).toBeNull();
  });

  it("refuses an entry count larger than the central directory holds", () => {
    const bytes = docx().slice();
    const view = new DataView(bytes.buffer);
    view.setUint16(bytes.length - 22 + 8, 4000, true);
    view.setUint16(bytes.length - 22 + 10, 4000, true);
    expect(sniff(bytes)).toBeNull();
  });

  it("refuses bytes appended after the end record (the comment length must match)", () => {
    const bytes = new Uint8Array([...docx(), 0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e]);
    expect(sniff(bytes)).toBeNull();
  });

  it("reads the entry names of a sound archive", () => {
    expect(readZipEntries(docx())?.map((e) => e.name)).toEqual(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
  });
});
