// `npm run housekeeping`: runs the housekeeping round now (the app also runs it every hour in
// every instance): deletes ended sessions, spent one-time links, audit entries past three years,
// processed search outbox rows and expired rate-limit counters (lib/housekeeping.ts).
// Uses DATABASE_URL (from the environment or .env) when set, else the embedded dev database.
import { ensurePrismaClient, loadDotenv } from "./lib/app";
import { ensureServices } from "./lib/services";
import { consoleLog, FriendlyError, onCleanup, runMain } from "./lib/ui";

runMain(async () => {
  loadDotenv();
  try {
    await import("server-only");
  } catch {
    throw new FriendlyError("Run this through npm (npm run housekeeping): it needs tsx --conditions=react-server.");
  }
  await ensurePrismaClient(consoleLog);
  const services = await ensureServices({ profile: "dev", log: consoleLog, search: false });
  onCleanup(() => services.stop());
  process.env.DATABASE_URL = services.databaseUrl;
  // lib/ is imported only now: lib/env.ts reads the environment once, when first imported.
  const { describeHousekeeping, runHousekeeping } = await import("../lib/housekeeping");
  consoleLog("Housekeeping…");
  const counts = await runHousekeeping();
  await services.stop();
  const line = describeHousekeeping(counts);
  consoleLog(line ? `Housekeeping: ${line}.` : "Housekeeping: nothing to delete.");
  return 0;
});
