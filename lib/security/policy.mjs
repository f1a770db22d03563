// Content-Security-Policy for pages rendered once and served to many (decision 003): the hashes
// of the page's own inline scripts. Plain JavaScript: the production server (scripts/server.mjs)
// runs it without a TypeScript loader, and lib/security/csp.ts builds on it.
import { createHash } from "node:crypto";
import { MEMBER_HINT_SCRIPT } from "./member-hint.mjs";

/**
 * Every directive but script-src, shared by the nonce and the hash policies. `connect`: extra
 * origins pages may fetch from — only the map pages, and only when MAP_TILE_URL points at another
 * origin (docs/decisions/008-map-without-third-parties.md).
 * @param {{ connect?: readonly string[] }} [options]
 */
export function otherDirectives({ connect = [] } = {}) {
  return [
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${connect.map((o) => ` ${o}`).join("")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ];
}

/**
 * Set by proxy.ts on the response of a page rendered for many (a visitor's cached page): the
 * server adds the hashes of the HTML's own inline scripts to its CSP, and removes the header.
 */
export const HASHED_CSP_HEADER = "x-epanema-hashed-csp";

/**
 * `hashes` are base64 SHA-256 digests of inline scripts. No 'strict-dynamic' (it would make
 * browsers ignore 'self', and the page's same-origin chunks would not load); no hashes, no inline
 * script runs at all (what proxy.ts sends until the server has hashed the HTML).
 * @param {readonly string[]} hashes
 * @param {{ connect?: readonly string[] }} [options]
 */
export function buildHashedPageCsp(hashes, options = {}) {
  return withScriptHashes(["default-src 'self'", "script-src 'self'", ...otherDirectives(options)].join("; "), hashes);
}

/**
 * `policy` (the proxy's hashed policy without hashes) with `hashes` added to its script-src: the
 * proxy decides the policy of the URL (the map pages' tile origin, say), the server only adds what
 * it learns from the HTML.
 * @param {string} policy
 * @param {readonly string[]} hashes
 */
export function withScriptHashes(policy, hashes) {
  const sources = [...new Set(hashes)].map((h) => `'sha256-${h}'`);
  if (sources.length === 0) return policy;
  return policy
    .split("; ")
    .map((d) => (d.startsWith("script-src ") || d === "script-src" ? [d, ...sources].join(" ") : d))
    .join("; ");
}

// ── Which inline scripts are the app's own ────────────────────────────────────────────────────
// One hash per inline script that has exactly one of the forms Next.js (and React) write into the
// HTML. Any other inline script — one that slipped into content, or something new a future
// Next.js writes — gets no hash and does not run (the e2e suite then fails on the page not
// hydrating; nothing is silently allowed).

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** A JavaScript string literal as Next.js writes it (JSON.stringify, then "<" escaped). */
const STRING = String.raw`"(?:[^"\\\r\n\u2028\u2029]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"`;
const CHUNK_FILE = String.raw`"static\/chunks\/[\w.-]+\.js"`;

const exactly = (/** @type {string} */ text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** @type {{ name: string, attributes: RegExp, body: RegExp }[]} */
export const NEXT_INLINE_SCRIPTS = [
  // The member hint above: the one inline script of the app itself, a constant.
  { name: "member-hint", attributes: /^$/, body: exactly(MEMBER_HINT_SCRIPT) },
  // React marks when the page started to paint (react-dom's server renderer, every page).
  { name: "react-paint-time", attributes: /^$/, body: /^requestAnimationFrame\(function\(\)\{\$RT=performance\.now\(\)\}\);$/ },
  // Turbopack's runtime: which chunks the page needs (the same list on every page of a build).
  {
    name: "turbopack-bootstrap",
    attributes: /^ id="_R_"$/,
    body: new RegExp(
      String.raw`^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\[(?:${CHUNK_FILE}(?:,${CHUNK_FILE})*)?\],"runtimeModuleIds":\[\d+(?:,\d+)*\]\}\);$`,
    ),
  },
  // Bootstrap of the React Server Components payload queue.
  { name: "rsc-bootstrap", attributes: /^$/, body: /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)$/ },
  // A chunk of the payload: [1, string] (text) or [3, string] (base64 binary).
  { name: "rsc-chunk", attributes: /^$/, body: new RegExp(String.raw`^self\.__next_f\.push\(\[[13],${STRING}\]\)$`) },
  // The form state of a progressively enhanced server action ([2, null] when there is none).
  { name: "rsc-form-state", attributes: /^$/, body: /^self\.__next_f\.push\(\[2,null\]\)$/ },
];

/** @param {string} text */
export function sha256Base64(text) {
  return createHash("sha256").update(text, "utf8").digest("base64");
}

/**
 * Hashes of the inline scripts in `html` that Next.js wrote, without duplicates, and how many
 * other inline scripts there were (they get no hash: they will not run).
 * @param {string} html
 * @returns {{ hashes: string[], unknown: number }}
 */
export function inlineScripts(html) {
  const hashes = new Set();
  let unknown = 0;
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? "";
    const body = match[2] ?? "";
    // External scripts are allowed by 'self' (same-origin chunks); only inline ones are hashed.
    if (/\ssrc\s*=/i.test(attributes)) continue;
    if (NEXT_INLINE_SCRIPTS.some((form) => form.attributes.test(attributes) && form.body.test(body))) hashes.add(sha256Base64(body));
    else unknown++;
  }
  return { hashes: [...hashes], unknown };
}

/** @param {string} html */
export const inlineScriptHashes = (html) => inlineScripts(html).hashes;

/**
 * The policy for a page rendered once and served to many: `base` (the proxy's policy for the URL,
 * or the default one) with the hashes of `html`'s own inline scripts. `onUnknown` hears of inline
 * scripts that are not Next's (a Suspense boundary that completes after the shell adds React's
 * runtime script, for instance): they are blocked, and the page may not work.
 * @param {string} html
 * @param {(count: number) => void} [onUnknown]
 * @param {string} [base]
 */
export function hashedPageCsp(html, onUnknown, base) {
  const { hashes, unknown } = inlineScripts(html);
  if (unknown > 0) onUnknown?.(unknown);
  return base && /(?:^|; )script-src 'self'(?:;|$)/.test(base) ? withScriptHashes(base, hashes) : buildHashedPageCsp(hashes);
}

/**
 * Policies by ETag: a cached page is the same bytes on every hit, so its hashes are computed
 * once (and a 304, which has no body, still gets the policy of the body the browser kept).
 */
export class CspMemo {
  /** @param {number} [max] */
  constructor(max = 2000) {
    this.max = max;
    /** @type {Map<string, string>} */
    this.entries = new Map();
  }
  /** @param {string} etag */
  get(etag) {
    const csp = this.entries.get(etag);
    if (csp !== undefined) {
      this.entries.delete(etag);
      this.entries.set(etag, csp);
    }
    return csp;
  }
  /** @param {string} etag @param {string} csp */
  set(etag, csp) {
    this.entries.delete(etag);
    this.entries.set(etag, csp);
    if (this.entries.size > this.max) this.entries.delete(/** @type {string} */ (this.entries.keys().next().value));
  }
}
