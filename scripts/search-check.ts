// `npm run search:check`: compares the documents every source says should be searchable with
// the documents in the index; prints what is missing, extra or outdated and exits with 1 when
// they differ. Services and environment as for search:reindex (see scripts/search-reindex.ts).
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ensurePrismaClient, loadDotenv } from "./lib/app";
import { ensureServices, type Services } from "./lib/services";
import { consoleLog, FriendlyError, onCleanup, runMain } from "./lib/ui";

/**
 * DATABASE_URL / MEILI_HOST / MEILI_MASTER_KEY from the environment, else the embedded dev
 * services; then loads every search source. lib/ modules are imported only afterwards, because
 * lib/env.ts reads the environment once, when first imported.
 */
export async function connectSearchServices(): Promise<Services> {
  try {
    await import("server-only");
  } catch {
    throw new FriendlyError("Run this through npm (npm run search:reindex / search:check): it needs tsx --conditions=react-server.");
  }
  await ensurePrismaClient(consoleLog);
  const services = await ensureServices({ profile: "dev", log: consoleLog });
  onCleanup(() => services.stop());
  process.env.DATABASE_URL = services.databaseUrl;
  process.env.MEILI_HOST = services.meiliHost;
  process.env.MEILI_MASTER_KEY = services.meiliMasterKey;
  try {
    await import("../lib/search/sources");
  } catch (error) {
    throw new FriendlyError(`Loading the search sources (lib/search/sources.ts) failed: ${(error as Error).message}`);
  }
  return services;
}

const nf = new Intl.NumberFormat("en");

function list(label: string, ids: string[]): void {
  if (ids.length === 0) return;
  const first = ids.slice(0, 5).join(", ");
  consoleLog(`  ${label}: ${nf.format(ids.length)} (${ids.length > 5 ? `first: ${first}, …` : first})`);
}

async function main(): Promise<void> {
  runMain(async () => {
    loadDotenv();
    const services = await connectSearchServices();
    const { checkIndex } = await import("../lib/search/check");
    const r = await checkIndex();
    await services.stop(); // before the report, so that it ends the output
    consoleLog(`Index "${r.index}": ${nf.format(r.indexed)} documents; the sources have ${nf.format(r.expected)}.`);
    list("missing from the index", r.missing);
    list("in the index but not in the sources", r.extra);
    list("outdated in the index", r.outdated);
    if (r.pending > 0) {
      consoleLog(`  ${nf.format(r.pending)} changes are still waiting in the outbox: the indexer may not have caught up yet.`);
    }
    consoleLog(r.ok ? "The index agrees with the sources." : "The index differs from the sources: `npm run search:reindex` rebuilds it.");
    return r.ok ? 0 : 1;
  });
}

// search-reindex.ts imports connectSearchServices from here: run only when started directly.
const entry = process.argv[1];
if (entry && realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url))) void main();
