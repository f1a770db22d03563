import { existsSync } from "node:fs";
import { mkdir, rm, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isFirstSession } from "@/lib/accounts/queries";
import { issueToken, sha256 } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createScriptClient } from "@/prisma/client";
import { createSession, createUser } from "@/prisma/factories";
import { describeHousekeeping, RETENTION, runHousekeeping, startHousekeeping } from "./housekeeping";

const factoryDb = createScriptClient();
afterAll(async () => {
  await factoryDb.$disconnect();
});

const DAY = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms);
const later = (ms: number) => new Date(Date.now() + ms);
const TYPE = "housekeeping-test";

async function session(userId: string, data: { expiresAt?: Date; revokedAt?: Date | null; createdAt?: Date }) {
  const { id } = await createSession(factoryDb, { userId });
  await db.session.update({ where: { id }, data });
  return id;
}
const sessionExists = async (id: string) => (await db.session.count({ where: { id } })) === 1;

async function token(userId: string, data: { expiresAt?: Date; usedAt?: Date | null }) {
  const raw = await issueToken(userId, "EMAIL_VERIFICATION");
  const tokenHash = sha256(raw);
  await db.oneTimeToken.update({ where: { tokenHash }, data });
  return tokenHash;
}
const tokenExists = async (tokenHash: string) => (await db.oneTimeToken.count({ where: { tokenHash } })) === 1;

const auditRow = (createdAt: Date) =>
  db.auditLog.create({ data: { action: "user.password.change", targetType: TYPE, createdAt }, select: { id: true } }).then((r) => r.id);
const outboxRow = (data: { createdAt?: Date; processedAt?: Date | null }) =>
  db.searchOutbox.create({ data: { entityType: TYPE, entityId: `e-${Math.random()}`, ...data }, select: { id: true } }).then((r) => r.id);

