import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";

/** A client for scripts, the seed and tests (the app uses lib/db.ts). */
export function createScriptClient(databaseUrl = process.env.DATABASE_URL) {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: run this through `npm run …`, which starts the database.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

export type ScriptClient = ReturnType<typeof createScriptClient>;
