import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { pruneCaughtMail } from "@/lib/mail";
import { pruneRateLimits } from "@/lib/rate-limit";

/**
 * How long rows that have done their job are kept (the privacy notice's "How long" promises these;
 * docs/operations.md, "Housekeeping"). Everything else is kept while the account or the content exists.
 */
export const RETENTION = {
  /** Sessions, counted from their expiry or their revocation: a month of recent logins stays visible in "Download my data". */
  endedSessionDays: 30,
  /** One-time links (address confirmation, password reset), from their use or expiry: a day, for clocks that disagree. */
  spentTokenDays: 1,
  /** The audit log. */
  auditLogYears: 3,
  /**
   * Search outbox rows the indexer has processed. A reindex queues again what was processed while
   * it ran (lib/search/reindex.ts), so keep them well beyond the longest rebuild; rows not yet
   * processed (waiting, or retried while Meilisearch is down) are never deleted.
   */
  processedOutboxDays: 7,
  /** Mail caught while SMTP_URL is unset (MAIL_DIR, shown to administrators at /dev/mail). */
  caughtMailDays: 7,
} as const;

/** Rows per DELETE: short statements and locks, whatever the backlog. */
const BATCH = 1000;
/** Per kind and round; what is left waits for the next round (an hour later). */
const MAX_BATCHES = 200;

export type HousekeepingCounts = {
  sessions: number;
  oneTimeTokens: number;
  auditEntries: number;
  searchOutbox: number;
  rateLimits: number;
  caughtMail: number;
};

/**
 * Deletes up to BATCH × MAX_BATCHES rows of `table` matching `where`, BATCH at a time. Rows
 * another instance is deleting at the same moment are skipped (SKIP LOCKED), so instances running
 * rounds together neither wait for each other nor delete anything twice.
 */
async function deleteInBatches(table: string, id: string, where: Prisma.Sql): Promise<number> {
  const t = Prisma.raw(`"${table}"`);
  const key = Prisma.raw(`"${id}"`);
  let total = 0;
  for (let i = 0; i < MAX_BATCHES; i++) {
    const n = await db.$executeRaw`
      DELETE FROM ${t} WHERE ${key} IN (SELECT ${key} FROM ${t} WHERE ${where} LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`;
    total += n;
    if (n < BATCH) break;
  }
  return total;
}

/**
 * One housekeeping round. Never touches what is still in use: a session that is neither revoked
 * nor expired, a one-time link that can still be used, an outbox row the indexer has not
 * processed. The cut-offs use the database's clock, the same for every instance.
 */
export async function runHousekeeping(): Promise<HousekeepingCounts> {
  const r = RETENTION;
  const sessions = await deleteInBatches(
    "Session",
    "id",
    Prisma.sql`("expiresAt" < now() - make_interval(days => ${r.endedSessionDays}::int) OR "revokedAt" < now() - make_interval(days => ${r.endedSessionDays}::int))`,
  );
  const oneTimeTokens = await deleteInBatches(
    "OneTimeToken",
    "id",
    Prisma.sql`("expiresAt" < now() - make_interval(days => ${r.spentTokenDays}::int) OR "usedAt" < now() - make_interval(days => ${r.spentTokenDays}::int))`,
  );
  const auditEntries = await deleteInBatches(
    "AuditLog",
    "id",
    Prisma.sql`"createdAt" < now() - make_interval(years => ${r.auditLogYears}::int)`,
  );
  const searchOutbox = await deleteInBatches(
    "SearchOutbox",
    "id",
    Prisma.sql`"processedAt" < now() - make_interval(days => ${r.processedOutboxDays}::int)`,
  );
  const rateLimits = await pruneRateLimits();
  const caughtMail = await pruneCaughtMail(r.caughtMailDays);
  return { sessions, oneTimeTokens, auditEntries, searchOutbox, rateLimits, caughtMail };
}

const LABELS: Record<keyof HousekeepingCounts, string> = {
  sessions: "ended sessions",
  oneTimeTokens: "spent one-time links",
  auditEntries: "audit entries older than three years",
  searchOutbox: "processed search outbox rows",
  rateLimits: "expired rate-limit counters",
  caughtMail: "caught mails older than a week",
};

/** "deleted ended sessions: 3, processed search outbox rows: 120", or null when nothing was deleted. */
export function describeHousekeeping(counts: HousekeepingCounts): string | null {
  const parts = (Object.keys(LABELS) as (keyof HousekeepingCounts)[]).filter((k) => counts[k] > 0).map((k) => `${LABELS[k]}: ${counts[k]}`);
  return parts.length > 0 ? `deleted ${parts.join(", ")}` : null;
}

let timers: { first: NodeJS.Timeout; every: NodeJS.Timeout } | undefined;

/**
 * Runs the round in every app instance: a minute after start, then hourly. Idempotent and
 * batched, so instances running it at the same time do no harm. Logs one line per round, and
 * only when something was deleted. Returns a function that stops it (tests).
 */
export function startHousekeeping(opts: { firstAfterMs?: number; everyMs?: number } = {}): () => void {
  if (timers) return () => {};
  const run = () =>
    runHousekeeping()
      .then((counts) => {
        const line = describeHousekeeping(counts);
        if (line) console.info(`[housekeeping] ${line}.`);
      })
      .catch((error) => console.error("[housekeeping] the round failed; it runs again in an hour.", error));
  const first = setTimeout(run, opts.firstAfterMs ?? 60_000);
  first.unref();
  const every = setInterval(run, opts.everyMs ?? 60 * 60_000);
  every.unref();
  timers = { first, every };
  return () => {
    clearTimeout(first);
    clearInterval(every);
    timers = undefined;
  };
}
