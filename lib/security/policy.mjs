// Content-Security-Policy for pages rendered once and served to many (decision 003): the hashes
// of the page's own inline scripts. Plain JavaScript: the production server (scripts/server.mjs)
// runs it without a TypeScript loader, and lib/security/csp.ts builds on it.
import { createHash } from "node:crypto";

/** Every directive but script-src, shared by the nonce and the hash policies. */
export const OTHER_DIRECTIVES = [
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
];

/**
 * Set by proxy.ts on the response of a page rendered for many (a visitor's cached page): the
 * server replaces its CSP with the hashes of the HTML's own inline scripts, and removes the header.
 */
export const HASHED_CSP_HEADER = "x-epanema-hashed-csp";

/**
 * `hashes` are base64 SHA-256 digests of inline scripts. No 'strict-dynamic' (it would make
 * browsers ignore 'self', and the page's same-origin chunks would not load); no hashes, no inline
 * script runs at all (what proxy.ts sends until the server has hashed the HTML).
 * @param {readonly string[]} hashes
 */
export function buildHashedPageCsp(hashes) {
  const sources = [...new Set(hashes)].map((h) => `'sha256-${h}'`);
  return ["default-src 'self'", ["script-src 'self'", ...sources].join(" "), ...OTHER_DIRECTIVES].join("; ");
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

/** @type {{ name: string, attributes: RegExp, body: RegExp }[]} */
export const NEXT_INLINE_SCRIPTS = [
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
 * The policy for a page rendered once and served to many. `onUnknown` hears of inline scripts
 * that are not Next's (a Suspense boundary that completes after the shell adds React's runtime
 * script, for instance): they are blocked, and the page may not work.
 * @param {string} html
 * @param {(count: number) => void} [onUnknown]
 */
export function hashedPageCsp(html, onUnknown) {
  const { hashes, unknown } = inlineScripts(html);
  if (unknown > 0) onUnknown?.(unknown);
  return buildHashedPageCsp(hashes);
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
