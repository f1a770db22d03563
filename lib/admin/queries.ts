import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { z } from "zod";
import type { auditFilterSchema, userFilterSchema } from "./schemas";

export const PAGE_SIZE = 25;

const userRow = {
  id: true,
  name: true,
  email: true,
  role: true,
  status: true,
  suspendedUntil: true,
  country: true,
  emailVerifiedAt: true,
  createdAt: true,
  lastLoginAt: true,
  organisation: { select: { name: true } },
} satisfies Prisma.UserSelect;

export async function listUsers(filter: z.infer<typeof userFilterSchema>) {
  const where: Prisma.UserWhereInput = {
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q
      ? { OR: [{ name: { contains: filter.q, mode: "insensitive" } }, { email: { contains: filter.q, mode: "insensitive" } }] }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      select: userRow,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    users: rows.map((u) => ({ ...u, organisationName: u.organisation?.name ?? null, organisation: undefined })),
  };
}

export async function getUserForAdmin(id: string) {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      ...userRow,
      suspendedReason: true,
      locale: true,
      _count: { select: { sessions: { where: { revokedAt: null, expiresAt: { gt: new Date() } } } } },
      membershipRequests: {
        select: { id: true, status: true, createdAt: true, organisation: { select: { name: true } } },
        orderBy: { createdAt: "desc" },
      },
    },
  });
  if (!user) return null;
  const history = await db.auditLog.findMany({
    where: { targetType: "User", targetId: id },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, action: true, data: true, createdAt: true, actor: { select: { name: true } } },
  });
  return { ...user, activeSessions: user._count.sessions, history };
}

export async function listPendingMemberships() {
  return db.membershipRequest.findMany({
    where: { status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true, country: true, emailVerifiedAt: true } },
      organisation: { select: { name: true, country: true } },
    },
  });
}

export async function listAudit(filter: z.infer<typeof auditFilterSchema>) {
  const where: Prisma.AuditLogWhereInput = filter.action ? { action: { startsWith: filter.action } } : {};
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, action: true, targetType: true, targetId: true, data: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), entries: rows };
}

/** Streams the whole audit log as CSV rows, oldest last, in batches (keyset pagination). */
export async function* auditCsvRows(): AsyncGenerator<string[]> {
  let cursor: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const batch: {
      id: string;
      action: string;
      targetType: string | null;
      targetId: string | null;
      data: Prisma.JsonValue;
      createdAt: Date;
      actorId: string | null;
    }[] = await db.auditLog.findMany({
      where: cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {},
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 500,
      select: { id: true, action: true, targetType: true, targetId: true, data: true, createdAt: true, actorId: true },
    });
    for (const r of batch) {
      yield [
        r.createdAt.toISOString(),
        r.action,
        r.actorId ?? "",
        r.targetType ?? "",
        r.targetId ?? "",
        r.data ? JSON.stringify(r.data) : "",
      ];
    }
    if (batch.length < 500) return;
    const last = batch[batch.length - 1];
    cursor = { createdAt: last.createdAt, id: last.id };
  }
}

export async function getDashboardFigures() {
  const [byRole, byCountry, pendingMemberships, suspended, organisations] = await Promise.all([
    db.user.groupBy({ by: ["role"], _count: { _all: true } }),
    db.user.groupBy({ by: ["country"], _count: { _all: true }, orderBy: { _count: { country: "desc" } }, take: 12 }),
    db.membershipRequest.count({ where: { status: "PENDING" } }),
    db.user.count({ where: { status: "SUSPENDED" } }),
    db.organisation.count(),
  ]);
  return {
    byRole: byRole.map((r) => ({ role: r.role, count: r._count._all })),
    byCountry: byCountry.map((r) => ({ country: r.country, count: r._count._all })),
    pendingMemberships,
    suspended,
    organisations,
    members: byRole.reduce((sum, r) => sum + r._count._all, 0),
  };
}
