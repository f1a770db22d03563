"use server";

import { AuthError } from "next-auth";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { isSuspended } from "@/lib/accounts/login";
import { signIn, signOut } from "@/lib/auth/config";
import { requirePermission } from "@/lib/auth/guard";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { getCurrentUser } from "@/lib/auth/session";
import { consumeToken, issueToken } from "@/lib/auth/tokens";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { type ActionResult, AppError } from "@/lib/errors";
import { limit } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request";
import { fieldErrorsOf, formFields, keepInput, parseOrThrow, runAction, toErrorResult } from "@/lib/result";
import { sendAlreadyRegisteredMail, sendPasswordResetMail, sendVerificationMail } from "./mails";
import {
  changePasswordSchema,
  deleteAccountSchema,
  forgotPasswordSchema,
  loginSchema,
  profileSchema,
  registerSchema,
  resetPasswordSchema,
} from "./schemas";

/** Only same-site paths, so `next` cannot send people elsewhere after login. */
function safeNext(next: unknown, locale: string) {
  return typeof next === "string" && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : `/${locale}`;
}

export async function loginAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const locale = await getLocale();
  const input = formFields(formData);
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
  redirect(safeNext(input.next, locale));
}

export async function registerAction(
  _prev: ActionResult<{ email: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ email: string }>> {
  return keepInput(
    formData,
    await runAction(async () => {
      const data = parseOrThrow(registerSchema, formFields(formData));
      const ip = await clientIp();
      await limit(`register:ip:${ip}`, env.RATE_LIMIT_REGISTER_IP_MAX);
      await limit(`register:email:${data.email}`, 3);

      const existing = await db.user.findUnique({ where: { email: data.email }, select: { name: true, email: true, locale: true } });
      if (existing) {
        // Same answer as a new registration, so the form does not reveal who is a member.
        await sendAlreadyRegisteredMail(existing);
        return { email: data.email };
      }
      const organisation = data.organisationId
        ? await db.organisation.findUnique({ where: { id: data.organisationId }, select: { id: true } })
        : null;
      if (data.organisationId && !organisation) throw new AppError("INVALID", "errors.INVALID", { organisationId: ["validation.invalid"] });

      const passwordHash = await hashPassword(data.password);
      const { user, token } = await db.$transaction(async (tx) => {
        const user = await tx.user.create({
          data: { name: data.name, email: data.email, passwordHash, country: data.country, locale: data.locale },
          select: { id: true, name: true, email: true, locale: true },
        });
        if (organisation) await tx.membershipRequest.create({ data: { userId: user.id, organisationId: organisation.id } });
        const token = await issueToken(user.id, "EMAIL_VERIFICATION", tx);
        return { user, token };
      });
      await sendVerificationMail(user, token);
      return { email: data.email };
    }),
  );
}

export async function resendVerificationAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  return keepInput(
    formData,
    await runAction(async () => {
      const { email } = parseOrThrow(forgotPasswordSchema, formFields(formData));
      await limit(`verify:ip:${await clientIp()}`, env.RATE_LIMIT_RESET_MAX);
      await limit(`verify:email:${email}`, 3);
      const user = await db.user.findUnique({
        where: { email },
        select: { id: true, name: true, email: true, locale: true, emailVerifiedAt: true },
      });
      if (user && !user.emailVerifiedAt) await sendVerificationMail(user, await issueToken(user.id, "EMAIL_VERIFICATION"));
      return null;
    }),
  );
}

/** Called by the verify-email page. Returns whether the token was valid. */
export async function verifyEmailToken(token: string): Promise<boolean> {
  if (!token || token.length > 200) return false;
  return db.$transaction(async (tx) => {
    const userId = await consumeToken(token, "EMAIL_VERIFICATION", tx);
    if (!userId) return false;
    await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() }, select: { id: true } });
    return true;
  });
}

export async function forgotPasswordAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  return keepInput(
    formData,
    await runAction(async () => {
      const { email } = parseOrThrow(forgotPasswordSchema, formFields(formData));
      await limit(`reset:ip:${await clientIp()}`, env.RATE_LIMIT_RESET_MAX);
      await limit(`reset:email:${email}`, env.RATE_LIMIT_RESET_MAX);
      const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, locale: true } });
      // The same answer whether or not the account exists.
      if (user) await sendPasswordResetMail(user, await issueToken(user.id, "PASSWORD_RESET"));
      return null;
    }),
  );
}

