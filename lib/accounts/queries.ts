import "server-only";
import type { CurrentUser } from "@/lib/auth/guard";
import { type Permission, permissionsOf, type Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { unreadNotificationCount } from "@/lib/notifications/queries";

/**
 * The personal part of every page's header, and what the browser needs to show a member the
 * links of pages shared with visitors (decision 013): their name, unread notifications and the
 * permissions of their role (the public permission table, nothing else about them). `firstVisit`
 * (asked with `welcome`: the home page's greeting) says whether this is their first session.
 */
export type MemberHeader = { name: string; unread: number; permissions: Permission[]; firstVisit?: boolean };

export async function memberHeader(user: CurrentUser, { welcome = false } = {}): Promise<MemberHeader> {
  const [unread, firstVisit] = await Promise.all([
    unreadNotificationCount(user.id),
    welcome ? isFirstSession(user.id, user.sessionId) : undefined,
  ]);
  return {
    name: user.name,
    unread,
    permissions: permissionsOf(user.role).map((p) => p.permission),
    ...(firstVisit === undefined ? {} : { firstVisit }),
  };
}

export async function getAccount(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      role: true,
      country: true,
      locale: true,
      createdAt: true,
      organisation: { select: { name: true } },
      membershipRequests: { where: { status: "PENDING" }, select: { organisation: { select: { name: true } } } },
    },
  });
}

export async function listMySessions(userId: string) {
  return db.session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true },
  });
}

/**
 * The account page's content for its owner (decision 013: the page is a shell shared by every
 * member, filled in from GET /api/account, or from the server when it renders the page itself).
 * Only what the page shows: no password hash, no tokens, no other person's data.
 */
export type AccountView = {
  name: string;
  email: string;
  role: Role;
  createdAt: string;
  organisation: string | null;
  /** The organisation a membership request is waiting for, if any. */
  pendingOrganisation: string | null;
  profile: { name: string; country: string; locale: string };
  sessions: { id: string; userAgent: string | null; createdAt: string; lastSeenAt: string; current: boolean }[];
};

export async function accountView(user: { id: string; sessionId: string }): Promise<AccountView> {
  const [account, sessions] = await Promise.all([getAccount(user.id), listMySessions(user.id)]);
  return {
    name: account.name,
    email: account.email,
    role: account.role,
    createdAt: account.createdAt.toISOString(),
    organisation: account.organisation?.name ?? null,
    pendingOrganisation: account.membershipRequests[0]?.organisation.name ?? null,
    profile: { name: account.name, country: account.country, locale: account.locale },
    sessions: sessions.map((s) => ({
      id: s.id,
      userAgent: s.userAgent,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      current: s.id === user.sessionId,
    })),
  };
}

/**
 * Whether this session is the person's first login ever: the home page then says "Welcome", not
 * "Welcome back". Marked on the session at login, since ended sessions are deleted after a while
 * (lib/housekeeping.ts). Only the person's own session counts.
 */
export async function isFirstSession(userId: string, sessionId: string): Promise<boolean> {
  const session = await db.session.findFirst({ where: { id: sessionId, userId }, select: { isFirst: true } });
  return session?.isFirst ?? false;
}
