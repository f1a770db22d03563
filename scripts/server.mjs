// The production web server (`npm start`, `npm test`, `npm run bench`; `npm run dev` keeps
// `next dev`): Next.js's own request handler (its documented custom-server API, the same build as
// `next start`) inside a small Node server that
//  - decides which client address a request comes from before Next sees it: X-Forwarded-For
//    becomes the socket address, or what a TRUSTED_PROXIES proxy reports (decision 006,
//    scripts/lib/client-address.mjs) — `next start` keeps whatever a client sends;
//  - gives the pages rendered once for many (a visitor's cached pages, decision 011) a
//    Content-Security-Policy listing the hashes of their own inline scripts — such HTML cannot
//    carry a per-request nonce (decision 003) — and
//  - answers a visitor's repeated request for such a page from a short-lived copy of what it sent,
//    before Next.js routes it (lib/cache/front.mjs; coherent with the page cache's invalidations);
//  - compresses responses (next.config.ts turns Next's compression off: it would run first and
//    leave only gzip to read), except bodies a route gzipped once for many (lib/cache/encoded.mjs).
// Plain JavaScript, run by node itself: a TypeScript loader would sit in every dynamic import of
// every request. Started by scripts/lib/app.ts with PORT, HOST and the app's environment;
// by hand: `node scripts/server.mjs [-p PORT] [-H HOST]` after `npm run build`.
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import next from "next";
import { acceptEncodedBodies, passEncodedBody } from "../lib/cache/encoded.mjs";
import { memberProof } from "../lib/auth/member-proof.mjs";
import { AUDIENCE_HEADER, createFrontCache, SHARED_HEADER } from "../lib/cache/front.mjs";
import { CspMemo, HASHED_CSP_HEADER, hashedPageCsp } from "../lib/security/policy.mjs";
import { benchPagesOpen, isBenchPage } from "./lib/bench-pages.mjs";
import { parseTrustedProxies, sanitiseForwardedHeaders } from "./lib/client-address.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
// The `compression` middleware Next.js itself uses for `next start`.
const compression = createRequire(import.meta.url)("next/dist/compiled/compression");

const args = process.argv.slice(2);
const option = (flag, fallback) => {
  const i = args.indexOf(flag);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option("-p", process.env.PORT ?? "3000"));
const hostname = option("-H", process.env.HOST || undefined);

