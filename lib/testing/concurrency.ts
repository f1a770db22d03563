import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// For database tests only: a race made deterministic. Two writers "at the same time" usually
// finish one after the other in a test, so a missing guard goes unnoticed; here the other
// writer's change stays uncommitted until the operation under test is waiting for its lock.

/** Resolves once `n` sessions of this database wait for a lock, or when `settled` settles (nothing blocked). */
async function lockWaiters(n: number, settled: Promise<unknown>, timeoutMs: number) {
  let done = false;
  settled.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  const deadline = Date.now() + timeoutMs;
  while (!done) {
    const [row] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`;
    if ((row?.n ?? 0) >= n) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${n} lock waiter(s)`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Runs `otherWrite` in a transaction, then `operation` while that write is still uncommitted;
 * commits once `waiters` sessions of `operation` wait for a lock (or `operation` settled without
 * blocking), and answers how `operation` ended.
 */
export async function whileUncommitted<T>(
  otherWrite: (tx: Prisma.TransactionClient) => Promise<unknown>,
  operation: () => Promise<T>,
  waiters = 1,
): Promise<PromiseSettledResult<T>> {
  let running: Promise<T> | undefined;
  await db.$transaction(
    async (tx) => {
      await otherWrite(tx);
      running = operation();
      await lockWaiters(waiters, running, 10_000);
    },
    { timeout: 20_000 },
  );
  const [outcome] = await Promise.allSettled([running as Promise<T>]);
  return outcome as PromiseSettledResult<T>;
}
