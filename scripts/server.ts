// The production web server (`npm start`, `npm test`, `npm run bench`; `npm run dev` keeps
// `next dev`): Next.js's own request handler inside a small Node server that
//  - gives the cached visitor pages (decision 006) a Content-Security-Policy listing the hashes of
//    their own inline scripts — HTML rendered once for many people cannot carry a per-request
//    nonce (decision 003) — and
//  - compresses responses (next.config.ts turns Next's compression off: it would run first and
//    leave only gzip to read).
// Started by scripts/lib/app.ts with PORT, HOST and the app's environment.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import next from "next";
import { VISITOR_HEADER } from "../lib/cache/tags";
import { CspMemo, hashedPageCsp } from "../lib/security/inline-scripts";
import { root } from "./lib/paths";

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
// The `compression` middleware Next.js itself uses for `next start` (no types shipped).
const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => Middleware;

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST || undefined;
const memo = new CspMemo();
let warned = 0;
/** Logged, not fatal: the page is served, and those scripts are blocked (so are injected ones). */
function warnUnknown(count: number) {
  if (Date.now() - warned < 60_000) return;
  warned = Date.now();
  console.warn(
    `[csp] a cached page holds ${count} inline script(s) that are not Next.js's own forms: they are blocked (lib/security/inline-scripts.ts).`,
  );
}

type Chunk = string | Buffer | Uint8Array;
type Callback = (error?: Error | null) => void;

/**
 * For a visitor page's HTML (proxy.ts marks the response): holds the body back until it is
 * complete, then sets the CSP from the hashes of its inline scripts and sends it unchanged.
 * Cached pages arrive in one piece (res.end(html)); a first render may stream in chunks.
 * Everything else passes through untouched.
 */
function hashVisitorPages(res: ServerResponse): void {
  const write = res.write.bind(res) as (chunk: Chunk, encoding?: BufferEncoding, cb?: Callback) => boolean;
  const end = res.end.bind(res) as (chunk?: Chunk, encoding?: BufferEncoding, cb?: () => void) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  let mode: "undecided" | "hold" | "pass" = "undecided";
  const held: Buffer[] = [];

  const decide = () => {
    if (mode !== "undecided") return mode;
    const type = String(res.getHeader("content-type") ?? "");
    mode = res.hasHeader(VISITOR_HEADER) && type.startsWith("text/html") ? "hold" : "pass";
    return mode;
  };
  const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
    typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

  res.flushHeaders = () => {
    if (decide() === "pass") flushHeaders();
  };
  res.write = ((chunk: Chunk, encodingOrCb?: BufferEncoding | Callback, cb?: Callback) => {
    const encoding = typeof encodingOrCb === "string" ? encodingOrCb : undefined;
    const callback = typeof encodingOrCb === "function" ? encodingOrCb : cb;
    if (decide() === "pass") return write(chunk, encoding, callback);
    held.push(toBuffer(chunk, encoding));
    if (callback) process.nextTick(callback);
    return true;
  }) as ServerResponse["write"];
  res.end = ((chunk?: Chunk | (() => void), encodingOrCb?: BufferEncoding | (() => void), cb?: () => void) => {
    const body = typeof chunk === "function" || chunk === null ? undefined : chunk;
    const encoding = typeof encodingOrCb === "string" ? encodingOrCb : undefined;
    const callback = typeof chunk === "function" ? chunk : typeof encodingOrCb === "function" ? encodingOrCb : cb;
    if (decide() === "pass") return end(body as Chunk, encoding as BufferEncoding, callback);
    res.removeHeader(VISITOR_HEADER);
    const etag = res.getHeader("etag");
    const key = typeof etag === "string" ? etag : null;
    const html =
      held.length === 0
        ? body === undefined
          ? null
          : body
        : Buffer.concat([...held, ...(body === undefined ? [] : [toBuffer(body, encoding)])]);
    if (html === null || (typeof html !== "string" && html.byteLength === 0)) {
      // 304 or HEAD: the browser keeps the body it has, so the policy that matches it (known by
      // its ETag), or none (the stored response's own policy stays in force).
      const known = key ? memo.get(key) : undefined;
      if (known) res.setHeader("Content-Security-Policy", known);
      else res.removeHeader("Content-Security-Policy");
      return end(undefined as unknown as Chunk, undefined as unknown as BufferEncoding, callback);
    }
    const text = typeof html === "string" ? html : html.toString("utf8");
    const csp = (key && memo.get(key)) || hashedPageCsp(text, (n) => warnUnknown(n));
    if (key) memo.set(key, csp);
    res.setHeader("Content-Security-Policy", csp);
    return end(html as Chunk, (typeof html === "string" ? encoding : undefined) as BufferEncoding, callback);
  }) as ServerResponse["end"];
}

async function main() {
  const app = next({ dev: false, dir: root, port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  const compress = compression();
  const server = createServer((req, res) => {
    // Compression wraps res.write/end first; the hashing wraps it, so it reads the plain HTML.
    compress(req, res, () => {});
    hashVisitorPages(res);
    handle(req, res).catch((error: unknown) => {
      console.error("[server] request failed:", error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  // Behind a reverse proxy, connections are reused: keep them longer than its own idle timeout.
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => {
    console.log(`▲ E-PANEMA (Next.js production server) on http://${hostname ?? "localhost"}:${port}`);
  });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`[server] ${signal}: finishing open requests…`);
    server.close(() => {
      void app.close().finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error("[server] could not start:", error);
  process.exit(1);
});
