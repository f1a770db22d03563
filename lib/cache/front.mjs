// The front of the visitor cache (decision 011): scripts/server.mjs answers a visitor's request
// for a page it has just served from the full-route cache with the same bytes, before Next.js
// routes it (proxy.ts's locale routing, the rewrite, route resolution: ≈ 2 ms of a cached page's
// ≈ 3 ms). What it keeps is what Next.js sent, headers and hashed CSP included, so it can only
// repeat a response, never make one up:
//  - only for requests that would get the same cached page anyway: GET or HEAD, no RSC or
//    server-action headers, no session cookie unless the page is shared with members (decision
//    013: proxy.ts marks it), and only responses proxy.ts marked as rendered for many (the
//    hashed-CSP ones, status 200, no Set-Cookie, not served stale);
//  - the members' copy of a page (the forum's, with members-only categories) only to a request
//    whose session the caller has just proven live (lib/auth/member-proof.mjs): a cookie's
//    presence is what anyone can send;
//  - keyed by everything the response depends on: host, scheme, path and query (less tracking
//    parameters, lib/cache/tracking.mjs), the locale cookie (next-intl's middleware reads it),
//    and whether there is a session (members and visitors get different copies of some pages);
//  - coherent with the page cache (lib/cache/handler.mjs): any invalidation — made here or heard
//    from another instance — changes the page cache's generation and empties this front at once;
//    while the page cache cannot hear other instances (its LISTEN connection is down, which is
//    also how a database outage shows), the front answers nothing and Next.js decides (the proxy's
//    503 page included);
//  - short-lived: an entry is answered for `ttlMs` (10 s) at most, then Next.js is asked again, so
//    time-based regeneration (`revalidate`) is late by that much at most.
// Plain JavaScript: scripts/server.mjs runs under node itself.

import { parseCookie } from "next/dist/compiled/@edge-runtime/cookies/index.js";
import { MEMBER_HINT_COOKIE } from "../security/member-hint.mjs";
import { withoutTracking } from "./tracking.mjs";

// Auth.js's session cookie (chunked as .0, .1… when large), named as proxy.ts names it.
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/**
 * A request's cookies as proxy.ts and next-intl read them: Next.js's own parser (pairs split on
 * `; *`, a value that does not decode dropped). Reading them any other way would let a made-up
 * Cookie header (`authjs.session-token=%`, a tab before a name) count as a session here and as none
 * in the proxy, and file the visitors' copy where members' requests look.
 * @param {import("node:http").IncomingMessage} req
 */
function cookiesOf(req) {
  const cookies = parseCookie(req.headers.cookie ?? "");
  let session = false;
  for (const name of cookies.keys()) if (SESSION_COOKIE.test(name)) session = true;
  return { session, hinted: cookies.get(MEMBER_HINT_COOKIE) === "1", locale: cookies.get("NEXT_LOCALE") ?? "" };
}
/** Requests for something other than the page's HTML (client navigation, prefetch, actions). */
const NOT_A_PAGE_REQUEST = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", "next-router-segment-prefetch"];
/** Headers of the response that belong to one exchange, not to the page. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "set-cookie"]);

/**
 * Set by proxy.ts on a page members get too (decision 013); the server removes it before the
 * response leaves, and the front answers requests with a session cookie only from such pages.
 */
export const SHARED_HEADER = "x-epanema-shared";

/**
 * Set by proxy.ts on every page it sends to the visitor tree: "member" or "visitor", whether it saw
 * a session cookie. The server removes it; the front keeps a page only under the key of the same
 * audience, whatever the Cookie header looked like to it.
 */
export const AUDIENCE_HEADER = "x-epanema-audience";

/** Marks an answer from the front (for tests and the bench; it tells a visitor nothing new). */
export const FRONT_HEADER = "X-Front-Cache";

const PAGE_CACHE = Symbol.for("epanema.pageCache");

/** The page cache the Next.js cache handler created in this process, if it has started. */
function pageCache() {
  return /** @type {any} */ (globalThis)[PAGE_CACHE] ?? null;
}

/**
 * @param {{ maxBytes?: number, ttlMs?: number, now?: () => number, source?: () => { generation: () => number, coherent: () => boolean } | null }} [options]
 */
