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

export async function getUserForAdmin(id: string, locale: string) {
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
    select: auditSelect,
  });
  return { ...user, activeSessions: user._count.sessions, history: await describeAudit(history, locale) };
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

export async function listAudit(filter: z.infer<typeof auditFilterSchema>, locale: string) {
  const where: Prisma.AuditLogWhereInput = filter.action ? { action: filter.action } : {};
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: auditSelect,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), entries: await describeAudit(rows, locale) };
}

/** The action names present in the log (for the filter: known ones get their label, others show as written). */
export async function listAuditActionsInUse(): Promise<string[]> {
  const rows = await db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}

const auditSelect = {
  id: true,
  action: true,
  targetType: true,
  targetId: true,
  data: true,
  createdAt: true,
  actor: { select: { id: true, name: true } },
} satisfies Prisma.AuditLogSelect;

type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof auditSelect }>;

/** What an audit entry points at, by name: null name = it no longer exists. */
export type AuditTarget =
  | { kind: "user"; id: string; name: string | null }
  | { kind: "page"; id: string; name: string | null; slug: string | null; live: boolean }
  | { kind: "topic"; id: string; name: string | null }
  | { kind: "post"; id: string; name: string | null; number: number | null }
  | { kind: "forumSettings" }
  | { kind: "other"; type: string; id: string | null };

export type AuditEntryView = {
  id: string;
  action: string;
  createdAt: Date;
  actor: { id: string; name: string } | null;
  target: AuditTarget | null;
  /** The entry's details (a JSON object as written), or null. */
  data: Record<string, unknown> | null;
  /** Names of what the details refer to by id: organisations, forum categories, posts. */
  names: Record<string, { name: string; number?: number }>;
};

const ids = (values: (string | null | undefined)[]) => [
  ...new Set(values.filter((v): v is string => typeof v === "string" && v.length > 0)),
];
const asObject = (v: Prisma.JsonValue): Record<string, unknown> | null =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/**
 * Audit rows as a person reads them: the actor and the target by name (a few batched lookups per
 * page, whatever the number of rows), plus the names of organisations, categories and posts the
 * details mention by id. Ids stay ids only when the thing is gone.
 */
export async function describeAudit(rows: AuditRow[], locale: string): Promise<AuditEntryView[]> {
  const ofType = (type: string) => ids(rows.filter((r) => r.targetType === type).map((r) => r.targetId));
  const fromData = (key: string) => ids(rows.map((r) => asObject(r.data)?.[key] as string | undefined));
  const topicMoves = rows.filter((r) => r.action === "forum.topic.move").map((r) => asObject(r.data));
  const [users, pages, topics, posts, organisations, categories] = await Promise.all([
    db.user.findMany({ where: { id: { in: ofType("User") } }, select: { id: true, name: true } }),
    db.knowledgePage.findMany({
      where: { id: { in: ofType("KnowledgePage") } },
      select: {
        id: true,
        slug: true,
        status: true,
        firstPublishedAt: true,
        sourceLocale: true,
        translations: { where: { locale: { in: [locale] } }, select: { locale: true, title: true } },
      },
    }),
    db.forumTopic.findMany({ where: { id: { in: ofType("ForumTopic") } }, select: { id: true, title: true } }),
    db.forumPost.findMany({
      where: { id: { in: [...ofType("ForumPost"), ...fromData("postId")] } },
      select: { id: true, number: true, topic: { select: { title: true } } },
    }),
    db.organisation.findMany({ where: { id: { in: fromData("organisationId") } }, select: { id: true, name: true } }),
    db.forumCategory.findMany({
      where: { id: { in: ids(topicMoves.flatMap((d) => [d?.from as string, d?.to as string])) } },
      select: { id: true, name: true },
    }),
  ]);
  // Page titles: in the reader's language when there is one, else in the page's own language.
  const sourceTitles = await db.pageTranslation.findMany({
    where: { pageId: { in: pages.filter((p) => p.translations.length === 0).map((p) => p.id) } },
    select: { pageId: true, locale: true, title: true },
  });
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const pageById = new Map(pages.map((p) => [p.id, p]));
  const topicTitle = new Map(topics.map((t) => [t.id, t.title]));
  const postById = new Map(posts.map((p) => [p.id, p]));
  const names: AuditEntryView["names"] = {};
  for (const o of organisations) names[o.id] = { name: o.name };
  for (const c of categories) names[c.id] = { name: localisedName(c.name, locale) };
  for (const p of posts) names[p.id] = { name: p.topic.title, number: p.number };

  const targetOf = (r: AuditRow): AuditTarget | null => {
    if (!r.targetType) return null;
    const id = r.targetId ?? "";
    switch (r.targetType) {
      case "User":
        return { kind: "user", id, name: userName.get(id) ?? null };
      case "KnowledgePage": {
        const page = pageById.get(id);
        const title =
          page?.translations[0]?.title ??
          sourceTitles.find((t) => t.pageId === id && t.locale === page?.sourceLocale)?.title ??
          page?.slug ??
          null;
        return {
          kind: "page",
          id,
          name: title,
          slug: page?.slug ?? null,
          live: Boolean(page?.firstPublishedAt) && page?.status !== "ARCHIVED",
        };
      }
      case "ForumTopic":
        return { kind: "topic", id, name: topicTitle.get(id) ?? null };
      case "ForumPost": {
        const post = postById.get(id);
        return { kind: "post", id, name: post?.topic.title ?? null, number: post?.number ?? null };
      }
      case "ForumSettings":
        return { kind: "forumSettings" };
      default:
        return { kind: "other", type: r.targetType, id: r.targetId };
    }
  };

  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    createdAt: r.createdAt,
    actor: r.actor ? { id: r.actor.id, name: r.actor.name } : null,
    target: targetOf(r),
    data: asObject(r.data),
    names,
  }));
}

function localisedName(value: Prisma.JsonValue, locale: string): string {
  const map = asObject(value);
  const pick = map?.[locale] ?? map?.en ?? (map ? Object.values(map)[0] : value);
  return typeof pick === "string" ? pick : "";
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
