"use server";

import { AuthError } from "next-auth";
import { getLocale } from "next-intl/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { authAction, publicAction } from "@/lib/action-client";
import { isSuspended } from "@/lib/accounts/login";
import { signIn, signOut } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type ActionResult, AppError } from "@/lib/errors";
import { clientIp } from "@/lib/request";
import { assertCleanText, fieldErrorsOf, formFields, keepInput, toErrorResult } from "@/lib/result";
import {
  changePasswordSchema,
  deleteAccountSchema,
  forgotPasswordSchema,
  loginSchema,
  profileSchema,
  registerSchema,
  resetPasswordSchema,
  safeNextPath,
  sessionIdSchema,
  verifyEmailSchema,
} from "./schemas";
import * as accounts from "./service";
import { MEMBER_HINT_COOKIE } from "@/lib/security/member-hint.mjs";

export async function loginAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const locale = await getLocale();
  const input = formFields(formData);
  try {
    assertCleanText({ email: input.email, password: input.password });
  } catch (error) {
    return keepInput(formData, toErrorResult(error));
  }
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success)
    return keepInput(formData, { ok: false, code: "INVALID", error: "errors.INVALID", fieldErrors: fieldErrorsOf(parsed.error) });
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) return keepInput(formData, toErrorResult(error));
    const key =
      "code" in error && typeof error.code === "string" && error.code.startsWith("errors.") ? error.code : "errors.invalidCredentials";
    if (key === "errors.suspended") {
      // The password was right, so the person may learn why they cannot enter.
      const user = await db.user.findUnique({
        where: { email: parsed.data.email },
        select: { status: true, suspendedUntil: true, suspendedReason: true },
      });
      if (user && isSuspended(user)) {
        return keepInput(formData, {
          ok: false,
          code: "FORBIDDEN",
          error: user.suspendedUntil ? "errors.suspendedUntil" : "errors.suspendedIndefinitely",
          values: { until: user.suspendedUntil?.toISOString() ?? "", reason: user.suspendedReason ?? "" },
        });
      }
    }
    const code = key === "errors.RATE_LIMITED" ? "RATE_LIMITED" : key === "errors.invalidCredentials" ? "INVALID" : "FORBIDDEN";
    return keepInput(formData, { ok: false, code, error: key });
  }
  redirect(safeNextPath(input.next) ?? `/${locale}`);
}

export const registerAction = publicAction
  .schema(registerSchema)
  .formAction(async ({ input }) => accounts.register(input, await clientIp()));

/**
 * The confirm button of the verify-email page. Opening the link only shows the button: mail
 * scanners and link previews fetch links, and a GET must not use up the token.
 */
export const verifyEmailAction = publicAction.schema(verifyEmailSchema).formAction(async ({ input }) => {
  if (!(await accounts.verifyEmailToken(input.token))) throw new AppError("INVALID", { message: "auth.verifyFailed" });
  return null;
});

export const resendVerificationAction = publicAction.schema(forgotPasswordSchema).formAction(async ({ input }) => {
  await accounts.resendVerification(input.email, await clientIp());
  return null;
});

export const forgotPasswordAction = publicAction.schema(forgotPasswordSchema).formAction(async ({ input }) => {
  await accounts.requestPasswordReset(input.email, await clientIp());
  return null;
});

export const resetPasswordAction = publicAction.schema(resetPasswordSchema).formAction(async ({ input }) => {
  await accounts.resetPassword(input, await clientIp());
  return null;
});

export async function logoutAction(): Promise<void> {
  const locale = await getLocale();
  const user = await getCurrentUser();
  if (user) await accounts.endSession(user);
  await signOut({ redirect: false });
  // The member hint goes with the session (decision 013): the next page, shared or not, is a visitor's.
  (await cookies()).delete(MEMBER_HINT_COOKIE);
  redirect(`/${locale}`);
}

const member = authAction("account.manage");

export const updateProfileAction = member.schema(profileSchema).formAction(async ({ input, user }) => {
  await accounts.updateProfile(user, input);
  return null;
});

export const changePasswordAction = member.schema(changePasswordSchema).formAction(async ({ input, user }) => {
  await accounts.changePassword(user, input);
  return null;
});

export const revokeSessionAction = member.schema(sessionIdSchema).action(async ({ input, user }) => {
  await accounts.revokeSession(user, input.sessionId);
  return null;
});

export const revokeOtherSessionsAction = member.action(async ({ user }) => {
  await accounts.revokeOtherSessions(user);
  return null;
});

const deleteAccount = member.schema(deleteAccountSchema).formAction(async ({ input, user }) => {
  await accounts.deleteAccount(user, input);
  return null;
});

export async function deleteAccountAction(previous: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const result = await deleteAccount(previous, formData);
  if (!result.ok) return result;
  await signOut({ redirect: false });
  redirect(`/${await getLocale()}?deleted=1`);
}
