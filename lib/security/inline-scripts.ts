import { createHash } from "node:crypto";
import { buildHashedPageCsp } from "./csp";

// The hashes a cached page's Content-Security-Policy lists (decision 003): one per inline script
// that has exactly one of the forms Next.js itself writes into the HTML. Any other inline script —
// one that slipped into content, or anything new a future Next.js writes — gets no hash and does
// not run (the e2e suite would then fail on the page not hydrating, not silently allow it).

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** A JavaScript string literal as Next.js writes it (JSON.stringify, then "<" escaped). */
const STRING = String.raw`"(?:[^"\\\r\n\u2028\u2029]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"`;

type Form = { name: string; attributes: RegExp; body: RegExp };

/** Next.js's (and React's) own inline scripts, whole: attributes and text from start to end. */
export const NEXT_INLINE_SCRIPTS: Form[] = [
  // React marks when the page started to paint (react-dom's server renderer, every page).
  { name: "react-paint-time", attributes: /^$/, body: /^requestAnimationFrame\(function\(\)\{\$RT=performance\.now\(\)\}\);$/ },
  // Turbopack's runtime: which chunks the page needs (the same list on every page of a build).
  {
    name: "turbopack-bootstrap",
    attributes: /^ id="_R_"$/,
    body: /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\[(?:"static\/chunks\/[\w.-]+\.js"(?:,"static\/chunks\/[\w.-]+\.js")*)?\],"runtimeModuleIds":\[\d+(?:,\d+)*\]\}\);$/,
  },
  // Bootstrap of the React Server Components payload queue.
  { name: "rsc-bootstrap", attributes: /^$/, body: /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)$/ },
  // A chunk of the payload: [1, string] (text) or [3, string] (base64 binary).
  { name: "rsc-chunk", attributes: /^$/, body: new RegExp(String.raw`^self\.__next_f\.push\(\[[13],${STRING}\]\)$`) },
  // The form state of a progressively enhanced server action ([2, null] when there is none).
  { name: "rsc-form-state", attributes: /^$/, body: /^self\.__next_f\.push\(\[2,null\]\)$/ },
];

export function sha256Base64(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("base64");
}

/**
 * Hashes of the inline scripts in `html` that Next.js wrote, without duplicates, and how many
 * other inline scripts there were (they get no hash: they will not run).
 */
export function inlineScripts(html: string): { hashes: string[]; unknown: number } {
  const hashes = new Set<string>();
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

export const inlineScriptHashes = (html: string): string[] => inlineScripts(html).hashes;

/**
 * The policy for a page rendered once and served to many. `onUnknown` hears of inline scripts
 * that are not Next's (a Suspense boundary that completes after the shell adds React's runtime
 * script, for instance): they are blocked, and the page may not work.
 */
export function hashedPageCsp(html: string, onUnknown?: (count: number) => void): string {
  const { hashes, unknown } = inlineScripts(html);
  if (unknown > 0) onUnknown?.(unknown);
  return buildHashedPageCsp(hashes);
}

/**
 * Policies by ETag: a cached page is the same bytes on every hit, so its hashes are computed
 * once (and a 304, which has no body, still gets the policy of the body the browser kept).
 */
export class CspMemo {
  private readonly entries = new Map<string, string>();
  constructor(private readonly max = 2000) {}
  get(etag: string): string | undefined {
    const csp = this.entries.get(etag);
    if (csp !== undefined) {
      this.entries.delete(etag);
      this.entries.set(etag, csp);
    }
    return csp;
  }
  set(etag: string, csp: string): void {
    this.entries.delete(etag);
    this.entries.set(etag, csp);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }
}
