import "server-only";
import { db } from "@/lib/db";
import { meili } from "@/lib/search/client";

type Check = { ok: boolean; latencyMs: number; error?: string };

/**
 * The line of an error that says what is wrong: Prisma wraps the driver's reason ("Can't reach
 * database server at …") in several lines about the invocation, which flood the log during an
 * outage (the health check runs every few seconds).
 */
function oneLine(message: string): string {
  const lines = message
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const last = lines.at(-1) ?? message;
  return last.match(/Message: `(.*)`$/)?.[1] ?? last;
}

async function timed(fn: () => Promise<unknown>, timeoutMs = 2000): Promise<Check> {
  const start = performance.now();
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs)),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - start) };
  } catch (error) {
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - start),
      error: oneLine(error instanceof Error ? error.message : String(error)),
    };
  }
}

export async function checkHealth() {
  const search = meili();
  const [database, searchCheck] = await Promise.all([
    timed(() => db.$queryRaw`SELECT 1`),
    search ? timed(() => search.health()) : Promise.resolve<Check>({ ok: false, latencyMs: 0, error: "MEILI_HOST is not set" }),
  ]);
  return { ok: database.ok && searchCheck.ok, database, search: searchCheck };
}
