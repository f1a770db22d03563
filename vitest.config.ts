import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Unit and integration tests. `npm test` provides DATABASE_URL, MEILI_* etc. for a fresh test
// database; e2e/ belongs to Playwright.
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
    include: ["lib/**/*.test.{ts,tsx}", "components/**/*.test.ts", "app/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
    exclude: ["e2e/**", "node_modules/**", "lib/generated/**", ".next/**", ".data/**"],
    environment: "node",
    // Integration tests share one database: run files one after another.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
