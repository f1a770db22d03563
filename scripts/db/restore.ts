// `npm run db:restore -- file.tar [--force]`: rebuilds a database from a `db:backup` archive —
// the schema from the archive's migrations, the rows through COPY in one transaction, the
// sequences, then the uploaded files — and checks every table's row count against the manifest.
// Refuses a database that already holds tables (or has other sessions) unless --force.
// Target: DATABASE_URL, else the embedded database of `npm start`.
import { createHash } from "node:crypto";
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import * as tar from "tar";
import { appProfile, rel, root } from "../lib/paths";
import { progressBar } from "../lib/progress";
import type { Log } from "../lib/ui";
import { countRows, ident, listTables, type Manifest, parseManifest, schemaObjects } from "./archive";
import { isMain } from "./engine";
import { applyMigrations } from "./migrate";

const nf = new Intl.NumberFormat("en");

/** An error whose message is for the operator as is (refusals, not failures). */
export class RestoreRefused extends Error {}

function fileSha256(file: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (c) => hash.update(c))
      .on("end", () => resolvePromise(hash.digest("hex")))
      .on("error", reject);
  });
}

export interface RestoreOptions {
  log: Log;
  /** Restore into a database that is not empty (its schema is dropped first) or in use. */
  force?: boolean;
  /** Where the archive's uploaded files go (STORAGE_DIR); null skips them. */
  storageDir: string | null;
}

export interface RestoreResult {
  manifest: Manifest;
  rows: number;
  files: number;
  /** Migrations this checkout has beyond the backup's: `npm start` or db:migrate applies them. */
  newerMigrations: string[];
}

