import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/result";
import { openUpload } from "@/lib/uploads/service";

export const dynamic = "force-dynamic";

// Files are public, without a permission check: they are embedded in published pages (and
// later forum posts) that anyone may read, and their ids are unguessable cuids, so a file is
// only found through the content that links to it. A draft's attachment is as reachable as
// its link — do not upload anything that must stay private.
//
// Served so that a file can never act as a page of this site: the sniffed type from the
// database (never the uploader's), `nosniff`, a sandboxing CSP, and documents as downloads.
// Ids never change and files are never rewritten, so caches may keep them for a year.
// Caveats (Next 16.4): Next drops Content-Length from route-handler responses, and headers
// set by proxy.ts win over ours, so its API CSP currently replaces the sandboxing one below.

/** Streams an uploaded file; 404 when the id is unknown. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const upload = await openUpload((await params).id);
    if (!upload) throw new AppError("NOT_FOUND");
    const etag = `"${upload.sha256}"`;
    const headers = new Headers({
      "Content-Type": upload.mimeType,
      "Content-Length": String(upload.size),
      "Content-Disposition": contentDisposition(upload.kind === "image" ? "inline" : "attachment", upload.name),
      "Cache-Control": "public, max-age=31536000, immutable",
      ETag: etag,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    });
    if (request.headers.get("if-none-match") === etag) {
      if (upload.body instanceof ReadableStream) await upload.body.cancel();
      headers.delete("Content-Length");
      return new Response(null, { status: 304, headers });
    }
    return new Response(upload.body as BodyInit, { headers });
  } catch (error) {
    return errorResponse(error);
  }
}

/** RFC 6266 / RFC 5987: an ASCII fallback name plus the exact UTF-8 name. */
function contentDisposition(type: "inline" | "attachment", name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
