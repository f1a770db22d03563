import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, TokenPurpose } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

const TTL_MS: Record<TokenPurpose, number> = {
  EMAIL_VERIFICATION: 48 * 3600_000,
  PASSWORD_RESET: 3600_000,
};

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** Creates a one-time token; only its hash is stored. Older unused tokens of the same kind die. */
export async function issueToken(userId: string, purpose: TokenPurpose, tx: Prisma.TransactionClient | typeof db = db) {
  const token = randomBytes(32).toString("base64url");
  await tx.oneTimeToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
  await tx.oneTimeToken.create({
    data: { userId, purpose, tokenHash: sha256(token), expiresAt: new Date(Date.now() + TTL_MS[purpose]) },
  });
  return token;
}

/**
 * Marks the token used and returns its user id, or null when unknown, used or expired.
 * The conditional update makes a token usable exactly once, even under concurrent requests.
 */
export async function consumeToken(token: string, purpose: TokenPurpose, tx: Prisma.TransactionClient | typeof db = db) {
  const tokenHash = sha256(token);
  const found = await tx.oneTimeToken.findUnique({ where: { tokenHash }, select: { id: true, userId: true, purpose: true } });
  if (!found || found.purpose !== purpose) return null;
  const { count } = await tx.oneTimeToken.updateMany({
    where: { id: found.id, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  return count === 1 ? found.userId : null;
}