export async function resetPasswordAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  return runAction(async () => {
    const data = parseOrThrow(resetPasswordSchema, formFields(formData));
    await limit(`reset:ip:${await clientIp()}`, env.RATE_LIMIT_RESET_MAX * 2);
    const passwordHash = await hashPassword(data.password);
    await db.$transaction(async (tx) => {
      const userId = await consumeToken(data.token, "PASSWORD_RESET", tx);
      if (!userId) throw new AppError("INVALID", "errors.tokenInvalid");
      // Proving control of the mailbox also verifies the address; old sessions end.
      await tx.user.update({ where: { id: userId }, data: { passwordHash, emailVerifiedAt: new Date() }, select: { id: true } });
      await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
      await audit({ actorId: userId, action: "user.password.reset", targetType: "User", targetId: userId }, tx);
    });
    return null;
  });
}

export async function logoutAction(): Promise<void> {
  const locale = await getLocale();
  const user = await getCurrentUser();
  if (user) await db.session.updateMany({ where: { id: user.sessionId, userId: user.id }, data: { revokedAt: new Date() } });
  await signOut({ redirect: false });
  redirect(`/${locale}`);
}

export async function updateProfileAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  return keepInput(
    formData,
    await runAction(async () => {
      const user = await requirePermission("account.manage");
      const data = parseOrThrow(profileSchema, formFields(formData));
      await db.user.update({ where: { id: user.id }, data, select: { id: true } });
      return null;
    }),
  );
}

export async function changePasswordAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("account.manage");
    const data = parseOrThrow(changePasswordSchema, formFields(formData));
    await limit(`password:user:${user.id}`, env.RATE_LIMIT_LOGIN_ACCOUNT_MAX);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(row.passwordHash, data.currentPassword))) {
      throw new AppError("INVALID", "errors.INVALID", { currentPassword: ["validation.currentPasswordWrong"] });
    }
    const passwordHash = await hashPassword(data.password);
    await db.$transaction([
      db.user.update({ where: { id: user.id }, data: { passwordHash }, select: { id: true } }),
      // Everywhere else is signed out; this session stays.
      db.session.updateMany({ where: { userId: user.id, revokedAt: null, id: { not: user.sessionId } }, data: { revokedAt: new Date() } }),
    ]);
    await audit({ actorId: user.id, action: "user.password.change", targetType: "User", targetId: user.id });
    return null;
  });
}

export async function revokeSessionAction(sessionId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("account.manage");
    if (typeof sessionId !== "string") throw new AppError("INVALID");
    // Ownership in the where: a user can only end their own sessions.
    await db.session.updateMany({ where: { id: sessionId, userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    return null;
  });
}

export async function revokeOtherSessionsAction(): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("account.manage");
    await db.session.updateMany({
      where: { userId: user.id, revokedAt: null, id: { not: user.sessionId } },
      data: { revokedAt: new Date() },
    });
    return null;
  });
}

export async function deleteAccountAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const locale = await getLocale();
  const result = await runAction(async () => {
    const user = await requirePermission("account.manage");
    const data = parseOrThrow(deleteAccountSchema, formFields(formData));
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, role: true } });
    if (!(await verifyPassword(row.passwordHash, data.password))) {
      throw new AppError("INVALID", "errors.INVALID", { password: ["validation.currentPasswordWrong"] });
    }
    if (row.role === "ADMIN" && (await db.user.count({ where: { role: "ADMIN", status: "ACTIVE" } })) <= 1) {
      throw new AppError("CONFLICT", "errors.lastAdmin");
    }
    await db.$transaction(async (tx) => {
      await audit({ actorId: null, action: "user.delete.self", targetType: "User", targetId: user.id }, tx);
      await tx.user.delete({ where: { id: user.id } });
    });
    return null;
  });
  if (!result.ok) return result;
  await signOut({ redirect: false });
  redirect(`/${locale}?deleted=1`);
}
