// The backup archive shared by `npm run db:backup` and `npm run db:restore`: a plain tar file that
// needs no pg_dump (the embedded PostgreSQL 18 ships none, and an older pg_dump refuses a newer
// server) and that a person can open with standard tools:
//
//   manifest.json                     what is inside: app version, migrations, tables, row counts
//   migrations/<name>/migration.sql   the schema, as the migrations that built the database
//   migrations/migration_lock.toml
//   data/<nnn>-<table>.tsv.gz         each table in PostgreSQL's COPY text format, gzipped
//
// By hand: `tar -xf backup.tar`, apply the migrations, then for each table
// `zcat data/001-User.tsv.gz | psql -c '\copy "User" (<columns from the manifest>) FROM STDIN'`.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type pg from "pg";
import { root } from "../lib/paths";

export const FORMAT = "e-panema-backup";
export const FORMAT_VERSION = 1;

export interface TableEntry {
  name: string;
  /** Columns in the order of the data file (generated columns are left out: they are computed). */
  columns: string[];
  rows: number;
  file: string;
  /** SHA-256 of the data file, checked before a restore. */
  sha256: string;
}

export interface SequenceEntry {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface Manifest {
  format: typeof FORMAT;
  formatVersion: number;
  createdAt: string;
  app: { name: string; version: string; commit: string | null };
  source: { server: string; database: string; schema: string };
  /** Migrations applied to the database, in order; the archive carries their SQL. */
  migrations: string[];
  tables: TableEntry[];
  sequences: SequenceEntry[];
  /** Uploaded files (STORAGE_DIR) under files/ in the archive; absent when left out. */
  files?: { count: number; bytes: number };
}

export const MIGRATIONS_TABLE = "_prisma_migrations";

export function appInfo(): Manifest["app"] {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string };
  let commit: string | null = null;
  try {
    commit =
      execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || null;
  } catch {
    // Not a git checkout (a release tarball): the version says enough.
  }
  return { name: pkg.name, version: pkg.version, commit };
}

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The tables of the current schema (what the migrations created), without Prisma's bookkeeping. */
export async function listTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $1
     ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((r) => r.name);
}

/** Columns that hold data (not dropped, not generated), in table order. */
export async function listColumns(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
     WHERE attrelid = (quote_ident(current_schema()) || '.' || quote_ident($1))::regclass
       AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
     ORDER BY attnum`,
    [table],
  );
  return rows.map((r) => r.name);
}

export async function countRows(client: pg.ClientBase, table: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${ident(table)}`);
  return Number(rows[0]?.n ?? 0);
}

/** Everything in the current schema: tables, views, sequences and types (enums). */
export async function schemaObjects(client: pg.ClientBase): Promise<{ tables: string[]; total: number }> {
  const { rows } = await client.query<{ name: string; kind: string }>(
    `SELECT c.relname AS name, c.relkind::text AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
     UNION ALL
     SELECT t.typname, 'type' FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = current_schema() AND t.typtype IN ('e', 'd', 'c') AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind <> 'c')
     ORDER BY 1`,
  );
  return {
    tables: rows.filter((r) => (r.kind === "r" || r.kind === "p") && r.name !== MIGRATIONS_TABLE).map((r) => r.name),
    total: rows.length,
  };
}

/** A file name for a table's data that is safe in any tar and file system. */
export function dataFile(index: number, table: string): string {
  return `data/${String(index + 1).padStart(3, "0")}-${table.replace(/[^A-Za-z0-9_.-]/g, "_")}.tsv.gz`;
}

export function parseManifest(text: string): Manifest {
  let m: Manifest;
  try {
    m = JSON.parse(text) as Manifest;
  } catch {
    throw new Error("manifest.json is not valid JSON");
  }
  if (m.format !== FORMAT) throw new Error("this is not an E-PANEMA backup (manifest.json has another format)");
  if (m.formatVersion > FORMAT_VERSION) {
    throw new Error(`this backup has format ${m.formatVersion}; this version of E-PANEMA reads up to ${FORMAT_VERSION}: upgrade first`);
  }
  if (!Array.isArray(m.tables) || !Array.isArray(m.migrations)) throw new Error("manifest.json lacks its tables or migrations");
  return m;
}
