import "server-only";
import { cache } from "react";
import { isSuspended } from "@/lib/accounts/login";
import { db } from "@/lib/db";
import type { Role } from "./permissions";
import { auth } from "./config";

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

/**
 * The signed-in user for this request, or null. Reads the session row and the user on
 * every request (once per request thanks to `cache`): a revoked session, a suspension or
 * a role change counts immediately.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const sid = session?.sid;
  if (!sid) return null;
  const row = await db.session.findUnique({
    where: { id: sid },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastSeenAt: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          status: true,
          suspendedUntil: true,
          country: true,
          locale: true,
          emailVerifiedAt: true,
          organisation: { select: { id: true, name: true } },
        },
      },
    },
  });
  const now = new Date();
  if (!row || row.revokedAt || row.expiresAt <= now) return null;
  const u = row.user;
  if (isSuspended(u, now) || !u.emailVerifiedAt) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_PRECISION_MS) {
    // Coarse "last seen" for the sessions list; never blocks the request on failure.
    db.session.update({ where: { id: row.id }, data: { lastSeenAt: now } }).catch(() => {});
  }
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    country: u.country,
    locale: u.locale,
    organisationId: u.organisation?.id ?? null,
    organisationName: u.organisation?.name ?? null,
    sessionId: row.id,
  };
});
