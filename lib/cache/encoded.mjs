// A route handler's body that is already gzipped (lib/cache/shared-body.ts). Next.js drops
// Content-Encoding from a route's Response (its body might have been decoded by fetch), so the
// route names its encoding in ENCODED_HEADER instead, and the production server
// (scripts/server.mjs) turns that into Content-Encoding before its compression layer looks, which
// then leaves the body alone. Without that server (`npm run dev`) routes send plain bodies:
// `serverSendsEncoded()` tells which.

export const ENCODED_HEADER = "x-epanema-content-encoding";

const SERVER_FLAG = Symbol.for("epanema.encodedBodies");

/** Whether this process's server passes pre-encoded bodies on (set by `acceptEncodedBodies`). */
export function serverSendsEncoded() {
  return /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[SERVER_FLAG] === true;
}

/** Marks this process as served by a server that calls `passEncodedBody` on every response. */
export function acceptEncodedBodies() {
  /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[SERVER_FLAG] = true;
}

/**
 * Renames ENCODED_HEADER to Content-Encoding when the headers are written. Call it after the
 * compression layer has wrapped `res`: this wrapper then runs first.
 * @param {import("node:http").ServerResponse} res
 */
export function passEncodedBody(res) {
  const writeHead = res.writeHead;
  res.writeHead = /** @type {any} */ (
    (/** @type {unknown[]} */ ...args) => {
      const encoding = res.getHeader(ENCODED_HEADER);
      if (encoding !== undefined) {
        res.removeHeader(ENCODED_HEADER);
        res.setHeader("Content-Encoding", encoding);
      }
      return writeHead.apply(res, /** @type {any} */ (args));
    }
  );
}
