import { buildHashedPageCsp, otherDirectives } from "./policy.mjs";

// Content-Security-Policy for pages (decision 003). Two forms, both without 'unsafe-inline' for
// scripts; styles keep it because React renders style attributes (lower risk).
//  - Rendered per request: a fresh nonce that Next.js stamps on its own scripts, 'strict-dynamic'.
//  - Rendered once and served from the cache (the visitor pages of decision 011): the SHA-256
//    hashes of the page's own inline scripts and same-origin files (lib/security/policy.mjs).
// `connect`: extra origins pages may fetch from — only the map pages, and only when MAP_TILE_URL
// points at another origin (docs/decisions/008-map-without-third-parties.md).

export { buildHashedPageCsp };

export function buildPageCsp(nonce: string, { dev = false, connect = [] as string[] } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    ...otherDirectives({ connect }),
  ].join("; ");
}

/** API responses are never rendered as documents. */
export const apiCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
