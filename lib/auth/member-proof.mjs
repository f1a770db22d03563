// Whether a request's session cookie belongs to a member signed in now — for the two places that
// choose a cached copy before any page runs: proxy.ts (which copy a request is rewritten to) and
// the server's front (lib/cache/front.mjs, which repeats a copy it has sent). The members' copy of
// the forum holds members-only categories (decision 013, point 8), so the presence of a cookie
// cannot be what opens it: a visitor can send any cookie they like.
//
// The same two checks as getCurrentUser() (lib/auth/session.ts): the token decrypts with the
// server's AUTH_SECRET (Auth.js's decode, the cookie name as salt) and has not expired, and its
// session row is live — not revoked, not expired, its user not suspended and with a confirmed
// email — read on every call, so a logout, a revocation or a suspension counts at the very next
// request (decision 002). Tokens that decrypted are remembered by their text (a token's contents
// never change); the row never is. lib/auth/member-proof.db.test.ts holds the two in step.
//
// Plain JavaScript: scripts/server.mjs runs under node itself. One instance per process (proxy.ts
// is bundled apart from the server, so the module may be loaded twice): one small pool.

import { decode } from "next-auth/jwt";
import pg from "pg";

const GLOBAL = Symbol.for("epanema.memberProof");
const COOKIE_BASE = "authjs.session-token";
const MAX_KNOWN_TOKENS = 10_000;

/**
 * The live session's id behind a session id, or nothing (the conditions of getCurrentUser()).
 * `status::text`: the enum compared as text, as lib/accounts/login.ts's isSuspended() does.
 */
export const LIVE_SESSION_SQL = `
  SELECT 1 FROM "Session" s JOIN "User" u ON u.id = s."userId"
  WHERE s.id = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND u."emailVerifiedAt" IS NOT NULL
    AND NOT (u.status::text = 'SUSPENDED' AND (u."suspendedUntil" IS NULL OR u."suspendedUntil" > now()))`;

/**
 * The session token in a Cookie header (Auth.js splits a large one into name.0, name.1, …), or null.
 * @param {string} header
 * @param {string} name the cookie's name (with `__Secure-` when the site is served over HTTPS)
 */
export function sessionTokenFrom(header, name) {
  let whole = null;
  const chunks = [];
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === name) whole = value;
    else if (key.startsWith(`${name}.`)) {
      const index = Number(key.slice(name.length + 1));
      if (Number.isInteger(index) && index >= 0) chunks.push({ index, value });
    }
  }
  if (chunks.length > 0) {
    chunks.sort((a, b) => a.index - b.index);
    return chunks.map((c) => c.value).join("") || null;
  }
  return whole || null;
}

/**
 * @param {{ secret?: string, secure?: boolean, lookup?: (sid: string) => Promise<boolean>, databaseUrl?: string }} options
 *   `lookup` replaces the database read (tests of the token side); else `databaseUrl` is used.
 * @returns {(cookieHeader: string | undefined) => Promise<boolean>}
 */
export function createMemberProof({ secret, secure = false, lookup, databaseUrl } = {}) {
  const name = `${secure ? "__Secure-" : ""}${COOKIE_BASE}`;
  /** token text → { sid, exp } for tokens that decrypted. */
  const known = new Map();
  /** @type {pg.Pool | null} */
  let pool = null;

  const live =
    lookup ??
    (async (sid) => {
      if (!databaseUrl) return false;
      if (!pool) {
        pool = new pg.Pool({ connectionString: databaseUrl, max: 3, connectionTimeoutMillis: 2000, idleTimeoutMillis: 30_000 });
        pool.on("error", () => {}); // a dropped idle connection must not crash the process
      }
      const { rowCount } = await pool.query(LIVE_SESSION_SQL, [sid]);
      return (rowCount ?? 0) > 0;
    });

  /** The session id a token carries, once it decrypts and while it has not expired. */
  const sessionIdOf = async (token) => {
    const now = Date.now() / 1000;
    const seen = known.get(token);
    if (seen) return seen.exp > now ? seen.sid : null;
    if (!secret) return null;
    let payload = null;
    try {
      payload = await decode({ token, secret, salt: name });
    } catch {
      return null; // tampered, expired, made up, or signed with another secret
    }
    const sid = typeof payload?.sid === "string" ? payload.sid : null;
    const exp = typeof payload?.exp === "number" ? payload.exp : 0;
    if (!sid || exp <= now) return null;
    if (known.size >= MAX_KNOWN_TOKENS) known.delete(known.keys().next().value);
    known.set(token, { sid, exp });
    return sid;
  };

  return async (cookieHeader) => {
    const token = sessionTokenFrom(cookieHeader ?? "", name);
    if (!token) return false;
    const sid = await sessionIdOf(token);
    if (!sid) return false;
    try {
      return await live(sid);
    } catch (error) {
      // Not proven is the safe answer: the request gets what a visitor gets.
      console.error(
        `[member-proof] cannot read the session (${error instanceof Error ? error.message : error}): members get the visitors' copy until PostgreSQL answers. Check DATABASE_URL.`,
      );
      return false;
    }
  };
}

/**
 * This process's check, configured from the environment (AUTH_SECRET, APP_URL, DATABASE_URL).
 * @returns {(cookieHeader: string | undefined) => Promise<boolean>}
 */
export function memberProof() {
  const store = /** @type {any} */ (globalThis);
  store[GLOBAL] ??= createMemberProof({
    secret: process.env.AUTH_SECRET,
    secure: (process.env.APP_URL ?? "").startsWith("https://"),
    databaseUrl: process.env.DATABASE_URL,
  });
  return store[GLOBAL];
}