describe("housekeeping (real database): what has done its job is deleted, nothing still in use", () => {
  it("deletes sessions ended more than a month ago and keeps live ones and recently ended ones", async () => {
    const user = await createUser(factoryDb);
    const live = await session(user.id, { createdAt: ago(400 * DAY), expiresAt: later(DAY) });
    const expiredLongAgo = await session(user.id, { expiresAt: ago((RETENTION.endedSessionDays + 1) * DAY) });
    const expiredRecently = await session(user.id, { expiresAt: ago(10 * DAY) });
    const revokedLongAgo = await session(user.id, { expiresAt: later(DAY), revokedAt: ago((RETENTION.endedSessionDays + 1) * DAY) });
    const revokedRecently = await session(user.id, { expiresAt: later(DAY), revokedAt: ago(5 * DAY) });

    const counts = await runHousekeeping();
    expect(counts.sessions).toBeGreaterThanOrEqual(2);
    expect(await sessionExists(expiredLongAgo)).toBe(false);
    expect(await sessionExists(revokedLongAgo)).toBe(false);
    expect(await sessionExists(live)).toBe(true);
    expect(await sessionExists(expiredRecently)).toBe(true);
    expect(await sessionExists(revokedRecently)).toBe(true);
  });

  it("keeps the home page's greeting right once the first session is deleted", async () => {
    const user = await createUser(factoryDb);
    const first = await session(user.id, { expiresAt: ago(60 * DAY) });
    const now = await session(user.id, { expiresAt: later(DAY) });
    await runHousekeeping();
    expect(await sessionExists(first)).toBe(false);
    // The oldest remaining session is not the first login: "Welcome back".
    expect(await isFirstSession(user.id, now)).toBe(false);
    const newcomer = await createUser(factoryDb);
    expect(await isFirstSession(newcomer.id, await session(newcomer.id, {}))).toBe(true);
  });

  it("deletes one-time links a day after they were used or expired and keeps usable ones", async () => {
    const user = await createUser(factoryDb);
    const past = (RETENTION.spentTokenDays + 1) * DAY;
    const usedLongAgo = await token(user.id, { usedAt: ago(past) });
    const expiredLongAgo = await token(user.id, { expiresAt: ago(past) });
    const usedJustNow = await token(user.id, { usedAt: ago(60_000) });
    const usable = await token(user.id, {});

    await runHousekeeping();
    expect(await tokenExists(usedLongAgo)).toBe(false);
    expect(await tokenExists(expiredLongAgo)).toBe(false);
    expect(await tokenExists(usedJustNow)).toBe(true);
    expect(await tokenExists(usable)).toBe(true);
  });

  it("deletes audit entries older than three years and keeps a two-year-old one", async () => {
    const old = await auditRow(ago((3 * 365 + 2) * DAY));
    const twoYears = await auditRow(ago(2 * 365 * DAY));
    const today = await auditRow(new Date());
    const counts = await runHousekeeping();
    expect(counts.auditEntries).toBeGreaterThanOrEqual(1);
    expect(await db.auditLog.count({ where: { id: old } })).toBe(0);
    expect(await db.auditLog.count({ where: { id: { in: [twoYears, today] } } })).toBe(2);
  });

  it("deletes processed search outbox rows after a week and never one the indexer has not processed", async () => {
    const processedLongAgo = await outboxRow({ processedAt: ago((RETENTION.processedOutboxDays + 1) * DAY) });
    const processedYesterday = await outboxRow({ processedAt: ago(DAY) });
    const waitingForMonths = await outboxRow({ createdAt: ago(90 * DAY), processedAt: null });
    await runHousekeeping();
    expect(await db.searchOutbox.count({ where: { id: processedLongAgo } })).toBe(0);
    expect(await db.searchOutbox.count({ where: { id: { in: [processedYesterday, waitingForMonths] } } })).toBe(2);
  });

  it("deletes caught mail older than a week and keeps this week's", async () => {
    await mkdir(env.MAIL_DIR, { recursive: true });
    const old = path.join(env.MAIL_DIR, `0-housekeeping-old-${Math.random()}.json`);
    const recent = path.join(env.MAIL_DIR, `0-housekeeping-recent-${Math.random()}.json`);
    for (const file of [old, recent]) await writeFile(file, "{}");
    const weekAndADay = ago((RETENTION.caughtMailDays + 1) * DAY);
    await utimes(old, weekAndADay, weekAndADay);
    const counts = await runHousekeeping();
    expect(counts.caughtMail).toBeGreaterThanOrEqual(1);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    await rm(recent);
  });

  it("deletes a large backlog in batches, and two instances running rounds together share it without error", async () => {
    const processedAt = ago(30 * DAY);
    await db.searchOutbox.createMany({
      data: Array.from({ length: 2500 }, (_, i) => ({ entityType: TYPE, entityId: `bulk-${i}`, processedAt })),
    });
    const [a, b] = await Promise.all([runHousekeeping(), runHousekeeping()]);
    expect(a.searchOutbox + b.searchOutbox).toBeGreaterThanOrEqual(2500);
    expect(await db.searchOutbox.count({ where: { entityType: TYPE, entityId: { startsWith: "bulk-" } } })).toBe(0);
    // Nothing left to do: the next round deletes nothing of it and says nothing.
    expect((await runHousekeeping()).searchOutbox).toBe(0);
  });

  it("runs by itself in every instance, and logs only when it deleted something", async () => {
    const old = await auditRow(ago(4 * 365 * DAY));
    const stop = startHousekeeping({ firstAfterMs: 10, everyMs: 60_000 });
    try {
      await expect.poll(() => db.auditLog.count({ where: { id: old } }), { timeout: 20_000, interval: 50 }).toBe(0);
    } finally {
      stop();
    }
    expect(
      describeHousekeeping({ sessions: 0, oneTimeTokens: 0, auditEntries: 0, searchOutbox: 0, rateLimits: 0, caughtMail: 0 }),
    ).toBeNull();
    expect(describeHousekeeping({ sessions: 2, oneTimeTokens: 0, auditEntries: 1, searchOutbox: 0, rateLimits: 0, caughtMail: 0 })).toBe(
      "deleted ended sessions: 2, audit entries older than three years: 1",
    );
  });
});
