// Content-Security-Policy for pages. Scripts run only with the per-request nonce that
// Next.js stamps on its own inline and external scripts; no 'unsafe-inline' for scripts.
// Styles keep 'unsafe-inline' because React renders style attributes (lower risk).
// `connect`: extra origins pages may fetch from — only the map pages, and only when MAP_TILE_URL
// points at another origin (docs/decisions/008-map-without-third-parties.md).
export function buildPageCsp(nonce: string, { dev = false, connect = [] as string[] } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
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
  ].join("; ");
}

/** API responses are never rendered as documents. */
export const apiCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
