// The backup drill, against the seeded test database and the test Meilisearch that `npm test`
// provides: back up → restore into a fresh database → every table identical → search:check
// agrees after search:reindex. Runs the commands as an operator would (`npm run db:backup` etc.).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOnFirstRun } from "../lib/app";
import { bins, root } from "../lib/paths";
import type { Services } from "../lib/services";
import { listTables } from "./archive";

const sourceUrl = process.env.DATABASE_URL ?? "";
const suffix = randomBytes(4).toString("hex");
const restoredName = `epanema_restore_${suffix}`;
const restoredUrl = (() => {
  const u = new URL(sourceUrl || "postgresql://localhost/x");
  u.pathname = `/${restoredName}`;
  return u.toString();
})();
// Starts with the test prefix, so that `npm test` clears a leftover of an interrupted run.
const indexPrefix = `test_restore_${suffix}_`;
const work = mkdtempSync(join(tmpdir(), "epanema-backup-test-"));
const archive = join(work, "site.tar");

interface Run {
  code: number;
  output: string;
}

/** Runs a package script's file the way `npm run` does, with our environment on top. */
function run(script: string, args: string[], env: Record<string, string>, conditions = false): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bins.tsx, ...(conditions ? ["--conditions=react-server"] : []), join(root, script), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c) => {
      output += c;
    });
    child.stderr.on("data", (c) => {
      output += c;
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Per table: row count and a digest of every row (sorted), so "identical" means identical. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  return withClient(url, async (c) => {
    const out: Record<string, { rows: number; digest: string }> = {};
    for (const table of await listTables(c)) {
      const q = `"${table}"`;
      const { rows } = await c.query<{ n: string; d: string | null }>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS d FROM ${q} t`,
      );
      out[table] = { rows: Number(rows[0]?.n), digest: rows[0]?.d ?? "" };
    }
    return out;
  });
}

const migrationNames = (url: string) =>
  withClient(url, async (c) =>
    (await c.query<{ n: string }>(`SELECT migration_name AS n FROM "_prisma_migrations" ORDER BY 1`)).rows.map((r) => r.n),
  );

const searchEnv = { DATABASE_URL: restoredUrl, MEILI_INDEX_PREFIX: indexPrefix };

describe("backup and restore drill", () => {
  const storage = join(work, "storage-source");
  const restoredStorage = join(work, "storage-restored");

  beforeAll(async () => {
    if (!sourceUrl) throw new Error("DATABASE_URL is not set: run through `npm test`");
    await withClient(sourceUrl, (c) => c.query(`CREATE DATABASE ${restoredName}`));
    // An uploaded file, as lib/storage lays them out.
    mkdirSync(join(storage, "2026", "11"), { recursive: true });
    writeFileSync(join(storage, "2026", "11", "drill-file.pdf"), "%PDF-1.4 drill\n");
  });

  afterAll(async () => {
    await withClient(sourceUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`)).catch(() => {});
    const host = process.env.MEILI_HOST;
    if (host) {
      const headers = { Authorization: `Bearer ${process.env.MEILI_MASTER_KEY ?? ""}` };
      const list = (await (await fetch(`${host}/indexes?limit=1000`, { headers })).json()) as { results: { uid: string }[] };
      for (const { uid } of list.results.filter((i) => i.uid.startsWith(indexPrefix))) {
        await fetch(`${host}/indexes/${uid}`, { method: "DELETE", headers });
      }
    }
    rmSync(work, { recursive: true, force: true });
  }, 180_000);

  it("backs up the seeded database and restores it into a fresh one with every table identical", async () => {
    const source = await fingerprint(sourceUrl);
    expect(Object.keys(source).length).toBeGreaterThan(10);
    expect(source.User?.rows).toBeGreaterThan(0);

    const backup = await run("scripts/db/backup.ts", ["--out", archive], { DATABASE_URL: sourceUrl, STORAGE_DIR: storage });
    expect(backup.output).toContain("Backup written to");
    expect(backup.code).toBe(0);
    expect(existsSync(archive)).toBe(true);

    const restore = await run("scripts/db/restore.ts", [archive], { DATABASE_URL: restoredUrl, STORAGE_DIR: restoredStorage });
    expect(restore.output).toMatch(/Restored \d+ tables, [\d,]+ rows \(every count matches the backup\), 1 uploaded files/);
    expect(restore.code).toBe(0);

    const restored = await fingerprint(restoredUrl);
    expect(restored).toEqual(source);
    expect(await migrationNames(restoredUrl)).toEqual(await migrationNames(sourceUrl));
    expect(readFileSync(join(restoredStorage, "2026", "11", "drill-file.pdf"), "utf8")).toBe("%PDF-1.4 drill\n");

    // Sequences continue after the restored rows: the next outbox row gets a fresh id.
    const next = await withClient(restoredUrl, async (c) => {
      const max = await c.query<{ m: string | null }>(`SELECT max(id)::text AS m FROM "SearchOutbox"`);
      const ins = await c.query<{ id: string }>(
        `INSERT INTO "SearchOutbox" ("entityType", "entityId") VALUES ('drill', 'x') RETURNING id::text AS id`,
      );
      await c.query(`DELETE FROM "SearchOutbox" WHERE "entityType" = 'drill'`);
      return { max: BigInt(max.rows[0]?.m ?? "0"), id: BigInt(ins.rows[0]?.id ?? "0") };
    });
    expect(next.id).toBeGreaterThan(next.max);
  }, 180_000);

  it("npm start does not add the demo content to a restored database", async () => {
    const lines: string[] = [];
    const services = { databaseUrl: restoredUrl } as Services;
    // The drill profile: its marker names another database, as on a new machine.
    await seedOnFirstRun(services, { ...process.env, DATABASE_URL: restoredUrl }, "drill", (l) => lines.push(l));
    expect(lines).toEqual(["The database already holds accounts: not adding the demo content (SEED=always seeds anyway)."]);
  }, 180_000);

  it("refuses to restore into a database that is not empty, unless --force", async () => {
    const refused = await run("scripts/db/restore.ts", [archive], { DATABASE_URL: restoredUrl, STORAGE_DIR: restoredStorage });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain("Not restored: the target database is not empty");

    // A change that --force must undo.
    await withClient(restoredUrl, (c) => c.query(`DELETE FROM "SearchOutbox"`));
    const forced = await run("scripts/db/restore.ts", [archive, "--force"], { DATABASE_URL: restoredUrl, STORAGE_DIR: restoredStorage });
    expect(forced.output).toContain("--force: dropping everything");
    expect(forced.code).toBe(0);
    expect(await fingerprint(restoredUrl)).toEqual(await fingerprint(sourceUrl));
  }, 180_000);

  it("refuses a damaged archive before touching the database", async () => {
    const damaged = join(work, "damaged.tar");
    const bytes = readFileSync(archive);
    // Flip a byte inside the User table's data: its tar header (512 bytes) starts with its name.
    const header = bytes.indexOf(Buffer.from("-User.tsv.gz\0"));
    expect(header).toBeGreaterThan(0);
    const start = bytes.lastIndexOf(Buffer.from("data/"), header);
    bytes[start + 512 + 12] ^= 0xff;
    writeFileSync(damaged, bytes);
    const before = await fingerprint(restoredUrl);
    const r = await run("scripts/db/restore.ts", [damaged, "--force"], { DATABASE_URL: restoredUrl, STORAGE_DIR: restoredStorage });
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/Not restored: .*(damaged|not a readable backup archive)/);
    expect(await fingerprint(restoredUrl)).toEqual(before);
  }, 180_000);

  it("search:check agrees with the restored database after search:reindex", async () => {
    // Before: the restored database's index does not exist yet, and the check says so.
    const before = await run("scripts/search-check.ts", [], searchEnv, true);
    expect(before.code).toBe(1);

    const reindex = await run("scripts/search-reindex.ts", [], searchEnv, true);
    expect(reindex.output).toMatch(/Rebuilt "test_restore_[0-9a-f]+_content": \d+ documents/);
    expect(reindex.code).toBe(0);

    const after = await run("scripts/search-check.ts", [], searchEnv, true);
    expect(after.code).toBe(0);
  }, 180_000);
});
