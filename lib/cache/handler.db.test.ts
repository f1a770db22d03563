import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPageCache, EVERY_PAGE_TAG, recordInvalidation } from "./handler.mjs";

// The cache handler of decision 011 across instances: two handlers on the real test database
// share invalidations through PostgreSQL (LISTEN/NOTIFY, and the poll). In-memory behaviour:
// handler.test.ts.

const run = Date.now().toString(36);
const PAGE = { kind: "APP_PAGE" } as const;
const page = (tags: string[], html = "<p>page</p>") => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags.join(",") },
  status: 200,
});
const control = { cacheControl: { revalidate: 600, expire: 31536000 } };

const databaseUrl = process.env.DATABASE_URL;

describe("page cache across instances (PostgreSQL)", () => {
  // A long poll: only the notification can explain a prompt invalidation (except where tested).
  const a = createPageCache({ databaseUrl, pollMs: 60_000 });
  const b = createPageCache({ databaseUrl, pollMs: 60_000 });
  const polling = createPageCache({ databaseUrl, pollMs: 100, listen: false });
  const client = new pg.Client({ connectionString: databaseUrl });

  beforeAll(async () => {
    await Promise.all([a.ready(), b.ready(), polling.ready(), client.connect()]);
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close(), polling.close(), client.end()]);
  });

  it("drops on instance B what instance A invalidated, and records it in the database", async () => {
    const topic = `forum-topic:${run}`;
    for (const cache of [a, b, polling]) {
      cache.set("/t", page(["_N_T_/layout", topic]), control);
      cache.set("/other", page(["_N_T_/layout", `forum-topic:${run}-other`]), control);
    }
    await a.revalidate([topic]);
    expect(a.get("/t", PAGE)).toBeNull();
    await expect.poll(() => b.get("/t", PAGE), { timeout: 5_000 }).toBeNull();
    await expect.poll(() => polling.get("/t", PAGE), { timeout: 5_000 }).toBeNull();
    expect(b.get("/other", PAGE)).not.toBeNull();
    expect(polling.get("/other", PAGE)).not.toBeNull();
    const { rows } = await client.query(`SELECT tag FROM "PageCacheTag" WHERE tag = $1`, [topic]);
    expect(rows).toHaveLength(1);
  });

  it("lets a script empty every instance's cache", async () => {
    for (const cache of [a, b]) cache.set(`/every-${run}`, page(["_N_T_/layout", "_N_T_/visitor/layout"]), control);
    await recordInvalidation(client, [EVERY_PAGE_TAG]);
    await expect.poll(() => a.get(`/every-${run}`, PAGE), { timeout: 5_000 }).toBeNull();
    await expect.poll(() => b.get(`/every-${run}`, PAGE), { timeout: 5_000 }).toBeNull();
  });

  it("says it is coherent only while it hears the others: a lost LISTEN connection (a database outage) says no until it is back", async () => {
    const solo = createPageCache({ databaseUrl, pollMs: 60_000, log: () => {} });
    try {
      expect(solo.coherent()).toBe(false); // not started
      await solo.ready();
      expect(solo.coherent()).toBe(true);
      const before = solo.generation();
      await b.revalidate([`forum-topic:${run}-generation`]);
      // Another instance's invalidation changes this one's generation (what the server's front checks).
      await expect.poll(() => solo.generation(), { timeout: 5_000 }).toBeGreaterThan(before);
      await client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE application_name = 'epanema-page-cache' AND query ILIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
      );
      await expect.poll(() => solo.coherent(), { timeout: 5_000 }).toBe(false);
      // It reconnects by itself (after 2 s) and catches up.
      await expect.poll(() => solo.coherent(), { timeout: 15_000 }).toBe(true);
    } finally {
      await solo.close();
    }
    // The other instances were cut off too; they are back as well.
    await expect.poll(() => a.coherent() && b.coherent(), { timeout: 15_000 }).toBe(true);
  }, 30_000);
});
