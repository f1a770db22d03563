// `npm run db:diff -- --check` (run by .ci/run): the migrations must build prisma/schema.prisma.
// Against the test server: scratch databases are created and dropped.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { replayMigrations } from "./diff";
import { loadMigrations, migrationsDir, schemaPath } from "./migrate";

const url = process.env.DATABASE_URL ?? "";
const work = mkdtempSync(join(tmpdir(), "epanema-diff-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of prisma/migrations whose last migration.sql is changed by `edit`. */
function editedMigrations(edit: (sql: string) => string): string {
  const dir = join(work, `migrations-${Math.random().toString(36).slice(2)}`);
  cpSync(migrationsDir, dir, { recursive: true });
  const last = loadMigrations(dir).migrationDirectories.at(-1)?.path as string;
  const file = join(dir, last, "migration.sql");
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  return dir;
}

describe("the migrations check", () => {
  it("finds that the committed migrations build prisma/schema.prisma exactly", async () => {
    const result = await replayMigrations(url);
    expect(result).toEqual({ onlyInMigrations: [], onlyInSchema: [] });
  }, 120_000);

  it("catches a migration edited by hand (an index removed)", async () => {
    const dir = editedMigrations((sql) => {
      const index = sql.split("\n").find((l) => l.startsWith("CREATE INDEX") || l.startsWith("CREATE UNIQUE INDEX"));
      expect(index).toBeDefined();
      return sql.replace(index as string, "");
    });
    const result = await replayMigrations(url, { migrationsDir: dir });
    expect(result.onlyInMigrations).toEqual([]);
    expect(result.onlyInSchema).toHaveLength(1);
    expect(result.onlyInSchema[0]).toMatch(/^index CREATE (UNIQUE )?INDEX/);
  }, 120_000);

  it("catches a schema change without a migration (a new column)", async () => {
    const schema = readFileSync(schemaPath, "utf8").replace(/model User \{\n/, "model User {\n  drillNickname String?\n");
    const result = await replayMigrations(url, { schema });
    expect(result.onlyInMigrations).toEqual([]);
    expect(result.onlyInSchema).toEqual(["column User.drillNickname text"]);
  }, 120_000);
});
