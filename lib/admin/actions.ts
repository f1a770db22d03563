"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guard";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { type ActionResult, AppError } from "@/lib/errors";
import { formFields, keepInput, parseOrThrow, runAction } from "@/lib/result";
import { changeRoleSchema, decideMembershipSchema, suspendUserSchema, userIdSchema } from "./schemas";

/** Admins cannot lock themselves out; another admin has to do it. */
function refuseSelf(actorId: string, userId: string) {
  if (actorId === userId) throw new AppError("CONFLICT", "errors.selfChange");
}

export async function changeRoleAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requirePermission("users.manage");
    const { userId, role } = parseOrThrow(changeRoleSchema, formFields(formData));
    refuseSelf(actor.id, userId);
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
    revalidatePath("/[locale]/admin/users", "layout");
    return null;
  });
}

export async function suspendUserAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  return keepInput(
    formData,
    await runAction(async () => {
      const actor = await requirePermission("users.manage");
      const { userId, reason, until } = parseOrThrow(suspendUserSchema, formFields(formData));
      refuseSelf(actor.id, userId);
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
      revalidatePath("/[locale]/admin/users", "layout");
      return null;
    }),
  );
}

export async function unsuspendUserAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requirePermission("users.manage");
    const { userId } = parseOrThrow(userIdSchema, formFields(formData));
    await db.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id: userId },
        data: { status: "ACTIVE", suspendedReason: null, suspendedUntil: null },
      });
      if (count === 0) throw new AppError("NOT_FOUND");
      await audit({ actorId: actor.id, action: "user.unsuspend", targetType: "User", targetId: userId }, tx);
    });
    revalidatePath("/[locale]/admin/users", "layout");
    return null;
  });
}

/** Approving a membership links the user to the organisation and grants PARTNER (never lowers a higher role). */
export async function decideMembershipAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requirePermission("membership.review");
    const { requestId, decision } = parseOrThrow(decideMembershipSchema, formFields(formData));
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
      if (count === 0) throw new AppError("CONFLICT", "errors.alreadyDecided");
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
    // No revalidation: the decision stays visible in place; the list is fresh on the next visit.
    return null;
  });
}
