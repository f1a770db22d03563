import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per process; reused across hot reloads in development.
const globalForDb = globalThis as unknown as { epanemaDb?: PrismaClient };

function createClient() {
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: 10, connectionTimeoutMillis: 5000 });
  return new PrismaClient({ adapter });
}

export const db = globalForDb.epanemaDb ?? createClient();
if (env.NODE_ENV === "development") globalForDb.epanemaDb = db;
