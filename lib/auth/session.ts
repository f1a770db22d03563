import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { isSuspended } from "@/lib/accounts/login";
import { db } from "@/lib/db";
import { env, secureCookies } from "@/lib/env";
import type { Role } from "./permissions";

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  country: string;
  locale: string;
  organisationId: string | null;
  organisationName: string | null;
  sessionId: string;
};

const LAST_SEEN_PRECISION_MS = 5 * 60_000;

// Auth.js's session cookie (lib/auth/config.ts: useSecureCookies), split into .0, .1… when large.
const SESSION_COOKIE = `${secureCookies ? "__Secure-" : ""}authjs.session-token`;

/**
 * Verified tokens, by their exact text: a token's signature and expiry do not change, so it is
 * decrypted once per process, not on every request. Revocation does not depend on this: the
 * session row is read on every request.
 */
const verifiedTokens = new Map<string, { sid: string; exp: number }>();
const MAX_VERIFIED = 10_000;

/**
 * The session id in the request's session cookie, once the token is verified (the same decode
 * Auth.js uses, with the cookie name as salt). Reading it directly instead of through `auth()`
 * skips a trip through Auth.js's request handler and the re-encryption of a cookie that a page
 * cannot set anyway: about 2 ms of CPU on every page a member opens (docs/performance.md).
 */
async function sessionIdFromCookie(): Promise<string | null> {
  const jar = await cookies();
  const chunks = jar
    .getAll()
    .filter((c) => c.name === SESSION_COOKIE || c.name.startsWith(`${SESSION_COOKIE}.`))
    .map((c) => ({ index: c.name === SESSION_COOKIE ? -1 : Number(c.name.slice(SESSION_COOKIE.length + 1)), value: c.value }))
    .filter((c) => Number.isInteger(c.index))
    .sort((a, b) => a.index - b.index);
  const token = chunks.map((c) => c.value).join("");
  if (!token) return null;
  const now = Date.now() / 1000;
  const known = verifiedTokens.get(token);
  if (known) return known.exp > now ? known.sid : null;
  let payload: { sid?: unknown; exp?: unknown } | null = null;
  try {
    if (!env.AUTH_SECRET) return null;
    payload = await decode({ token, secret: env.AUTH_SECRET, salt: SESSION_COOKIE });
  } catch {
    return null; // tampered, expired, or signed with another secret
  }
  const sid = typeof payload?.sid === "string" ? payload.sid : null;
  const exp = typeof payload?.exp === "number" ? payload.exp : 0;
  if (!sid || exp <= now) return null;
  if (verifiedTokens.size >= MAX_VERIFIED) verifiedTokens.delete(verifiedTokens.keys().next().value as string);
  verifiedTokens.set(token, { sid, exp });
  return sid;
}

type SessionRow = {
  id: string;
  revokedAt: Date | null;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  name: string;
  email: string;
  role: Role;
  status: string;
  suspendedUntil: Date | null;
  country: string;
  locale: string;
  emailVerifiedAt: Date | null;
  organisationId: string | null;
  organisationName: string | null;
};

/**
 * The signed-in user for this request, or null. Reads the session row and the user on
 * every request (once per request thanks to `cache`), in one query: a revoked session, a
 * suspension or a role change counts immediately.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const sid = await sessionIdFromCookie();
  if (!sid) return null;
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT s.id, s."revokedAt", s."expiresAt", s."lastSeenAt", u.id AS "userId", u.name, u.email, u.role::text AS role,
      u.status::text AS status, u."suspendedUntil", u.country, u.locale, u."emailVerifiedAt",
      o.id AS "organisationId", o.name AS "organisationName"
    FROM "Session" s JOIN "User" u ON u.id = s."userId" LEFT JOIN "Organisation" o ON o.id = u."organisationId"
    WHERE s.id = ${sid}`;
  const now = new Date();
  if (!row || row.revokedAt || row.expiresAt <= now) return null;
  if (isSuspended(row, now) || !row.emailVerifiedAt) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_PRECISION_MS) {
    // Coarse "last seen" for the sessions list; never blocks the request on failure.
    db.session.update({ where: { id: row.id }, data: { lastSeenAt: now } }).catch(() => {});
  }
  return {
    id: row.userId,
    name: row.name,
    email: row.email,
    role: row.role,
    country: row.country,
    locale: row.locale,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    sessionId: row.id,
  };
});
