import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import QRCode from "qrcode";
import { createTranslator } from "use-intl/core";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";

// The certificate as a PDF, drawn with pdf-lib. DejaVu Sans (npm dejavu-fonts-ttf) covers every
// interface language — Latvian, Polish and Romanian diacritics, Ukrainian Cyrillic — and is
// embedded as a subset, so the file shows the same everywhere and stays small. The QR code is drawn
// as vector squares from the `qrcode` matrix (no image), pointing to the public verification page.

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
let fonts: Promise<[Uint8Array, Uint8Array]> | null = null;

function fontBytes() {
  fonts ??= Promise.all([readFile(path.join(FONT_DIR, "DejaVuSans.ttf")), readFile(path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))]).then(
    ([regular, bold]) => [new Uint8Array(regular), new Uint8Array(bold)],
  );
  return fonts;
}

export type CertificatePdfInput = {
  code: string;
  holderName: string;
  courseTitle: string;
  /** The certificate's language (the holder's when it was issued). */
  locale: string;
  issuedAt: Date;
};

export function verificationUrl(locale: string, code: string): string {
  return `${env.APP_URL}/${locale}/certificates/${code}`;
}

const INK = rgb(0.07, 0.16, 0.2);
const BRAND = rgb(0.04, 0.33, 0.39);
const MUTED = rgb(0.35, 0.4, 0.45);

/** Splits text into lines no wider than `width` at this size. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = INK) {
  const { width } = page.getSize();
  page.drawText(text, { x: (width - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color });
}

/** Largest size (down to `min`) at which `text` fits in `width` on at most `maxLines` lines. */
function fit(text: string, font: PDFFont, size: number, min: number, width: number, maxLines: number) {
  for (let s = size; s > min; s -= 1) {
    const lines = wrap(text, font, s, width);
    if (lines.length <= maxLines) return { size: s, lines };
  }
  return { size: min, lines: wrap(text, font, min, width).slice(0, maxLines) };
}

export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Uint8Array> {
  const locale = isLocale(input.locale) ? input.locale : "en";
  const messages = (await import(`../../messages/${locale}.json`)).default;
  const t = createTranslator({ locale, messages, namespace: "courses.certificate" });
  const url = verificationUrl(locale, input.code);

  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regularBytes, boldBytes] = await fontBytes();
  const regular = await pdf.embedFont(regularBytes, { subset: true });
  const bold = await pdf.embedFont(boldBytes, { subset: true });
  pdf.setTitle(`${t("title")} — ${input.courseTitle}`);
  pdf.setAuthor("E-PANEMA");
  pdf.setSubject(input.holderName);
  pdf.setLanguage(locale);
  pdf.setCreator("E-PANEMA");
  pdf.setProducer("E-PANEMA (pdf-lib)");
  pdf.setCreationDate(input.issuedAt);

  const page = pdf.addPage([842, 595]); // A4 landscape
  const { width, height } = page.getSize();
  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: BRAND, borderWidth: 3 });
  page.drawRectangle({ x: 32, y: 32, width: width - 64, height: height - 64, borderColor: BRAND, borderWidth: 0.75 });

  centred(page, "E-PANEMA", height - 92, bold, 14, BRAND);
  centred(page, t("title"), height - 140, bold, 34, INK);
  centred(page, t("certifies"), height - 186, regular, 14, MUTED);
  const name = fit(input.holderName, bold, 30, 16, width - 160, 1);
  centred(page, name.lines[0] ?? "", height - 232, bold, name.size, INK);
  centred(page, t("completed"), height - 270, regular, 14, MUTED);
  const title = fit(input.courseTitle, bold, 22, 12, width - 200, 3);
  title.lines.forEach((line, i) => {
    centred(page, line, height - 308 - i * (title.size + 6), bold, title.size, BRAND);
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(input.issuedAt);
  centred(page, t("issuedOn", { date }), 150, regular, 12, INK);
  centred(page, t("issuer"), 130, regular, 10, MUTED);

  // QR code, bottom right, with the address and code beside it for those who type.
  const qr = QRCode.create(url, { errorCorrectionLevel: "M" });
  const modules = qr.modules.size;
  const box = 92;
  const cell = box / modules;
  const qx = width - 60 - box;
  const qy = 52;
  for (let row = 0; row < modules; row++) {
    for (let col = 0; col < modules; col++) {
      if (qr.modules.get(row, col)) {
        page.drawRectangle({ x: qx + col * cell, y: qy + box - (row + 1) * cell, width: cell + 0.02, height: cell + 0.02, color: INK });
      }
    }
  }
  const textRight = qx - 14;
  const lines = [t("verifyAt"), url, t("code", { code: input.code })];
  lines.forEach((line, i) => {
    const size = i === 1 ? 8.5 : 9;
    const font = i === 1 ? bold : regular;
    page.drawText(line, {
      x: textRight - font.widthOfTextAtSize(line, size),
      y: qy + 58 - i * 14,
      size,
      font,
      color: i === 1 ? BRAND : MUTED,
    });
  });

  return pdf.save();
}
