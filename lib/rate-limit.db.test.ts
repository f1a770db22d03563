import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hit, limit, pruneRateLimits } from "./rate-limit";

// Against the real test database: the counters must be exact under concurrency, because
// several app instances share them.
describe("rate limit counters in Postgres", () => {
  const keys: string[] = [];
  const key = () => {
    const k = `test:${randomUUID()}`;
    keys.push(k);
    return k;
  };
  afterAll(async () => {
    await db.rateLimit.deleteMany({ where: { key: { in: keys } } });
  });

  it("counts 50 concurrent hits exactly", async () => {
    const k = key();
    const results = await Promise.all(Array.from({ length: 50 }, () => hit(k, 60)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it("refuses the hit after the maximum with RATE_LIMITED", async () => {
    const k = key();
    for (let i = 0; i < 3; i++) await limit(k, 3, 60);
    await expect(limit(k, 3, 60)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(limit(k, 3, 60)).rejects.toBeInstanceOf(AppError);
  });

  it("starts a new window once the old one has expired", async () => {
    const k = key();
    await hit(k, 60);
    await hit(k, 60);
    await db.rateLimit.update({ where: { key: k }, data: { windowStart: new Date(Date.now() - 61_000) } });
    expect((await hit(k, 60)).count).toBe(1);
  });

  it("prunes counters whose window ended long ago and keeps live ones", async () => {
    const old = key();
    const recent = key();
    await hit(old, 60);
    await hit(recent, 60);
    await db.rateLimit.update({ where: { key: old }, data: { windowStart: new Date(Date.now() - 2 * 86_400_000) } });
    await db.rateLimit.update({ where: { key: recent }, data: { windowStart: new Date(Date.now() - 3_600_000) } });
    expect(await pruneRateLimits()).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimit.findUnique({ where: { key: old } })).toBeNull();
    expect((await db.rateLimit.findUnique({ where: { key: recent } }))?.count).toBe(1);
  });
});
