import { Pool } from "pg";

// A tiny, cached reachability check for the proxy, so that every page answers a calm 503
// while PostgreSQL is down and recovers by itself when it is back. It deliberately uses a
// one-connection pool of its own: the proxy must not depend on the app's Prisma client.
let pool: Pool | null = null;
let last = { at: 0, ok: true };
let inFlight: Promise<boolean> | null = null;

const TTL_OK_MS = 3000;
const TTL_DOWN_MS = 1000;

export async function databaseReachable(): Promise<boolean> {
  const url = process.env.DATABASE_URL;
  if (!url) return true;
  const age = Date.now() - last.at;
  if (age < (last.ok ? TTL_OK_MS : TTL_DOWN_MS)) return last.ok;
  inFlight ??= (async () => {
    if (!pool) {
      pool = new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 1000, idleTimeoutMillis: 30_000 });
      pool.on("error", () => {}); // a dropped idle connection must not crash the process
    }
    let ok: boolean;
    try {
      await pool.query("SELECT 1");
      ok = true;
    } catch {
      ok = false;
    }
    if (ok !== last.ok)
      console[ok ? "info" : "error"](
        ok
          ? "[db] PostgreSQL is reachable again."
          : "[db] PostgreSQL is unreachable: pages answer 503 until it is back. Check DATABASE_URL and the database server.",
      );
    last = { at: Date.now(), ok };
    inFlight = null;
    return ok;
  })();
  return inFlight;
}
