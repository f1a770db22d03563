import "server-only";
import type { CurrentUser } from "@/lib/auth/guard";
import { type Permission, permissionsOf, type Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { unreadNotificationCount } from "@/lib/forum/queries";

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
 * Whether this session is the person's first login ever (sessions are kept, revoked or expired,
 * until the account is deleted): the home page then says "Welcome", not "Welcome back".
 */
export async function isFirstSession(userId: string, sessionId: string): Promise<boolean> {
  const first = await db.session.findFirst({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return first?.id === sessionId;
}

/** "Download my data" (GDPR art. 15/20): everything stored about the person, minus secrets. */
export async function exportMyData(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      status: true,
      suspendedReason: true,
      suspendedUntil: true,
      country: true,
      locale: true,
      emailVerifiedAt: true,
      lastLoginAt: true,
      createdAt: true,
      updatedAt: true,
      organisation: { select: { name: true, country: true } },
      membershipRequests: { select: { status: true, createdAt: true, decidedAt: true, organisation: { select: { name: true } } } },
      sessions: { select: { createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true, userAgent: true } },
      forumSuspendedUntil: true,
      forumSuspendedReason: true,
      forumDigest: true,
      forumTopics: { select: { id: true, title: true, tags: true, createdAt: true } },
      forumPosts: {
        orderBy: { createdAt: "asc" },
        select: { id: true, topicId: true, number: true, text: true, createdAt: true, editedAt: true, hiddenAt: true, hiddenReason: true },
      },
      forumReactions: { select: { postId: true, kind: true, createdAt: true } },
      forumFlags: { select: { postId: true, reason: true, note: true, status: true, createdAt: true } },
      forumSubscriptions: { select: { topicId: true, categoryId: true, active: true, createdAt: true } },
      initiativesSuggested: {
        orderBy: { createdAt: "asc" },
        select: { slug: true, name: true, status: true, rejectionReason: true, createdAt: true },
      },
      notifications: {
        orderBy: { createdAt: "asc" },
        select: {
          kind: true,
          topicId: true,
          postId: true,
          initiativeId: true,
          practiceId: true,
          data: true,
          readAt: true,
          createdAt: true,
        },
      },
      // Good practice: what this person started, adopted (with their private checklist and notes) and commented.
      practicesCreated: { select: { id: true, slug: true, status: true, createdAt: true } },
      adoptions: {
        orderBy: { createdAt: "asc" },
        select: {
          practice: { select: { slug: true } },
          libraryName: true,
          country: true,
          city: true,
          checklist: true,
          notes: true,
          plannedFor: true,
          status: true,
          whatChanged: true,
          outcomeStory: true,
          completedAt: true,
          createdAt: true,
        },
      },
      reviewComments: { orderBy: { createdAt: "asc" }, select: { practiceId: true, field: true, body: true, createdAt: true } },
    },
  });
  const actions = await db.auditLog.findMany({
    where: { OR: [{ actorId: userId }, { targetType: "User", targetId: userId }] },
    orderBy: { createdAt: "asc" },
    select: { action: true, createdAt: true, data: true },
  });
  return { exportedAt: new Date().toISOString(), format: "e-panema-account-export/1", user, auditTrail: actions };
}
