import "server-only";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";

// Every write of the administration screens. The actions check the permission; the rules that
// need the database (who the target is, what state it is in) live here, each write with its
// audit entry in one transaction.

type Actor = Pick<CurrentUser, "id">;

/** Admins cannot lock themselves out; another admin has to do it. */
function refuseSelf(actor: Actor, userId: string) {
  if (actor.id === userId) throw new AppError("CONFLICT", { message: "errors.selfChange" });
}

export async function changeRole(actor: Actor, userId: string, role: Role) {
  refuseSelf(actor, userId);
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.role === role) return;
    await tx.user.update({ where: { id: userId }, data: { role }, select: { id: true } });
    await audit(
      { actorId: actor.id, action: "user.role.change", targetType: "User", targetId: userId, data: { from: before.role, to: role } },
      tx,
    );
  });
}

export async function suspendUser(actor: Actor, input: { userId: string; reason: string; until?: Date | null }) {
  const { userId, reason, until } = input;
  refuseSelf(actor, userId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId },
      data: { status: "SUSPENDED", suspendedReason: reason, suspendedUntil: until ?? null },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    // End their sessions too; the per-request check would refuse them anyway.
    await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await audit(
      {
        actorId: actor.id,
        action: "user.suspend",
        targetType: "User",
        targetId: userId,
        data: { reason, until: until?.toISOString() ?? null },
      },
      tx,
    );
  });
}

export async function unsuspendUser(actor: Actor, userId: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId },
      data: { status: "ACTIVE", suspendedReason: null, suspendedUntil: null },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    await audit({ actorId: actor.id, action: "user.unsuspend", targetType: "User", targetId: userId }, tx);
  });
}

/** Approving a membership links the user to the organisation and grants PARTNER (never lowers a higher role). */
export async function decideMembership(actor: Actor, requestId: string, decision: "APPROVED" | "REJECTED") {
  await db.$transaction(async (tx) => {
    const request = await tx.membershipRequest.findUnique({
      where: { id: requestId },
      select: { userId: true, organisationId: true, status: true, user: { select: { role: true } } },
    });
    if (!request) throw new AppError("NOT_FOUND");
    // Conditional update: two admins deciding at once cannot both win.
    const { count } = await tx.membershipRequest.updateMany({
      where: { id: requestId, status: "PENDING" },
      data: { status: decision, decidedById: actor.id, decidedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "errors.alreadyDecided" });
    if (decision === "APPROVED") {
      await tx.user.update({
        where: { id: request.userId },
        data: { organisationId: request.organisationId, ...(request.user.role === "LIBRARIAN" ? { role: "PARTNER" as const } : {}) },
        select: { id: true },
      });
    }
    await audit(
      {
        actorId: actor.id,
        action: decision === "APPROVED" ? "membership.approve" : "membership.reject",
        targetType: "User",
        targetId: request.userId,
        data: { organisationId: request.organisationId, requestId },
      },
      tx,
    );
  });
}
