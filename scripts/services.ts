// `npm run services`: runs PostgreSQL and Meilisearch (dev profile) until Ctrl-C, e.g. for
// `npm run dev` in another terminal (it reuses them) or for tools that need a database.
import { loadDotenv } from "./lib/app";
import { ensureServices } from "./lib/services";
import { consoleLog, onCleanup, runMain, untilStopRequested } from "./lib/ui";

runMain(async () => {
  loadDotenv();
  const services = await ensureServices({ profile: "dev", log: consoleLog, supervise: true });
  onCleanup(() => services.stop());
  console.log(`DATABASE_URL=${services.databaseUrl}`);
  console.log(`MEILI_HOST=${services.meiliHost}`);
  console.log(`MEILI_MASTER_KEY=${services.meiliMasterKey}`);
  console.log("Services are running; press Ctrl-C to stop them.");
  const reason = await Promise.race([untilStopRequested().then(() => null), services.failed]);
  if (reason) console.error(`Stopping because ${reason}.`);
  return reason ? 1 : 0;
});
