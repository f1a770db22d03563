// Applies prisma/migrations with Prisma's WebAssembly schema engine (the CLI's native engine
// cannot be downloaded offline). Records _prisma_migrations exactly like `prisma migrate deploy`,
// so the real CLI accepts the same database and folders.
//   npm run db:migrate   (DATABASE_URL, else the embedded dev database)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { root } from "../lib/paths";
import { isMain, noFilters, openEngine } from "./engine";

export const schemaPath = join(root, "prisma", "schema.prisma");
export const migrationsDir = join(root, "prisma", "migrations");

/** The migrations folder in the shape the engine expects (same as the Prisma CLI builds). */
export function loadMigrations(dir = migrationsDir): MigrationList {
  const lockPath = join(dir, "migration_lock.toml");
  const lockfile = {
    path: "migration_lock.toml",
    content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
  };
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort((a, b) => a.localeCompare(b))
    : [];
  return {
    baseDir: dir,
    lockfile,
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = join(dir, name, "migration.sql");
      let content: { tag: "ok"; value: string } | { tag: "error"; value: string };
      try {
        content = { tag: "ok", value: readFileSync(file, "utf8") };
      } catch (err) {
        content = { tag: "error", value: (err as Error).message };
      }
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  };
}

/** Applies pending migrations; returns the names applied (empty when up to date). */
export async function applyMigrations(
  databaseUrl: string,
  opts: { log?: (line: string) => void; migrationsDir?: string } = {},
): Promise<string[]> {
  const migrationsList = loadMigrations(opts.migrationsDir);
  if (migrationsList.migrationDirectories.length === 0) return [];
  const schema = readFileSync(schemaPath, "utf8");
  const handle = await openEngine(databaseUrl, [[schemaPath, schema]], opts.log);
  try {
    const result = await handle.engine.applyMigrations({ migrationsList, filters: noFilters });
    return result.appliedMigrationNames;
  } finally {
    await handle.close();
  }
}

async function main(): Promise<void> {
  const { loadDotenv } = await import("../lib/app");
  const { runMain, onCleanup, consoleLog, FriendlyError } = await import("../lib/ui");
  runMain(async () => {
    loadDotenv();
    let url = process.env.DATABASE_URL;
    if (!url) {
      const { ensureServices } = await import("../lib/services");
      const services = await ensureServices({ profile: "dev", log: consoleLog });
      onCleanup(() => services.stop());
      url = services.databaseUrl;
    }
    const applied = await applyMigrations(url, { log: process.env.DEBUG ? (l) => console.error(l) : undefined }).catch((err: Error) => {
      throw new FriendlyError(`Applying migrations failed: ${err.message.trim()}`);
    });
    console.log(applied.length === 0 ? "No pending migrations." : `Applied: ${applied.join(", ")}`);
    return 0;
  });
}

if (isMain(import.meta.url)) void main();
