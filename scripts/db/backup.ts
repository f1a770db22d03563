// `npm run db:backup [-- --out file.tar] [--no-files]`: a consistent backup of the database (and
// the uploaded files) into one portable archive (format: scripts/db/archive.ts). Works on the
// embedded PostgreSQL 18 (which ships no pg_dump) and on any DATABASE_URL: the schema is the
// migrations, the data goes through COPY streams of one REPEATABLE READ snapshot.
import { createHash } from "node:crypto";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import * as tar from "tar";
import { appProfile, rel, root } from "../lib/paths";
import { progressBar } from "../lib/progress";
import type { Log } from "../lib/ui";
import {
  appInfo,
  countRows,
  dataFile,
  FORMAT,
  FORMAT_VERSION,
  ident,
  listColumns,
  listTables,
  type Manifest,
  MIGRATIONS_TABLE,
  type SequenceEntry,
  type TableEntry,
} from "./archive";
import { isMain } from "./engine";
import { migrationsDir } from "./migrate";

const nf = new Intl.NumberFormat("en");

/** Counts rows (lines of COPY text format: a newline inside a value is escaped) as they pass. */
function lineCounter(onLines: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      let n = 0;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
      if (n > 0) onLines(n);
      done(null, chunk);
    },
  });
}

/** Hashes what passes through (the gzipped bytes written to the file). */
function hasher(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
}

const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");

/**
 * The applied migrations, checked against this checkout's folders: the archive carries their SQL,
 * so each must exist here unchanged (Prisma records each file's SHA-256 when applying it).
 */
async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const exists = await client.query("SELECT to_regclass(quote_ident(current_schema()) || '.' || $1) IS NOT NULL AS ok", [MIGRATIONS_TABLE]);
  if (!exists.rows[0]?.ok) {
    throw new Error("this database has no migrations table: it is not an E-PANEMA database (check DATABASE_URL)");
  }
  const { rows } = await client.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM ${ident(MIGRATIONS_TABLE)}
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const unknown = rows.filter((r) => !existsSync(join(migrationsDir, r.name, "migration.sql"))).map((r) => r.name);
  if (unknown.length > 0) {
    throw new Error(
      `the database has migrations this checkout does not have (${unknown.join(", ")}): back it up with the version of E-PANEMA that runs it`,
    );
  }
  const changed = rows.filter((r) => sha256(readFileSync(join(migrationsDir, r.name, "migration.sql"))) !== r.checksum).map((r) => r.name);
  if (changed.length > 0) {
    throw new Error(
      `these migrations were changed after they were applied, so they would not rebuild this database: ${changed.join(", ")} (restore them from git)`,
    );
  }
  return rows.map((r) => r.name);
}

/** Regular files under a directory, as paths relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

export interface BackupOptions {
  log: Log;
  /** The uploads directory to include (STORAGE_DIR); null leaves files out. */
  storageDir: string | null;
}

export interface BackupResult {
  manifest: Manifest;
  file: string;
  bytes: number;
  rows: number;
  files: number;
}

