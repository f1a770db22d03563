// The bare pages `npm run bench` compares every route with (app/bench-static, app/bench-dynamic):
// a static and a dynamic page with nothing of the site in them. They are not part of the site, so
// scripts/server.mjs answers them only when the bench started it (EPANEMA_BENCH=1, set by
// scripts/bench.ts); anyone else gets a 404 before Next.js routes the request.

/** The environment variable that opens the bench pages. */
export const BENCH_ENV = "EPANEMA_BENCH";

// The page, and Next's other forms of the same route: `/bench-static/`, `/bench-static.rsc`,
// `/bench-static.segments/…`, with or without a query string.
const BENCH_PAGE = /^\/bench-(?:static|dynamic)(?:[/.?]|$)/;

/**
 * Whether a request target (`req.url`) is one of the bench pages.
 * @param {string | undefined} url
 */
export function isBenchPage(url) {
  if (!url) return false;
  let path = url;
  try {
    path = decodeURIComponent(url);
  } catch {
    // Not decodable: Next.js refuses it too; test it as it is.
  }
  return BENCH_PAGE.test(path);
}

/**
 * Whether this server shows the bench pages.
 * @param {Record<string, string | undefined>} env
 */
export function benchPagesOpen(env) {
  return env[BENCH_ENV] === "1";
}
