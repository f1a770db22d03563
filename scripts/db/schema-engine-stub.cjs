#!/usr/bin/env node
// `prisma generate` insists on locating a native schema engine, which cannot be
// downloaded on an offline machine. Generate never calls it, so this stub only answers
// the version probe. Migrations use the WebAssembly engine (scripts/db/migrate.ts).
console.log("schema-engine-cli 7.10.0 (stub for offline prisma generate)");
