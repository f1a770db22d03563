import "server-only";
import { audit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import type { CurrentUser } from "@/lib/auth/session";
import { consumeToken, issueToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, toAppError } from "@/lib/errors";
import { revalidateForumLists, revalidateForumTopic } from "@/lib/cache/revalidate";
import { forgetForumMember, type PostsOnLeaving } from "@/lib/forum/erasure";
import { forgetAdopter } from "@/lib/practices/erasure";
import { limit } from "@/lib/rate-limit";
import { clearLoginLimits } from "./login";
import { sendAlreadyRegisteredMail, sendPasswordResetMail, sendVerificationMail } from "./mails";
import type { z } from "zod";
import type { changePasswordSchema, profileSchema, registerSchema, resetPasswordSchema } from "./schemas";

// Every write of accounts: registration, confirmation, password reset, profile, sessions and
// deletion. Actions check the permission and parse; the rules live here.

type Actor = Pick<CurrentUser, "id" | "sessionId">;

/**
 * Deleting an account rewrites, in one transaction, every post that mentions or quotes the member:
 * rare, but as long as their forum life (a thousand mentions take seconds, past Prisma's 5 s default).
 */
const ERASURE_TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

export async function register(data: z.infer<typeof registerSchema>, ip: string): Promise<{ email: string }> {
  await limit(`register:ip:${ip}`, env.RATE_LIMIT_REGISTER_IP_MAX);
  await limit(`register:email:${data.email}`, 3);

  // The same checks and the same work (argon2 included) whether or not the email is taken: an
  // early answer for a known email would differ, and be measurably faster (issue 8).
  const organisation = data.organisationId
    ? await db.organisation.findUnique({ where: { id: data.organisationId }, select: { id: true } })
    : null;
  if (data.organisationId && !organisation) throw AppError.field("organisationId", "validation.invalid");
  await assertStrongPassword(data.password, [data.email, data.name]);
  const passwordHash = await hashPassword(data.password);

  const existing = await db.user.findUnique({ where: { email: data.email }, select: { name: true, email: true, locale: true } });
  if (existing) {
    // Same answer as a new registration; the owner learns by mail that someone tried.
    await sendAlreadyRegisteredMail(existing);
    return { email: data.email };
  }
  let created: { user: { id: string; name: string; email: string; locale: string }; token: string };
  try {
    created = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: data.name, email: data.email, passwordHash, country: data.country, locale: data.locale },
        select: { id: true, name: true, email: true, locale: true },
      });
      if (organisation) await tx.membershipRequest.create({ data: { userId: user.id, organisationId: organisation.id } });
      const token = await issueToken(user.id, "EMAIL_VERIFICATION", tx);
      return { user, token };
    });
  } catch (error) {
    // Two registrations of one email at once: the loser gets the same answer as above.
    if (toAppError(error)?.code !== "CONFLICT") throw error;
    const winner = await db.user.findUnique({ where: { email: data.email }, select: { name: true, email: true, locale: true } });
    if (winner) await sendAlreadyRegisteredMail(winner);
    return { email: data.email };
  }
  await sendVerificationMail(created.user, created.token);
  return { email: data.email };
}

export async function resendVerification(email: string, ip: string) {
  await limit(`verify:ip:${ip}`, env.RATE_LIMIT_RESET_MAX);
  await limit(`verify:email:${email}`, 3);
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, locale: true, emailVerifiedAt: true },
  });
  if (user && !user.emailVerifiedAt) await sendVerificationMail(user, await issueToken(user.id, "EMAIL_VERIFICATION"));
}

/** Called by the verify-email page's confirm button (never on GET). Returns whether the token was valid. */
export async function verifyEmailToken(token: string): Promise<boolean> {
  if (!token || token.length > 200) return false;
  return db.$transaction(async (tx) => {
    const userId = await consumeToken(token, "EMAIL_VERIFICATION", tx);
    if (!userId) return false;
    await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() }, select: { id: true } });
    return true;
  });
}

export async function requestPasswordReset(email: string, ip: string) {
  await limit(`reset:ip:${ip}`, env.RATE_LIMIT_RESET_MAX);
  await limit(`reset:email:${email}`, env.RATE_LIMIT_RESET_MAX);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, locale: true } });
  // The same answer whether or not the account exists.
  if (user) await sendPasswordResetMail(user, await issueToken(user.id, "PASSWORD_RESET"));
}

