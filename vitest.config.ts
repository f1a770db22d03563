import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Two projects, the layers of the tests (cal.com's vitest workspace, as vitest projects):
//   unit  every *.test.ts that is not a database test: pure logic, files in parallel. Its
//         DATABASE_URL and MEILI_HOST name hosts that cannot exist, so a unit test that reaches
//         for PostgreSQL or Meilisearch fails at once instead of quietly needing them.
//   db    *.db.test.ts: real PostgreSQL and Meilisearch (`npm test` starts fresh ones), one file
//         at a time because they share the test database. Runs after unit.
// e2e/ belongs to Playwright.
const dirs = ["lib", "components", "app", "scripts", "prisma"];
const exclude = ["e2e/**", "node_modules/**", "lib/generated/**", ".next/**", ".data/**"];
const DB_TESTS = "**/*.db.test.{ts,tsx}";

export default defineConfig({
  plugins: [
    {
      // `import "server-only"` throws outside a React Server Components bundle; tests import
      // server code directly, so it becomes an empty module here.
      name: "server-only-stub",
      enforce: "pre",
      resolveId(id) {
        return id === "server-only" ? "\0server-only" : null;
      },
      load(id) {
        return id === "\0server-only" ? "export {};" : null;
      },
    },
  ],
  resolve: {
    alias: [{ find: /^@\//, replacement: root }],
  },
  test: {
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: dirs.map((d) => `${d}/**/*.test.{ts,tsx}`),
          exclude: [...exclude, DB_TESTS],
          env: {
            DATABASE_URL: "postgresql://unit-tests:none@no-database.invalid:5432/none",
            MEILI_HOST: "http://no-search.invalid:7700",
          },
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: dirs.map((d) => `${d}/**/*.db.test.{ts,tsx}`),
          exclude,
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
