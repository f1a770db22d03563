import "server-only";
import { randomBytes } from "node:crypto";
import { toSlug } from "@/lib/slug";
import { audit } from "@/lib/audit";
import { revalidateArea } from "@/lib/cache/revalidate";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { InitiativeStatus, Prisma } from "@/lib/generated/prisma/client";
import { enqueueSearchUpdate } from "@/lib/search/outbox";
import { publicPlace } from "./geo";
import { invalidatePublicInitiatives } from "./public-cache";
import { sendInitiativeMail } from "./mails";
import { canReview, editableWhere, publishesDirectly, rolesWith } from "./policy";
import type { InitiativeInput } from "./schemas";
import { INITIATIVE_SEARCH_TYPE } from "./search-type";
import { overdueBefore } from "./vocabulary";

// Every write of the initiatives map. Actions check the permission (lib/action-client.ts); the
// service re-checks ownership in the `where` of each write, recomputes the public place from the
// exact one, and writes the audit entry and the search outbox row in the same transaction.

type Tx = Prisma.TransactionClient;

/**
 * Runs a write transaction, then empties this instance's public GeoJSON cache and drops the map's
 * cached visitor pages on every instance (decision 011).
 */
async function write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await db.$transaction(fn);
  invalidatePublicInitiatives();
  revalidateArea("map");
  return result;
}
type Actor = Pick<CurrentUser, "id" | "role" | "organisationId">;

/** "Café des langues — Rīga" → "cafe-des-langues-riga" (lib/slug.ts). */
export function slugify(text: string): string {
  return toSlug(text, 70) || "initiative";
}

async function freeSlug(tx: Tx, name: string, city: string): Promise<string> {
  const base = slugify(`${name} ${city}`);
  const taken = await tx.initiative.findUnique({ where: { slug: base }, select: { id: true } });
  // A race between two identical names ends in P2002 → CONFLICT: the person saves again.
  return taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
}

/** The stored columns from the validated input: public place computed here, never typed. */
function columns(input: InitiativeInput) {
  const website = input.website;
  return {
    name: input.name,
    type: input.type,
    organisationId: input.organisationId,
    hostName: input.organisationId ? "" : input.hostName,
    country: input.country,
    city: input.city,
    cityId: input.cityId,
    address: input.address,
    lat: input.lat,
    lng: input.lng,
    sensitive: input.sensitive,
    ...publicPlace({ lat: input.lat, lng: input.lng, address: input.address, sensitive: input.sensitive }),
    languages: input.languages,
    targetGroups: input.targetGroups,
    schedule: input.schedule,
    contact: input.contact,
    website,
    description: input.description,
    lang: input.lang,
  };
}

async function assertOrganisation(tx: Tx, organisationId: string | null): Promise<void> {
  if (!organisationId) return;
  const found = await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
  if (!found) throw AppError.field("organisationId", "validation.invalid");
}

export type SavedInitiative = { id: string; slug: string; status: InitiativeStatus };

/**
 * A member's suggestion (waits for review), or — for a partner writing for their own organisation,
 * or a coordinator — an initiative published at once.
 */
export async function submitInitiative(user: Actor, input: InitiativeInput): Promise<SavedInitiative> {
  if (!can(user, "initiatives.suggest")) throw new AppError("FORBIDDEN");
  return write(async (tx) => {
    await assertOrganisation(tx, input.organisationId);
    const published = publishesDirectly(user, input.organisationId);
    const now = new Date();
    const row = await tx.initiative.create({
      data: {
        ...columns(input),
        slug: await freeSlug(tx, input.name, input.city),
        status: published ? "PUBLISHED" : "SUGGESTED",
        publishedAt: published ? now : null,
        lastVerifiedAt: now,
        suggestedById: user.id,
      },
      select: { id: true, slug: true, status: true },
    });
    await audit(
      {
        actorId: user.id,
        action: published ? "initiative.create" : "initiative.suggest",
        targetType: "Initiative",
        targetId: row.id,
        data: { name: input.name },
      },
      tx,
    );
    await enqueueSearchUpdate(tx, INITIATIVE_SEARCH_TYPE, row.id);
    return row;
  });
}

/**
 * Saves an edit. Ownership is in the `where`: a partner's update of another organisation's
 * initiative matches no row and answers NOT_FOUND, however the request was made. Partners cannot
 * move an initiative to another organisation. Saving counts as verifying it.
 */
