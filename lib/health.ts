import "server-only";
import { db } from "@/lib/db";
import { meili } from "@/lib/search/client";

type Check = { ok: boolean; latencyMs: number; error?: string };

async function timed(fn: () => Promise<unknown>, timeoutMs = 2000): Promise<Check> {
  const start = performance.now();
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs)),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - start) };
  } catch (error) {
    return { ok: false, latencyMs: Math.round(performance.now() - start), error: error instanceof Error ? error.message : String(error) };
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