export async function backupDatabase(databaseUrl: string, out: string, opts: BackupOptions): Promise<BackupResult> {
  const { log } = opts;
  mkdirSync(dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {});
  await client.connect();
  // Next to the output: same file system, so the final rename is atomic.
  const work = mkdtempSync(join(dirname(out), ".epanema-backup-"));
  try {
    const migrations = await appliedMigrations(client);
    // One snapshot for every table: the archive is consistent even while the app writes.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const info = await client.query<{ server: string; database: string; schema: string }>(
      "SELECT current_setting('server_version') AS server, current_database() AS database, current_schema() AS schema",
    );
    const tableNames = await listTables(client);
    const tables: TableEntry[] = [];
    for (const [i, name] of tableNames.entries()) {
      tables.push({
        name,
        columns: await listColumns(client, name),
        rows: await countRows(client, name),
        file: dataFile(i, name),
        sha256: "",
      });
    }
    const totalRows = tables.reduce((n, t) => n + t.rows, 0);
    log(
      `Backing up ${info.rows[0]?.database} (PostgreSQL ${info.rows[0]?.server}): ${tables.length} tables, ${nf.format(totalRows)} rows, ${migrations.length} migrations.`,
    );

    mkdirSync(join(work, "data"));
    const bar = progressBar("Copying rows", "rows");
    const t0 = Date.now();
    let done = 0;
    for (const table of tables) {
      const hash = createHash("sha256");
      let lines = 0;
      const source = client.query(copyTo(`COPY ${ident(table.name)} (${table.columns.map(ident).join(", ")}) TO STDOUT`));
      await pipeline(
        source,
        lineCounter((n) => {
          lines += n;
          done += n;
          bar.update(done, totalRows, (done * 1000) / Math.max(1, Date.now() - t0));
        }),
        createGzip(),
        hasher(hash),
        createWriteStream(join(work, table.file)),
      );
      if (lines !== table.rows) throw new Error(`table ${table.name}: counted ${table.rows} rows but COPY wrote ${lines}`);
      table.sha256 = hash.digest("hex");
    }
    bar.end();

    const { rows: seqRows } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'S' ORDER BY c.relname`,
    );
    const sequences: SequenceEntry[] = [];
    for (const { name } of seqRows) {
      const r = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${ident(name)}`);
      sequences.push({ name, lastValue: r.rows[0]?.last_value ?? "1", isCalled: r.rows[0]?.is_called ?? false });
    }
    await client.query("COMMIT");

    const manifest: Manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      app: appInfo(),
      source: {
        server: info.rows[0]?.server ?? "",
        database: info.rows[0]?.database ?? "",
        schema: info.rows[0]?.schema ?? "public",
      },
      migrations,
      tables,
      sequences,
    };
    const files = opts.storageDir ? filesUnder(opts.storageDir) : [];
    if (opts.storageDir) {
      manifest.files = {
        count: files.length,
        bytes: files.reduce((n, f) => n + statSync(join(opts.storageDir as string, f)).size, 0),
      };
    }
    writeFileSync(join(work, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    mkdirSync(join(work, "migrations"));
    for (const name of migrations) {
      mkdirSync(join(work, "migrations", name));
      writeFileSync(join(work, "migrations", name, "migration.sql"), readFileSync(join(migrationsDir, name, "migration.sql")));
    }
    const lock = join(migrationsDir, "migration_lock.toml");
    if (existsSync(lock)) writeFileSync(join(work, "migrations", "migration_lock.toml"), readFileSync(lock));

    rmSync(partial, { force: true });
    // manifest.json first, so that a restore (or `tar -xOf … manifest.json`) finds it at once.
    await tar.create({ file: partial, cwd: work, portable: true }, ["manifest.json", "migrations", "data"]);
    if (opts.storageDir && files.length > 0) {
      await tar.replace({ file: partial, cwd: opts.storageDir, portable: true, prefix: "files" }, files);
    }
    renameSync(partial, out);
    return { manifest, file: out, bytes: statSync(out).size, rows: totalRows, files: files.length };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    rmSync(partial, { force: true });
    throw err;
  } finally {
    await client.end().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  }
}

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "")
    .replace("T", "-");
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

/** `--name value` or `--name=value`. */
export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function main(): Promise<void> {
  const { loadDotenv } = await import("../lib/app");
  const { runMain, onCleanup, consoleLog, FriendlyError } = await import("../lib/ui");
  runMain(async () => {
    const args = process.argv.slice(2);
    loadDotenv();
    let out = option(args, "--out");
    if (out === "") throw new FriendlyError("--out needs a file name, e.g. --out backups/epanema.tar");
    const defaultName = `epanema-${stamp(new Date())}.tar`;
    out = out ? resolve(out) : join(root, "backups", defaultName);
    if (existsSync(out) && statSync(out).isDirectory()) out = join(out, defaultName);
    if (existsSync(out)) throw new FriendlyError(`${rel(out)} already exists: choose another --out (a backup is never overwritten).`);
    const storageDir = args.includes("--no-files") ? null : resolve(root, process.env.STORAGE_DIR ?? ".data/storage");

    let url = process.env.DATABASE_URL;
    if (!url) {
      const { ensureServices } = await import("../lib/services");
      const services = await ensureServices({ profile: appProfile(), log: consoleLog, search: false });
      onCleanup(() => services.stop());
      url = services.databaseUrl;
    }
    const result = await backupDatabase(url, out, { log: consoleLog, storageDir }).catch((err: Error) => {
      throw new FriendlyError(`Backup failed: ${err.message}`);
    });
    const { manifest } = result;
    consoleLog(
      `Backup written to ${rel(result.file)} (${formatBytes(result.bytes)}): ${manifest.tables.length} tables, ${nf.format(result.rows)} rows, ` +
        `${manifest.migrations.length} migrations, ${storageDir ? `${nf.format(result.files)} uploaded files` : "no uploaded files (--no-files)"}; ` +
        `E-PANEMA ${manifest.app.version}${manifest.app.commit ? ` (${manifest.app.commit.slice(0, 10)})` : ""}.`,
    );
    consoleLog(`Restore it with: npm run db:restore -- ${rel(result.file)}`);
    return 0;
  });
}

if (isMain(import.meta.url)) void main();