export async function updateInitiative(user: Actor, id: string, input: InitiativeInput): Promise<SavedInitiative> {
  const where = editableWhere(user);
  if (!where) throw new AppError("FORBIDDEN");
  return write(async (tx) => {
    const current = await tx.initiative.findFirst({ where: { id, ...where }, select: { id: true, organisationId: true } });
    if (!current) throw new AppError("NOT_FOUND");
    const organisationId = can(user, "initiatives.edit:any") ? input.organisationId : current.organisationId;
    if (organisationId !== current.organisationId) await assertOrganisation(tx, organisationId);
    const { count } = await tx.initiative.updateMany({
      where: { id, ...where },
      data: { ...columns({ ...input, organisationId }), lastVerifiedAt: new Date(), overdueNotifiedAt: null },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    const row = await tx.initiative.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, status: true } });
    await audit({ actorId: user.id, action: "initiative.update", targetType: "Initiative", targetId: id, data: { name: input.name } }, tx);
    await enqueueSearchUpdate(tx, INITIATIVE_SEARCH_TYPE, id);
    return row;
  });
}

/** "Still accurate": resets the 12-month clock (owner partner or coordinator). */
export async function verifyInitiative(user: Actor, id: string): Promise<void> {
  const where = editableWhere(user);
  if (!where) throw new AppError("FORBIDDEN");
  await write(async (tx) => {
    const { count } = await tx.initiative.updateMany({
      where: { id, ...where, status: "PUBLISHED" },
      data: { lastVerifiedAt: new Date(), overdueNotifiedAt: null },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await audit({ actorId: user.id, action: "initiative.verify", targetType: "Initiative", targetId: id }, tx);
  });
}

/** Takes a published initiative off the map (owner partner or coordinator). */
export async function archiveInitiative(user: Actor, id: string): Promise<void> {
  const where = editableWhere(user);
  if (!where) throw new AppError("FORBIDDEN");
  await write(async (tx) => {
    const { count } = await tx.initiative.updateMany({ where: { id, ...where, status: "PUBLISHED" }, data: { status: "ARCHIVED" } });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await audit({ actorId: user.id, action: "initiative.archive", targetType: "Initiative", targetId: id }, tx);
    await enqueueSearchUpdate(tx, INITIATIVE_SEARCH_TYPE, id);
  });
}

/** Puts an archived initiative back on the map. */
export async function restoreInitiative(user: Actor, id: string): Promise<void> {
  const where = editableWhere(user);
  if (!where) throw new AppError("FORBIDDEN");
  await write(async (tx) => {
    const { count } = await tx.initiative.updateMany({ where: { id, ...where, status: "ARCHIVED" }, data: { status: "PUBLISHED" } });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await audit({ actorId: user.id, action: "initiative.restore", targetType: "Initiative", targetId: id }, tx);
    await enqueueSearchUpdate(tx, INITIATIVE_SEARCH_TYPE, id);
  });
}

type Decided = { id: string; slug: string; name: string; suggestedById: string | null };

async function decide(user: Actor, id: string, status: "PUBLISHED" | "REJECTED", reason: string): Promise<Decided> {
  if (!canReview(user)) throw new AppError("FORBIDDEN");
  const now = new Date();
  const decided = await write(async (tx) => {
    // Only a waiting suggestion can be decided: a second coordinator's click finds nothing.
    const { count } = await tx.initiative.updateMany({
      where: { id, status: "SUGGESTED" },
      data:
        status === "PUBLISHED"
          ? { status, publishedAt: now, reviewedById: user.id, reviewedAt: now, lastVerifiedAt: now, rejectionReason: "" }
          : { status, reviewedById: user.id, reviewedAt: now, rejectionReason: reason },
    });
    if (count !== 1) throw new AppError("CONFLICT", { message: "errors.initiativeAlreadyReviewed" });
    const row = await tx.initiative.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, name: true, suggestedById: true } });
    if (row.suggestedById && row.suggestedById !== user.id) {
      await tx.notification.create({
        data: {
          userId: row.suggestedById,
          kind: status === "PUBLISHED" ? "INITIATIVE_APPROVED" : "INITIATIVE_REJECTED",
          actorId: user.id,
          initiativeId: id,
          data: status === "REJECTED" ? { reason } : undefined,
        },
      });
    }
    await audit(
      {
        actorId: user.id,
        action: status === "PUBLISHED" ? "initiative.approve" : "initiative.reject",
        targetType: "Initiative",
        targetId: id,
        data: status === "REJECTED" ? { name: row.name, reason } : { name: row.name },
      },
      tx,
    );
    await enqueueSearchUpdate(tx, INITIATIVE_SEARCH_TYPE, id);
    return row;
  });
  // After the commit: a mail failure never undoes the decision.
  if (decided.suggestedById && decided.suggestedById !== user.id) {
    await sendInitiativeMail(decided.suggestedById, status === "PUBLISHED" ? "approved" : "rejected", {
      name: decided.name,
      slug: decided.slug,
      reason,
    });
  }
  return decided;
}