export async function restoreDatabase(databaseUrl: string, archive: string, opts: RestoreOptions): Promise<RestoreResult> {
  const { log } = opts;
  if (!existsSync(archive)) throw new RestoreRefused(`${archive} does not exist`);
  const work = mkdtempSync(join(tmpdir(), "epanema-restore-"));
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {});
  // A query on a client that never connected waits forever: track what there is to undo.
  let connected = false;
  let inTransaction = false;
  try {
    // Unpack and check everything before touching the database.
    try {
      await tar.extract({ file: archive, cwd: work, strict: true });
    } catch (err) {
      throw new RestoreRefused(`${archive} is not a readable backup archive (${(err as Error).message})`);
    }
    if (!existsSync(join(work, "manifest.json"))) throw new RestoreRefused(`${archive} has no manifest.json: it is not an E-PANEMA backup`);
    const manifest = parseManifest(readFileSync(join(work, "manifest.json"), "utf8"));
    for (const name of manifest.migrations) {
      if (!existsSync(join(work, "migrations", name, "migration.sql"))) throw new RestoreRefused(`the archive lacks migration ${name}`);
    }
    for (const table of manifest.tables) {
      const file = join(work, table.file);
      if (!existsSync(file)) throw new RestoreRefused(`the archive lacks ${table.file} (table ${table.name})`);
      if ((await fileSha256(file)) !== table.sha256)
        throw new RestoreRefused(`${table.file} is damaged (its checksum differs from the manifest)`);
    }
    const here = existsSync(join(root, "prisma", "migrations"))
      ? readdirSync(join(root, "prisma", "migrations"), { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => e.name)
      : [];
    const unknown = manifest.migrations.filter((m) => !here.includes(m));
    if (unknown.length > 0) {
      log(
        `Note: this backup comes from a newer E-PANEMA (migrations ${unknown.join(", ")} are not in this checkout): upgrade before starting the app on it.`,
      );
    }
    const totalRows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    log(
      `Restoring a backup of ${manifest.createdAt} (E-PANEMA ${manifest.app.version}, PostgreSQL ${manifest.source.server}): ${manifest.tables.length} tables, ${nf.format(totalRows)} rows, ${manifest.migrations.length} migrations.`,
    );

    await client.connect().catch((err: Error & { code?: string }) => {
      if (err.code === "3D000") throw new RestoreRefused(`${err.message}: create it first (CREATE DATABASE …), empty`);
      throw err;
    });
    connected = true;
    const others = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    const sessions = others.rows[0]?.n ?? 0;
    if (sessions > 0 && !opts.force) {
      throw new RestoreRefused(
        `${sessions} other session(s) are connected to this database — is the app running? Stop it first (or pass --force to restore anyway)`,
      );
    }
    const existing = await schemaObjects(client);
    if (existing.total > 0) {
      if (!opts.force) {
        const some = existing.tables.slice(0, 3).join(", ");
        throw new RestoreRefused(
          `the target database is not empty (${existing.tables.length} tables${some ? `, e.g. ${some}` : ""}): restore into a new, empty database, or pass --force to replace everything in it`,
        );
      }
      const [{ schema }] = (await client.query<{ schema: string }>("SELECT current_schema() AS schema")).rows;
      log(`--force: dropping everything in schema "${schema}" of the target database (${existing.total} objects).`);
      await client.query(`DROP SCHEMA ${ident(schema)} CASCADE`);
      await client.query(`CREATE SCHEMA ${ident(schema)}`);
    }

    log("Creating the schema from the backup's migrations…");
    const applied = await applyMigrations(databaseUrl, { migrationsDir: join(work, "migrations") });
    if (applied.join(",") !== manifest.migrations.join(",")) {
      throw new Error(
        `applying the archive's migrations gave ${applied.join(", ") || "nothing"}, expected ${manifest.migrations.join(", ")}`,
      );
    }

    // Every row in one transaction: the database ends up complete or as the migrations left it.
    // Foreign keys are dropped and re-created around the load (as pg_dump does), so tables can
    // load in any order; re-creating them checks every reference. User triggers stay off.
    await client.query("BEGIN");
    inTransaction = true;
    const { rows: fks } = await client.query<{ tbl: string; name: string; def: string }>(
      `SELECT cl.relname AS tbl, co.conname AS name, pg_get_constraintdef(co.oid) AS def
       FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
       WHERE co.contype = 'f' AND n.nspname = current_schema() ORDER BY cl.relname, co.conname`,
    );
    for (const fk of fks) await client.query(`ALTER TABLE ${ident(fk.tbl)} DROP CONSTRAINT ${ident(fk.name)}`);
    const tablesHere = new Set(await listTables(client));
    const missing = manifest.tables.filter((t) => !tablesHere.has(t.name)).map((t) => t.name);
    if (missing.length > 0) throw new Error(`the migrations did not create ${missing.join(", ")}`);
    for (const t of manifest.tables) await client.query(`ALTER TABLE ${ident(t.name)} DISABLE TRIGGER USER`);

    const bar = progressBar("Loading rows", "rows");
    const t0 = Date.now();
    let done = 0;
    for (const table of manifest.tables) {
      const sink = client.query(copyFrom(`COPY ${ident(table.name)} (${table.columns.map(ident).join(", ")}) FROM STDIN`));
      await pipeline(
        createReadStream(join(work, table.file)),
        createGunzip(),
        new Transform({
          transform(chunk: Buffer, _enc, next) {
            for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) done++;
            bar.update(done, totalRows, (done * 1000) / Math.max(1, Date.now() - t0));
            next(null, chunk);
          },
        }),
        sink,
      );
    }
    bar.end();

    for (const t of manifest.tables) await client.query(`ALTER TABLE ${ident(t.name)} ENABLE TRIGGER USER`);
    log(`Checking ${fks.length} foreign keys…`);
    for (const fk of fks) await client.query(`ALTER TABLE ${ident(fk.tbl)} ADD CONSTRAINT ${ident(fk.name)} ${fk.def}`);
    for (const seq of manifest.sequences) {
      await client.query("SELECT setval(quote_ident(current_schema()) || '.' || quote_ident($1), $2::bigint, $3)", [
        seq.name,
        seq.lastValue,
        seq.isCalled,
      ]);
    }
    const wrong: string[] = [];
    for (const table of manifest.tables) {
      const n = await countRows(client, table.name);
      if (n !== table.rows) wrong.push(`${table.name}: ${n} rows, the backup has ${table.rows}`);
    }
    if (wrong.length > 0) throw new Error(`row counts differ after loading — ${wrong.join("; ")}`);
    await client.query("COMMIT");
    inTransaction = false;

    let files = 0;
    if (opts.storageDir && manifest.files && existsSync(join(work, "files"))) {
      mkdirSync(opts.storageDir, { recursive: true });
      // Keys are unique generated names: copying next to existing files never replaces another's.
      cpSync(join(work, "files"), opts.storageDir, { recursive: true, force: true });
      files = manifest.files.count;
    }
    const newerMigrations = here.filter((m) => !manifest.migrations.includes(m)).sort();
    return { manifest, rows: totalRows, files, newerMigrations };
  } catch (err) {
    if (inTransaction) await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    if (connected) await client.end().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { loadDotenv } = await import("../lib/app");
  const { runMain, onCleanup, consoleLog, FriendlyError } = await import("../lib/ui");
  runMain(async () => {
    const args = process.argv.slice(2);
    const file = args.find((a) => !a.startsWith("--"));
    if (!file) throw new FriendlyError("Name the backup to restore: npm run db:restore -- backups/epanema-….tar [--force]");
    const archive = resolve(file);
    loadDotenv();
    const storageDir = args.includes("--no-files") ? null : resolve(root, process.env.STORAGE_DIR ?? ".data/storage");

    let url = process.env.DATABASE_URL;
    if (!url) {
      const { ensureServices } = await import("../lib/services");
      const services = await ensureServices({ profile: appProfile(), log: consoleLog, search: false });
      onCleanup(() => services.stop());
      url = services.databaseUrl;
    }
    const t0 = Date.now();
    const result = await restoreDatabase(url, archive, { log: consoleLog, force: args.includes("--force"), storageDir }).catch(
      (err: Error) => {
        throw new FriendlyError(err instanceof RestoreRefused ? `Not restored: ${err.message}.` : `Restore failed: ${err.message}`);
      },
    );
    consoleLog(
      `Restored ${result.manifest.tables.length} tables, ${nf.format(result.rows)} rows (every count matches the backup)` +
        `${storageDir ? `, ${nf.format(result.files)} uploaded files into ${rel(storageDir)}` : ""} in ${((Date.now() - t0) / 1000).toFixed(1)} s.`,
    );
    if (result.newerMigrations.length > 0) {
      consoleLog(
        `This version adds ${result.newerMigrations.length} migration(s); \`npm start\` (or \`npm run db:migrate\`) applies them.`,
      );
    }
    consoleLog("Next: rebuild the search index with `npm run search:reindex` (or start the app and run it then).");
    return 0;
  });
}

if (isMain(import.meta.url)) void main();
