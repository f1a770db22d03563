import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { hit, limit, resetLimit } from "@/lib/rate-limit";
import { loginSchema } from "./schemas";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

/**
 * Rate-limit keys of a login. Failures count per account *and* address (a low limit: someone
 * guessing from one place) and per account from everywhere (a much higher ceiling: a spread-out
 * attack). Five strangers cannot lock the owner out; a password reset clears both (OWASP).
 * Emails cannot contain spaces, so the space keeps one account's keys apart from another's.
 */
export const loginKeys = (email: string, ip: string) => ({
  ip: `login:ip:${ip}`,
  account: `login:acct:${email}`,
  accountIp: `login:acct-ip:${email} ${ip}`,
});

const windowMs = () => env.RATE_LIMIT_WINDOW_SECONDS * 1000;

/** Which limit (if any) refuses the next attempt, with the minutes until it lifts; does not count. */
async function loginLimit(email: string, ip: string, withAddress: boolean): Promise<{ minutes: number } | null> {
  const keys = loginKeys(email, ip);
  const max: Record<string, number> = {
    [keys.account]: env.RATE_LIMIT_LOGIN_ACCOUNT_CEILING,
    [keys.accountIp]: env.RATE_LIMIT_LOGIN_ACCOUNT_MAX,
  };
  if (withAddress) max[keys.ip] = env.RATE_LIMIT_LOGIN_IP_MAX;
  const rows = await db.rateLimit.findMany({
    where: { key: { in: Object.keys(max) }, windowStart: { gt: new Date(Date.now() - windowMs()) } },
    select: { key: true, count: true, windowStart: true },
  });
  const full = rows.filter((r) => r.count >= max[r.key]);
  if (full.length === 0) return null;
  const until = Math.max(...full.map((r) => r.windowStart.getTime() + windowMs()));
  return { minutes: Math.max(1, Math.ceil((until - Date.now()) / 60_000)) };
}

/** True when the next attempt would be refused; does not count as an attempt. */
export async function loginIsLimited(email: string, ip: string): Promise<boolean> {
  const parsed = loginSchema.shape.email.safeParse(email);
  if (!parsed.success) return false; // not an email: authorize() refuses it without a lookup
  return (await loginLimit(parsed.data, ip, true)) !== null;
}

/** After a password reset: the owner's failed logins, from every address, are forgotten. */
export async function clearLoginLimits(email: string) {
  const keys = loginKeys(email, "");
  await db.rateLimit.deleteMany({ where: { OR: [{ key: keys.account }, { key: { startsWith: keys.accountIp } }] } });
}

/**
 * Checks a login attempt and opens a session row. Every attempt counts against the address;
 * failed ones against the account from this address and the account overall. A success resets
 * the account-and-address counter. Throws AppError with the key of the message to show.
 */
export async function verifyCredentials(input: unknown, ip: string, userAgent: string | null) {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", { message: "errors.invalidCredentials" });
  const { email, password } = parsed.data;
  const keys = loginKeys(email, ip);

  await limit(keys.ip, env.RATE_LIMIT_LOGIN_IP_MAX); // counts this attempt, refuses past the max
  const limited = await loginLimit(email, ip, false);
  if (limited) throw new AppError("RATE_LIMITED", { values: limited });

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, emailVerifiedAt: true, status: true, suspendedUntil: true, lastLoginAt: true },
  });
  let valid = false;
  if (user) valid = await verifyPassword(user.passwordHash, password);
  else await burnPasswordCheck(password);
  if (!user || !valid) {
    await hit(keys.accountIp, env.RATE_LIMIT_WINDOW_SECONDS);
    await hit(keys.account, env.RATE_LIMIT_WINDOW_SECONDS);
    throw new AppError("INVALID", { message: "errors.invalidCredentials" });
  }
  if (isSuspended(user)) throw new AppError("FORBIDDEN", { message: "errors.suspended" });
  if (!user.emailVerifiedAt) throw new AppError("FORBIDDEN", { message: "errors.emailNotVerified" });

  await resetLimit(keys.accountIp);
  const [session] = await db.$transaction([
    db.session.create({
      data: {
        userId: user.id,
        expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
        userAgent: userAgent?.slice(0, 300) ?? null,
        // Never logged in before: the home page welcomes them (lib/accounts/queries.ts isFirstSession).
        isFirst: user.lastLoginAt === null,
      },
      select: { id: true },
    }),
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } }),
  ]);
  return { userId: user.id, sessionId: session.id };
}

/** Ends a session by id (Auth.js's sign-out event, which knows only the token). */
export async function endSessionById(sessionId: string) {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export function isSuspended(user: { status: string; suspendedUntil: Date | null }, now = new Date()) {
  return user.status === "SUSPENDED" && (user.suspendedUntil === null || user.suspendedUntil > now);
}