export function approveInitiative(user: Actor, id: string) {
  return decide(user, id, "PUBLISHED", "");
}

export function rejectInitiative(user: Actor, id: string, reason: string) {
  return decide(user, id, "REJECTED", reason);
}

// ─── verification reminders ────────────────────────────────────────────────────────────────

export type OverdueRound = { initiatives: number; notifications: number };

/**
 * Flags initiatives not verified for 12 months, once each until they are verified again: every
 * member of the host organisation who may edit it gets a notification (and an email in their
 * language), and every coordinator one summary notification per round that found new ones.
 */
export async function flagOverdueInitiatives(now = new Date()): Promise<OverdueRound> {
  const before = overdueBefore(now);
  const editors = rolesWith("initiatives.edit:own");
  const reviewers = rolesWith("initiatives.review");
  const mails: { userId: string; name: string; slug: string }[] = [];
  const result = await write(async (tx) => {
    // Claimed with a conditional update, so two instances never flag the same initiative twice.
    const flagged = await tx.$queryRaw<{ id: string; slug: string; name: string; organisationId: string | null }[]>`
      UPDATE "Initiative" SET "overdueNotifiedAt" = ${now}
      WHERE id IN (
        SELECT id FROM "Initiative"
        WHERE status = 'PUBLISHED' AND "lastVerifiedAt" < ${before} AND "overdueNotifiedAt" IS NULL
        ORDER BY id LIMIT 1000 FOR UPDATE SKIP LOCKED)
      RETURNING id, slug, name, "organisationId"`;
    if (flagged.length === 0) return { initiatives: 0, notifications: 0 };
    const orgIds = [...new Set(flagged.map((f) => f.organisationId).filter((id): id is string => !!id))];
    const members = await tx.user.findMany({
      where: { organisationId: { in: orgIds }, role: { in: editors }, status: "ACTIVE" },
      select: { id: true, organisationId: true },
    });
    const data: Prisma.NotificationCreateManyInput[] = [];
    for (const f of flagged) {
      for (const m of members.filter((u) => u.organisationId === f.organisationId)) {
        data.push({ userId: m.id, kind: "INITIATIVE_OVERDUE", initiativeId: f.id });
        mails.push({ userId: m.id, name: f.name, slug: f.slug });
      }
    }
    const coordinators = await tx.user.findMany({ where: { role: { in: reviewers }, status: "ACTIVE" }, select: { id: true } });
    for (const c of coordinators) data.push({ userId: c.id, kind: "INITIATIVE_OVERDUE", data: { count: flagged.length } });
    await tx.notification.createMany({ data });
    return { initiatives: flagged.length, notifications: data.length };
  });
  for (const m of mails) await sendInitiativeMail(m.userId, "overdue", { name: m.name, slug: m.slug, reason: "" });
  return result;
}

const globalForOverdue = globalThis as unknown as { epanemaOverdueTimer?: ReturnType<typeof setInterval> };

/** Hourly round in every instance (instrumentation.ts); the conditional update keeps it idempotent. */
export function startOverdueTimer(): void {
  if (globalForOverdue.epanemaOverdueTimer || process.env.NEXT_PHASE === "phase-production-build") return;
  const round = () =>
    flagOverdueInitiatives().catch((error) =>
      console.error("[initiatives] overdue round failed (retried next hour):", (error as Error).message),
    );
  const first = setTimeout(round, 60_000);
  first.unref?.();
  globalForOverdue.epanemaOverdueTimer = setInterval(round, 3_600_000);
  globalForOverdue.epanemaOverdueTimer.unref?.();
}
