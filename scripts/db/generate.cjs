#!/usr/bin/env node
// Runs `prisma generate` offline (postinstall). See scripts/db/schema-engine-stub.cjs.
const { spawnSync } = require("node:child_process");
const path = require("node:path");
const root = path.resolve(__dirname, "../..");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: path.join(__dirname, "schema-engine-stub.cjs"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
  CHECKPOINT_DISABLE: "1",
};
const bin = path.join(root, "node_modules", "prisma", "build", "index.js");
const r = spawnSync(process.execPath, [bin, "generate"], { cwd: root, env, stdio: "inherit" });
if (r.status !== 0) {
  console.error("prisma generate failed: run `npm run db:generate` again and read the error above.");
}
process.exit(r.status ?? 1);
