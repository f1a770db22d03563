import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { hit, limit, resetLimit } from "@/lib/rate-limit";
import { loginSchema } from "./schemas";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

export const loginKeys = (email: string, ip: string) => ({ ip: `login:ip:${ip}`, account: `login:acct:${email}` });

/** True when the next attempt would be refused; does not count as an attempt. */
export async function loginIsLimited(email: string, ip: string): Promise<boolean> {
  const keys = loginKeys(email.trim().toLowerCase(), ip);
  const rows = await db.rateLimit.findMany({
    where: { key: { in: [keys.ip, keys.account] }, windowStart: { gt: new Date(Date.now() - env.RATE_LIMIT_WINDOW_SECONDS * 1000) } },
    select: { key: true, count: true },
  });
  return rows.some((r) => (r.key === keys.ip ? r.count >= env.RATE_LIMIT_LOGIN_IP_MAX : r.count >= env.RATE_LIMIT_LOGIN_ACCOUNT_MAX));
}

/**
 * Checks a login attempt and opens a session row. Every attempt counts against the IP;
 * failed ones count against the account, which a success resets. Throws AppError with
 * the key of the message to show.
 */
export async function verifyCredentials(input: unknown, ip: string, userAgent: string | null) {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", { message: "errors.invalidCredentials" });
  const { email, password } = parsed.data;
  const keys = loginKeys(email, ip);

  await limit(keys.ip, env.RATE_LIMIT_LOGIN_IP_MAX);
  const attempts = await db.rateLimit.findUnique({ where: { key: keys.account }, select: { count: true, windowStart: true } });
  const windowOpen = attempts && attempts.windowStart.getTime() > Date.now() - env.RATE_LIMIT_WINDOW_SECONDS * 1000;
  if (windowOpen && attempts.count >= env.RATE_LIMIT_LOGIN_ACCOUNT_MAX) {
    const minutes = Math.max(1, Math.ceil((attempts.windowStart.getTime() + env.RATE_LIMIT_WINDOW_SECONDS * 1000 - Date.now()) / 60_000));
    throw new AppError("RATE_LIMITED", { values: { minutes } });
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, emailVerifiedAt: true, status: true, suspendedUntil: true },
  });
  let valid = false;
  if (user) valid = await verifyPassword(user.passwordHash, password);
  else await burnPasswordCheck(password);
  if (!user || !valid) {
    await hit(keys.account, env.RATE_LIMIT_WINDOW_SECONDS);
    throw new AppError("INVALID", { message: "errors.invalidCredentials" });
  }
  if (isSuspended(user)) throw new AppError("FORBIDDEN", { message: "errors.suspended" });
  if (!user.emailVerifiedAt) throw new AppError("FORBIDDEN", { message: "errors.emailNotVerified" });

  await resetLimit(keys.account);
  const [session] = await db.$transaction([
    db.session.create({
      data: {
        userId: user.id,
        expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
        userAgent: userAgent?.slice(0, 300) ?? null,
      },
      select: { id: true },
    }),
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } }),
  ]);
  return { userId: user.id, sessionId: session.id };
}

export function isSuspended(user: { status: string; suspendedUntil: Date | null }, now = new Date()) {
  return user.status === "SUSPENDED" && (user.suspendedUntil === null || user.suspendedUntil > now);
}
