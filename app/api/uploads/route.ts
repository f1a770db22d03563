import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { can, requirePermission } from "@/lib/auth/guard";
import { AppError, toAppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/route-handler";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { assertOwnPractice } from "@/lib/practices/service";
import { largestUpload, saveUpload } from "@/lib/uploads/service";

export const dynamic = "force-dynamic";

// Multipart boundaries and part headers (a long file name included) around the file itself.
const MULTIPART_OVERHEAD = 64 * 1024;
// Next.js buffers the body for proxy.ts and silently cuts it near this size
// (`experimental.proxyClientMaxBodySize`, default 10 MiB; the socket chunk that crosses it
// is dropped too): an unparsable body of about this size was cut, i.e. it was too large.
const PROXY_BODY_LIMIT = 10 * 1024 * 1024;
const CUT_MARGIN = 1024 * 1024;

/** How a refusal is answered: HTTP status and the code the editor can switch on. */
const REFUSALS: Record<string, { status: number; code: string }> = {
  "uploads.tooLarge": { status: 413, code: "TOO_LARGE" },
  "uploads.imageTooLarge": { status: 413, code: "TOO_LARGE" },
  "uploads.unsupportedType": { status: 415, code: "UNSUPPORTED_TYPE" },
  "uploads.missingFile": { status: 400, code: "MISSING_FILE" },
};

/**
 * Uploads one image or document (multipart field `file`, optional `pageId` or `courseId`; or
 * `?practiceId=` for a case study's authors) to be embedded in content. Each target needs the
 * permission that edits it (`knowledge.edit`, `courses.edit`, `practices.write` and the case
 * study's organisation).
 * 201 `{ id, url, name, size, mimeType, kind }`; refusals are
 * `{ error: { code, message } }` with the message in the request's language
 * (`?locale=xx`, else Accept-Language).
 */
export async function POST(request: NextRequest) {
  const locale = requestLocale(request);
  try {
    // Like every state-changing route (lib/route-handler.ts): another origin cannot post here.
    // This route is the one exception to route(): it reads a multipart body itself, decides the
    // permission from the query, and answers refusals already translated (with their own HTTP
    // statuses), which the editor shows as is.
    assertSameOrigin(request);
    // Permission first, before this handler reads any of the body. Coordinators upload for any
    // content; a case study's authors upload for it (?practiceId=, their organisation's only).
    const practiceId = request.nextUrl.searchParams.get("practiceId")?.trim().slice(0, 64) || null;
    const user = await requirePermission(practiceId ? "practices.write" : "uploads.create");
    if (practiceId) await assertOwnPractice(user, practiceId);
    const cap = largestUpload() + MULTIPART_OVERHEAD;
    const declared = Number(request.headers.get("content-length") ?? Number.NaN);
    if (declared > cap) throw tooLarge();

    const contentType = request.headers.get("content-type") ?? "";
    if (!contentType.toLowerCase().startsWith("multipart/form-data")) throw new AppError("INVALID", { message: "uploads.missingFile" });
    // Content-Length may be absent (chunked) or lie: count while reading.
    const body = await readAtMost(request.body, cap);
    let form: FormData;
    try {
      form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    } catch {
      throw body.byteLength > PROXY_BODY_LIMIT - CUT_MARGIN ? tooLarge() : new AppError("INVALID", { message: "uploads.missingFile" });
    }

    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("INVALID", { message: "uploads.missingFile" });
    const pageId = idField(form, "pageId");
    const courseId = idField(form, "courseId");
    // The permission checked above covers the query's target only: a case study's author must
    // not attach the file to a knowledge page or a course through the form's fields.
    if (pageId && !can(user, "knowledge.edit")) throw new AppError("FORBIDDEN");
    if (courseId && !can(user, "courses.edit")) throw new AppError("FORBIDDEN");
    const uploaded = await saveUpload({
      bytes: new Uint8Array(await file.arrayBuffer()),
      originalName: file.name,
      userId: user.id,
      pageId,
      courseId,
      practiceId,
    });
    return Response.json(uploaded, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return translatedError(error, locale);
  }
}

function idField(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === "string" && value.trim() ? value.trim().slice(0, 64) : null;
}

function tooLarge(): AppError {
  return new AppError("INVALID", { message: "uploads.tooLarge", values: { max: largestUpload() } });
}

async function readAtMost(stream: ReadableStream<Uint8Array> | null, cap: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** `?locale=xx`, else the best supported language of Accept-Language, else English. */
function requestLocale(request: Request): Locale {
  const query = new URL(request.url).searchParams.get("locale");
  if (isLocale(query)) return query;
  const ranked = (request.headers.get("accept-language") ?? "")
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { language: tag.split("-")[0].toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.language).find(isLocale) ?? defaultLocale;
}

/** Sizes as people read them: 10485760 → "10 MB" (in the reader's language). */
function formatMegabytes(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
}

// Like errorResponse (lib/result.ts) — the same body, and the same known failures through
// toAppError (an unreachable database is 503) — but the editor shows `message` as is, so it is
// translated here, and size/type refusals get their own HTTP status.
async function translatedError(error: unknown, locale: Locale): Promise<Response> {
  const t = await getTranslations({ locale });
  const headers = { "Cache-Control": "no-store" };
  const known = toAppError(error);
  if (known) {
    if (known.code === "UNAVAILABLE" || known.cause) console.warn(`[uploads] ${known.code}:`, (known.cause as Error)?.message ?? "");
    const refusal = REFUSALS[known.messageKey] ?? { status: known.statusCode, code: known.code };
    const values = { ...known.values };
    if (typeof values.max === "number") values.max = formatMegabytes(values.max, locale);
    return Response.json({ error: { code: refusal.code, message: t(known.messageKey, values) } }, { status: refusal.status, headers });
  }
  console.error("[uploads] unexpected error:", error);
  return Response.json({ error: { code: "INTERNAL", message: t("uploads.uploadFailed") } }, { status: 500, headers });
}
