import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * Fixed-window counter in Postgres, so every app instance shares it. One atomic
 * upsert per hit: a new window starts when the old one has expired.
 */
export async function hit(key: string, windowSeconds: number): Promise<{ count: number; resetAt: Date }> {
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds}::float8) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds}::float8) THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  return { count: row.count, resetAt: new Date(row.windowStart.getTime() + windowSeconds * 1000) };
}

/** Counts a hit and throws RATE_LIMITED once `max` hits fall in the window. */
export async function limit(key: string, max: number, windowSeconds = env.RATE_LIMIT_WINDOW_SECONDS) {
  const { count, resetAt } = await hit(key, windowSeconds);
  if (count > max) {
    const minutes = Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 60_000));
    throw new AppError("RATE_LIMITED", { values: { minutes } });
  }
}

export async function resetLimit(key: string) {
  await db.rateLimit.deleteMany({ where: { key } });
}

/**
 * Deletes counters whose window ended long ago (a later hit would restart them anyway), so the
 * table holds only live windows. The default keeps anything younger than a day or two windows.
 * Returns the number of rows deleted. Part of the hourly housekeeping round (lib/housekeeping.ts).
 */
export async function pruneRateLimits(olderThanSeconds = Math.max(86_400, 2 * env.RATE_LIMIT_WINDOW_SECONDS)): Promise<number> {
  return db.$executeRaw`DELETE FROM "RateLimit" WHERE "windowStart" < now() - make_interval(secs => ${olderThanSeconds}::float8)`;
}
