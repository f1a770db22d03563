// Content-Security-Policy for pages (decision 003). Two forms, both without 'unsafe-inline' for
// scripts; styles keep it because React renders style attributes (lower risk).
//  - Rendered per request: a fresh nonce that Next.js stamps on its own scripts, 'strict-dynamic'.
//  - Served from the cache (the visitor pages of decision 006): the SHA-256 hashes of the page's
//    own inline scripts (lib/security/inline-scripts.ts) and same-origin files; any other inline
//    script, injected or not, has no hash and does not run.
const OTHER_DIRECTIVES = [
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

export function buildPageCsp(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    ...OTHER_DIRECTIVES,
  ].join("; ");
}

/**
 * For HTML rendered once and served to many: `hashes` are base64 SHA-256 digests of inline
 * scripts. No 'strict-dynamic' (it would ignore 'self'), so the page's same-origin chunks load.
 * With no hashes, no inline script runs at all (what proxy.ts sends until the server hashes).
 */
export function buildHashedPageCsp(hashes: readonly string[]): string {
  const sources = [...new Set(hashes)].map((h) => `'sha256-${h}'`);
  return ["default-src 'self'", ["script-src 'self'", ...sources].join(" "), ...OTHER_DIRECTIVES].join("; ");
}

/** API responses are never rendered as documents. */
export const apiCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
