import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The drills (*.drill.ts) start whole instances of the app and break them on purpose: slow, so
// they are not in the unit pass; `npm test` runs them after the end-to-end tests (or alone with
// `npm test -- --drills`).
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["scripts/drills/**/*.drill.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