export async function resetPassword(data: z.infer<typeof resetPasswordSchema>, ip: string) {
  await limit(`reset:ip:${ip}`, env.RATE_LIMIT_RESET_MAX * 2);
  // Checked before the token is used, so the same link still works for a better password.
  await assertStrongPassword(data.password);
  const passwordHash = await hashPassword(data.password);
  const user = await db.$transaction(async (tx) => {
    const userId = await consumeToken(data.token, "PASSWORD_RESET", tx);
    if (!userId) throw new AppError("INVALID", { message: "errors.tokenInvalid" });
    // Proving control of the mailbox also verifies the address; old sessions end.
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, emailVerifiedAt: new Date() },
      select: { id: true, email: true },
    });
    await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await audit({ actorId: userId, action: "user.password.reset", targetType: "User", targetId: userId }, tx);
    return user;
  });
  // The owner proved who they are: failed guesses by others no longer lock them out (OWASP).
  await clearLoginLimits(user.email);
}

/** Ends this session server-side (the cookie alone is worth nothing afterwards). */
export async function endSession(user: Actor) {
  await db.session.updateMany({ where: { id: user.sessionId, userId: user.id }, data: { revokedAt: new Date() } });
}

export async function updateProfile(user: Actor, data: z.infer<typeof profileSchema>) {
  await db.user.update({ where: { id: user.id }, data, select: { id: true } });
}

export async function changePassword(user: Actor, data: z.infer<typeof changePasswordSchema>) {
  await limit(`password:user:${user.id}`, env.RATE_LIMIT_LOGIN_ACCOUNT_MAX);
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, email: true, name: true } });
  if (!(await verifyPassword(row.passwordHash, data.currentPassword))) {
    throw AppError.field("currentPassword", "validation.currentPasswordWrong");
  }
  await assertStrongPassword(data.password, [row.email, row.name]);
  const passwordHash = await hashPassword(data.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash }, select: { id: true } });
    // Everywhere else is signed out; this session stays.
    await tx.session.updateMany({
      where: { userId: user.id, revokedAt: null, id: { not: user.sessionId } },
      data: { revokedAt: new Date() },
    });
    await audit({ actorId: user.id, action: "user.password.change", targetType: "User", targetId: user.id }, tx);
  });
}

/** Ownership in the where: a member can only end their own sessions. */
export async function revokeSession(user: Actor, sessionId: string) {
  await db.session.updateMany({ where: { id: sessionId, userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function revokeOtherSessions(user: Actor) {
  await db.session.updateMany({
    where: { userId: user.id, revokedAt: null, id: { not: user.sessionId } },
    data: { revokedAt: new Date() },
  });
}

/**
 * Deletes the member's account for good, with the choice they made for their forum posts (kept,
 * signed "Former member", or erased: lib/forum/erasure.ts). Their name also leaves every post that
 * mentioned them. One transaction: nothing is half-forgotten.
 */
export async function deleteAccount(user: Actor, input: { password: string; posts: PostsOnLeaving }) {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, role: true } });
  if (!(await verifyPassword(row.passwordHash, input.password))) throw AppError.field("password", "validation.currentPasswordWrong");
  const forum = await db.$transaction(async (tx) => {
    if (row.role === "ADMIN") {
      // Locked, so that two administrators leaving at once cannot leave none.
      const admins = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "User" WHERE role = 'ADMIN' AND status = 'ACTIVE' ORDER BY id FOR UPDATE`;
      if (admins.filter((a) => a.id !== user.id).length === 0) throw new AppError("CONFLICT", { message: "errors.lastAdmin" });
    }
    const erased = await forgetForumMember(tx, user.id, input.posts);
    await forgetAdopter(tx, user.id);
    await audit(
      {
        actorId: null,
        action: "user.delete.self",
        targetType: "User",
        targetId: user.id,
        data: { forumPosts: input.posts, topicsDeleted: erased.deletedTopics },
      },
      tx,
    );
    await tx.user.delete({ where: { id: user.id } });
    return erased;
  }, ERASURE_TRANSACTION);
  for (const topicId of forum.topicIds) revalidateForumTopic(topicId);
  // Lists show authors' and last posters' names, and lose the deleted topics.
  revalidateForumLists();
}
