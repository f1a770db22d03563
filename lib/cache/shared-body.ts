import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { ENCODED_HEADER, serverSendsEncoded } from "./encoded.mjs";

const gzip = promisify(gzipCallback);

/**
 * A response body built once and sent to many (the public GeoJSON): kept as bytes, so that a
 * request does not turn megabytes of text into UTF-8 again, and gzipped once, on the first request
 * that accepts it (zlib's thread pool, off the event loop), instead of by the server's compression
 * layer for every request. Measured with 10,000 initiatives: turning the text into bytes took
 * 57 % of the server's time per GeoJSON request (docs/performance.md).
 */
export class SharedBody {
  readonly bytes: Uint8Array;
  #gzipped: Promise<Uint8Array> | null = null;

  constructor(text: string) {
    this.bytes = Buffer.from(text, "utf8");
  }

  gzipped(): Promise<Uint8Array> {
    this.#gzipped ??= gzip(this.bytes);
    return this.#gzipped;
  }
}

/** Whether `Accept-Encoding` allows gzip: named with q > 0, or unnamed under a `*` with q > 0. */
export function acceptsGzip(header: string | null): boolean {
  let any = false;
  for (const part of (header ?? "").split(",")) {
    const [coding = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (coding === "gzip" || coding === "x-gzip") return allowed;
    if (coding === "*") any = allowed;
  }
  return any;
}

/**
 * The response for a shared body: gzip when the request accepts it and the production server
 * passes encoded bodies on (lib/cache/encoded.mjs; its compression layer then leaves the body
 * alone), the plain bytes otherwise; `Vary: Accept-Encoding` either way.
 */
export async function sharedBodyResponse(
  request: Request,
  body: SharedBody,
  headers: Record<string, string>,
  { encoded = serverSendsEncoded() } = {},
): Promise<Response> {
  const vary = [headers.Vary, "Accept-Encoding"].filter(Boolean).join(", ");
  if (encoded && acceptsGzip(request.headers.get("accept-encoding"))) {
    return new Response((await body.gzipped()) as BodyInit, { headers: { ...headers, Vary: vary, [ENCODED_HEADER]: "gzip" } });
  }
  return new Response(body.bytes as BodyInit, { headers: { ...headers, Vary: vary } });
}