export function createFrontCache({ maxBytes = 32 * 1024 * 1024, ttlMs = 10_000, now = Date.now, source = pageCache } = {}) {
  /** key → entry, least recently used first. */
  const entries = new Map();
  let bytes = 0;
  const stats = { hits: 0, stored: 0 };

  const drop = (key) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.size;
  };

  /** The page cache's generation while it is coherent with every instance, else null. */
  const currentGeneration = () => {
    const cache = source();
    if (!cache?.coherent()) return null;
    return cache.generation();
  };

  return {
    stats,
    size: () => ({ entries: entries.size, bytes }),

    /**
     * The key for a request that may be answered from the front, or null.
     * @param {import("node:http").IncomingMessage} req
     */
    keyOf(req) {
      if (req.method !== "GET" && req.method !== "HEAD") return null;
      const url = req.url ?? "";
      if (!url.startsWith("/") || url.startsWith("/api/") || url.startsWith("/_next/") || url.includes("_rsc=")) return null;
      const headers = req.headers;
      for (const name of NOT_A_PAGE_REQUEST) if (headers[name] !== undefined) return null;
      const { session, locale } = cookiesOf(req);
      const proto = String(headers["x-forwarded-proto"] ?? "");
      // Members and visitors may get different copies of one address (the forum's lists, decision
      // 013): one entry each.
      const audience = session ? "member" : "visitor";
      // A campaign tag or click id does not change the page (the proxy ignores them too): one entry
      // for every click, not one per click id.
      return `${headers.host ?? ""}\n${proto}\n${locale}\n${audience}\n${withoutTracking(url)}`;
    },

    /**
     * What the request started under: a response is stored only if no invalidation happened
     * while it was being made (the generation it started under is still current).
     */
    generation: () => currentGeneration(),

    /**
     * Whether answering this request would need its session proven first (`serve`'s `proven`):
     * the entry is a members' copy and the request carries a session cookie. Proving reads the
     * database, so the caller does it only when this says so.
     * @param {string} key
     * @param {import("node:http").IncomingMessage} req
     */
    needsProof(key, req) {
      return entries.get(key)?.shared === "copy" && cookiesOf(req).session;
    },

    /**
     * Answers the request from the front if it can; false leaves it to Next.js.
     * @param {string} key
     * @param {import("node:http").IncomingMessage} req
     * @param {import("node:http").ServerResponse} res
     * @param {boolean} [proven] the request's session is live (lib/auth/member-proof.mjs), asked when `needsProof` said so
     */
    serve(key, req, res, proven = false) {
      const entry = entries.get(key);
      if (!entry) return false;
      // A member's request: only a page shared with members (else the member's own page is made).
      // While the hint cookie is out of step with the session cookie (just logged in or out), the
      // proxy must see the request to set or clear it, or the page would show the wrong header.
      const { session, hinted } = cookiesOf(req);
      if (session !== hinted || (session && !entry.shared)) return false;
      // The members' copy (members-only content): only for a member proven live just now.
      if (entry.shared === "copy" && !(session && proven)) return false;
      // A members-only shell (the account page): a visitor gets the page itself, which sends them to log in.
      if (!session && entry.shared === "members") return false;
      const generation = currentGeneration();
      if (generation === null || generation !== entry.generation || now() - entry.storedAt > ttlMs) {
        drop(key);
        return false;
      }
      entries.delete(key);
      entries.set(key, entry);
      stats.hits++;
      for (const [name, value] of entry.headers) res.setHeader(name, value);
      res.setHeader(FRONT_HEADER, "HIT");
      const inm = req.headers["if-none-match"];
      if (inm && entry.etag && inm.split(/\s*,\s*/).includes(entry.etag)) {
        res.statusCode = 304;
        res.end();
        return true;
      }
      const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      const body = gzip ? entry.gzip : entry.html;
      res.statusCode = 200;
      res.setHeader("Vary", entry.vary);
      if (gzip) res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Content-Length", body.length);
      res.end(req.method === "HEAD" ? undefined : body);
      return true;
    },

    /**
     * Keeps a response Next.js sent for `key`, when it is one the front may repeat.
     * @param {string} key
     * @param {number | null} generation what `generation()` said when the request arrived
     * @param {import("node:http").ServerResponse} res the response, headers final
     * @param {Buffer} html its body
     * @param {Buffer} gzip the same, gzipped
     * @param {boolean | "members" | "copy"} shared whether members get this page too ("copy": the members' own copy), or only members (SHARED_HEADER, which the caller removed)
     * @param {unknown} audience whom proxy.ts made the page for, "member" or "visitor" (AUDIENCE_HEADER, which the caller removed)
     */
    store(key, generation, res, html, gzip, shared, audience) {
      if (generation === null || res.statusCode !== 200 || res.hasHeader("set-cookie")) return;
      // Only where requests like this one look: a page the proxy made for a visitor is never kept
      // for members, nor the other way round (and nothing the proxy did not mark).
      if (audience !== key.split("\n")[3]) return;
      // A request with a session cookie that got a page not marked for members (a cookie the proxy
      // could not prove gets the visitors' copy): never kept where members' requests look.
      if (!shared && key.split("\n")[3] === "member") return;
      if (String(res.getHeader("x-nextjs-cache") ?? "").toUpperCase() === "STALE") return;
      if (currentGeneration() !== generation) return;
      const headers = [];
      for (const name of res.getHeaderNames()) {
        if (PER_RESPONSE.has(name) || name === "vary") continue;
        // A first render said MISS; its repeats are hits.
        headers.push([name, name === "x-nextjs-cache" ? "HIT" : res.getHeader(name)]);
      }
      const given = String(res.getHeader("vary") ?? "");
      const vary = /\baccept-encoding\b/i.test(given) ? given : [given, "Accept-Encoding"].filter(Boolean).join(", ");
      const etag = typeof res.getHeader("etag") === "string" ? String(res.getHeader("etag")) : null;
      const size = html.length + gzip.length + 512;
      if (size > maxBytes / 8) return;
      drop(key);
      entries.set(key, { headers, vary, etag, html, gzip, generation, storedAt: now(), size, shared });
      bytes += size;
      stats.stored++;
      for (const oldest of entries.keys()) {
        if (bytes <= maxBytes) break;
        drop(oldest);
      }
    },
  };
}
