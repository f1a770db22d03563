"use server";

import { revalidatePath } from "next/cache";
import { authAction } from "@/lib/action-client";
import { changeRoleSchema, decideMembershipSchema, suspendUserSchema, userIdSchema } from "./schemas";
import * as admin from "./service";

const userManager = authAction("users.manage");
const revalidateUsers = () => revalidatePath("/[locale]/admin/users", "layout");

export const changeRoleAction = userManager.schema(changeRoleSchema).formAction(async ({ input, user }) => {
  await admin.changeRole(user, input.userId, input.role);
  revalidateUsers();
  return null;
});

export const suspendUserAction = userManager.schema(suspendUserSchema).formAction(async ({ input, user }) => {
  await admin.suspendUser(user, input);
  revalidateUsers();
  return null;
});

export const unsuspendUserAction = userManager.schema(userIdSchema).formAction(async ({ input, user }) => {
  await admin.unsuspendUser(user, input.userId);
  revalidateUsers();
  return null;
});

export const decideMembershipAction = authAction("membership.review")
  .schema(decideMembershipSchema)
  .formAction(async ({ input, user }) => {
    await admin.decideMembership(user, input.requestId, input.decision);
    // No revalidation: the decision stays visible in place; the list is fresh on the next visit.
    return null;
  });
