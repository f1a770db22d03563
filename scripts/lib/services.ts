// Starts (or finds) PostgreSQL and Meilisearch for a profile. DATABASE_URL / MEILI_HOST point at
// existing servers; otherwise the embedded ones run with their data in .data/<profile>/.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type EmbeddedMeili, startMeili } from "./meili";
import { type Profile, profileDir } from "./paths";
import { type EmbeddedPostgres, startPostgres } from "./postgres";
import { cmdlineOf, isAlive } from "./proc";
import { type Supervisor, supervise } from "./supervise";
import { consoleLog, type Log, step } from "./ui";

export interface Services {
  databaseUrl: string;
  meiliHost: string;
  meiliMasterKey: string;
  /** Whether the embedded servers are in use (started here or by another launcher). */
  embedded: { postgres: boolean; meili: boolean };
  /** Stops what this call started (servers shared from another launcher keep running). */
  stop(): Promise<void>;
  /**
   * With `supervise`: resolves with the reason when a service that died could not be restarted
   * (the caller should stop everything and exit non-zero). Never resolves otherwise.
   */
  failed: Promise<string>;
}

interface Shared {
  postgres?: { url: string; pid: number };
  meili?: { host: string; key: string; pid: number };
}

function stateFile(profile: Profile): string {
  return join(profileDir(profile), "services.json");
}

function readShared(profile: Profile): Shared {
  try {
    return JSON.parse(readFileSync(stateFile(profile), "utf8")) as Shared;
  } catch {
    return {};
  }
}

/** Servers another running launcher (e.g. `npm run services`) started for this profile. */
function liveOwner(pid: number | undefined): boolean {
  return pid !== undefined && pid !== process.pid && isAlive(pid) && /node|tsx/.test(cmdlineOf(pid) || "node");
}

function writeShared(profile: Profile, update: (s: Shared) => void): void {
  const s = readShared(profile);
  if (s.postgres && !liveOwner(s.postgres.pid) && s.postgres.pid !== process.pid) delete s.postgres;
  if (s.meili && !liveOwner(s.meili.pid) && s.meili.pid !== process.pid) delete s.meili;
  update(s);
  writeFileSync(stateFile(profile), `${JSON.stringify(s, null, 2)}\n`, { mode: 0o600 });
}

export interface ServiceOptions {
  profile: Profile;
  log?: Log;
  /** Restart the embedded servers started here when they die (npm start, dev, services). */
  supervise?: boolean;
  /** Whether Meilisearch is needed (default true); database tools only need PostgreSQL. */
  search?: boolean;
}

export async function ensureServices(opts: ServiceOptions): Promise<Services> {
  const { profile } = opts;
  const log = opts.log ?? consoleLog;
  const shared = readShared(profile);
  let pg: EmbeddedPostgres | null = null;
  let meili: EmbeddedMeili | null = null;
  const supervisors: { pg?: Supervisor; meili?: Supervisor } = {};
  let stopped = false;
  let giveUp: (reason: string) => void = () => {};
  const failed = new Promise<string>((resolve) => {
    giveUp = resolve;
  });

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // Meilisearch first: the app may still be writing to it; PostgreSQL last.
    if (meili) await step(log, "Stopping Meilisearch", () => (supervisors.meili ?? (meili as EmbeddedMeili)).stop());
    if (pg) await step(log, "Stopping PostgreSQL", () => (supervisors.pg ?? (pg as EmbeddedPostgres)).stop());
    if (pg || meili) {
      writeShared(profile, (s) => {
        if (pg && s.postgres?.pid === process.pid) delete s.postgres;
        if (meili && s.meili?.pid === process.pid) delete s.meili;
      });
    }
  };

  try {
    let databaseUrl = process.env.DATABASE_URL ?? "";
    let pgEmbedded = false;
    if (!databaseUrl) {
      pgEmbedded = true;
      if (shared.postgres && liveOwner(shared.postgres.pid)) {
        databaseUrl = shared.postgres.url;
        log(`Using the PostgreSQL started by process ${shared.postgres.pid}.`);
      } else {
        pg = await step(log, "Starting PostgreSQL", () => startPostgres(profile, log));
        databaseUrl = pg.url;
        if (opts.supervise) {
          // Same data directory, port and password: the URL the app holds stays valid.
          supervisors.pg = supervise(pg, { name: "PostgreSQL", log, restart: () => startPostgres(profile, log), onGiveUp: giveUp });
        }
        writeShared(profile, (s) => {
          s.postgres = { url: databaseUrl, pid: process.pid };
        });
      }
    }

    let meiliHost = process.env.MEILI_HOST ?? "";
    let meiliMasterKey = process.env.MEILI_MASTER_KEY ?? "";
    let meiliEmbedded = false;
    if (!meiliHost && opts.search !== false) {
      meiliEmbedded = true;
      if (shared.meili && liveOwner(shared.meili.pid)) {
        meiliHost = shared.meili.host;
        meiliMasterKey = shared.meili.key;
        log(`Using the Meilisearch started by process ${shared.meili.pid}.`);
      } else {
        meili = await step(log, "Starting Meilisearch", () => startMeili(profile, log));
        meiliHost = meili.host;
        meiliMasterKey = meili.masterKey;
        if (opts.supervise) {
          supervisors.meili = supervise(meili, { name: "Meilisearch", log, restart: () => startMeili(profile, log), onGiveUp: giveUp });
        }
        const m = meili;
        writeShared(profile, (s) => {
          s.meili = { host: m.host, key: m.masterKey, pid: process.pid };
        });
      }
    }

    return {
      databaseUrl,
      meiliHost,
      meiliMasterKey,
      embedded: { postgres: pgEmbedded, meili: meiliEmbedded },
      stop,
      failed,
    };
  } catch (err) {
    await stop().catch(() => {});
    throw err;
  }
}