let trusted;
try {
  trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
let warnedForwarded = false;
// The bare pages `npm run bench` measures against: a 404 unless the bench started this server.
const benchPages = benchPagesOpen(process.env);

process.env.NODE_ENV = "production";
const memo = new CspMemo();
let warned = 0;
const front = createFrontCache({
  maxBytes: Number(process.env.FRONT_CACHE_MAX_MB) > 0 ? Number(process.env.FRONT_CACHE_MAX_MB) * 1024 * 1024 : undefined,
});

/**
 * Gzipped cached pages by ETag: the same bytes go to every visitor, so they are compressed once
 * (about a millisecond of CPU per 50 KB page and request otherwise). Bounded in bytes, oldest out.
 */
const gzipped = new Map();
let gzippedBytes = 0;
const GZIPPED_MAX_BYTES = 32 * 1024 * 1024;
function gzipOnce(key, html) {
  const known = gzipped.get(key);
  if (known) {
    gzipped.delete(key);
    gzipped.set(key, known);
    return known;
  }
  const body = gzipSync(html);
  gzipped.set(key, body);
  gzippedBytes += body.length;
  for (const [oldKey, old] of gzipped) {
    if (gzippedBytes <= GZIPPED_MAX_BYTES) break;
    gzipped.delete(oldKey);
    gzippedBytes -= old.length;
  }
  return body;
}

/** Logged, not fatal: the page is served, and those scripts are blocked (so are injected ones). */
function warnUnknown(count) {
  if (Date.now() - warned < 60_000) return;
  warned = Date.now();
  console.warn(
    `[csp] a cached page holds ${count} inline script(s) that are not Next.js's own forms: they are blocked (lib/security/policy.mjs).`,
  );
}

const toBuffer = (chunk, encoding) =>
  typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

/**
 * For HTML that proxy.ts marked as rendered for many: holds the body back until it is complete,
 * then sets the CSP from the hashes of its inline scripts and sends it unchanged. Cached pages
 * arrive in one piece (res.end(html)); a first render may stream in chunks. Everything else
 * passes through untouched. `raw` is the response's own end(), under the compression layer: a
 * cached page goes out gzipped from the ETag's copy, if the client takes gzip.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {(body: Buffer) => void} rawEnd
 * @param {{ key: string, generation: number | null } | null} keep where the front keeps the page, if it may
 */
function hashCachedPages(req, res, rawEnd, keep) {
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const flushHeaders = res.flushHeaders.bind(res);
  let mode = "undecided";
  const held = [];

  const decide = () => {
    if (mode !== "undecided") return mode;
    const type = String(res.getHeader("content-type") ?? "");
    mode = res.hasHeader(HASHED_CSP_HEADER) && type.startsWith("text/html") ? "hold" : "pass";
    if (mode === "pass") {
      res.removeHeader(HASHED_CSP_HEADER);
      res.removeHeader(SHARED_HEADER);
      res.removeHeader(AUDIENCE_HEADER);
    }
    return mode;
  };

  res.flushHeaders = () => {
    if (decide() === "pass") flushHeaders();
  };
  res.write = (chunk, encodingOrCb, cb) => {
    const encoding = typeof encodingOrCb === "string" ? encodingOrCb : undefined;
    const callback = typeof encodingOrCb === "function" ? encodingOrCb : cb;
    if (decide() === "pass") return write(chunk, encoding, callback);
    held.push(toBuffer(chunk, encoding));
    if (callback) process.nextTick(callback);
    return true;
  };
  res.end = (chunk, encodingOrCb, cb) => {
    const body = typeof chunk === "function" || chunk === null ? undefined : chunk;
    const encoding = typeof encodingOrCb === "string" ? encodingOrCb : undefined;
    const callback = typeof chunk === "function" ? chunk : typeof encodingOrCb === "function" ? encodingOrCb : cb;
    if (decide() === "pass") return end(body, encoding, callback);
    res.removeHeader(HASHED_CSP_HEADER);
    // "1": shared with members too; "members": a members-only shell (decision 013), never for
    // visitors; "copy": the members' own copy, for members the proxy proved (lib/auth/member-proof.mjs).
    const sharedHeader = res.getHeader(SHARED_HEADER);
    const shared = sharedHeader === "members" || sharedHeader === "copy" ? sharedHeader : sharedHeader !== undefined;
    res.removeHeader(SHARED_HEADER);
    // Whom the proxy made the page for: the front keeps it only where such requests look.
    const audience = res.getHeader(AUDIENCE_HEADER);
    res.removeHeader(AUDIENCE_HEADER);
    const etag = res.getHeader("etag");
    const key = typeof etag === "string" ? etag : null;
    const html = held.length === 0 ? body : Buffer.concat([...held, ...(body === undefined ? [] : [toBuffer(body, encoding)])]);
    if (html === undefined || html.length === 0) {
      // 304 or HEAD: the browser keeps the body it has, so the policy that matches it (known by
      // its ETag), or none (the stored response's own policy stays in force).
      const known = key ? memo.get(`${key}\n${String(res.getHeader("content-security-policy") ?? "")}`) : undefined;
      if (known) res.setHeader("Content-Security-Policy", known);
      else res.removeHeader("Content-Security-Policy");
      return end(undefined, undefined, callback);
    }
    // The proxy's policy for the URL (hash-based, without hashes yet): the server adds the hashes.
    const base = String(res.getHeader("content-security-policy") ?? "");
    const memoKey = key && `${key}\n${base}`;
    let csp = memoKey ? memo.get(memoKey) : undefined;
    if (!csp) {
      csp = hashedPageCsp(typeof html === "string" ? html : html.toString("utf8"), warnUnknown, base);
      if (memoKey) memo.set(memoKey, csp);
    }
    res.setHeader("Content-Security-Policy", csp);
    if (keep && key && res.statusCode === 200) {
      const plain = typeof html === "string" ? Buffer.from(html, encoding ?? "utf8") : html;
      front.store(keep.key, keep.generation, res, plain, gzipOnce(key, plain), shared, audience);
    }
    if (key && res.statusCode === 200 && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      const body = gzipOnce(key, html);
      res.setHeader("Content-Encoding", "gzip"); // the compression layer leaves encoded bodies alone
      res.setHeader("Content-Length", body.length);
      rawEnd(body);
      if (callback) process.nextTick(callback);
      return res;
    }
    return end(html, typeof html === "string" ? encoding : undefined, callback);
  };
}

acceptEncodedBodies();
const app = next({ dev: false, dir: root, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();
const compress = compression();
const proveMember = memberProof();
const server = createServer(async (req, res) => {
  if (!warnedForwarded && trusted.empty && req.headers["x-forwarded-for"]) {
    warnedForwarded = true;
    console.warn(
      `[client-address] Ignoring X-Forwarded-For from ${req.socket.remoteAddress}: TRUSTED_PROXIES is not set. ` +
        "Behind a reverse proxy, set TRUSTED_PROXIES to its address, or every client shares the proxy's rate limits.",
    );
  }
  sanitiseForwardedHeaders(req.headers, req.socket.remoteAddress, trusted);
  if (!benchPages && isBenchPage(req.url)) {
    res.writeHead(404, {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
      "X-Content-Type-Options": "nosniff",
    });
    res.end("Not found\n");
    return;
  }
  const frontKey = front.keyOf(req);
  if (frontKey !== null) {
    // The members' copy goes only to a member whose session is live (one primary-key read).
    const proven = front.needsProof(frontKey, req) ? await proveMember(req.headers.cookie) : false;
    if (front.serve(frontKey, req, res, proven)) return;
  }
  // Compression wraps res.write/end first; the hashing wraps it, so it reads the plain HTML.
  const rawEnd = res.end.bind(res);
  compress(req, res, () => {});
  passEncodedBody(res); // after the compression layer: a body gzipped once for many stays as it is
  hashCachedPages(req, res, rawEnd, frontKey === null ? null : { key: frontKey, generation: front.generation() });
  handle(req, res).catch((error) => {
    console.error("[server] request failed:", error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
// Behind a reverse proxy, connections are reused: keep them longer than its own idle timeout.
server.keepAliveTimeout = 65_000;
server.on("error", (error) => {
  console.error(`[server] cannot listen on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  console.log(`▲ E-PANEMA (Next.js production server) on http://${hostname ?? "localhost"}:${port}`);
});

let stopping = false;
const stop = (signal) => {
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
