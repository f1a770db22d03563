import "dotenv/config";
import { defineConfig } from "prisma/config";

// The Prisma CLI is only used for `prisma generate` here; migrations are applied by
// scripts/db/migrate.ts through Prisma's WebAssembly schema engine (see docs/decisions/001).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --conditions=react-server prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/epanema" },
});
