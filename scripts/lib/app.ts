// Shared steps of `npm start`, `npm run dev` and `npm test`.
import type { ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { config as dotenv } from "dotenv";
import pg from "pg";
import { applyMigrations } from "../db/migrate";
import { bins, dataDir, type Env, type Profile, profileDir, rel, root } from "./paths";
import {
  closeFd,
  cmdlineOf,
  cwdOf,
  openLog,
  portInUse,
  reapOrphan,
  removeFile,
  run,
  spawnGroup,
  stopChild,
  tail,
  waitUntil,
  writePid,
} from "./proc";
import type { Services } from "./services";
import { FriendlyError, isStopping, type Log, onCleanup, step } from "./ui";

/** Loads .env when present; variables already in the environment win. */
export function loadDotenv(): void {
  const file = join(root, ".env");
  if (existsSync(file)) dotenv({ path: file, quiet: true });
}

/** AUTH_SECRET from the environment, else one generated once and kept in .data/auth-secret. */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = join(dataDir(), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Regenerates the Prisma client when it is missing or older than prisma/schema.prisma. */
export async function ensurePrismaClient(log: Log): Promise<void> {
  const schema = readFileSync(join(root, "prisma", "schema.prisma"));
  const hash = createHash("sha256").update(schema).digest("hex");
  const marker = join(dataDir(), "prisma-client-hash");
  const current = existsSync(marker) ? readFileSync(marker, "utf8").trim() : "";
  if (existsSync(join(root, "lib", "generated", "prisma", "client.ts")) && current === hash) return;
  await step(log, "Generating the Prisma client", async () => {
    const logFile = join(dataDir(), "generate.log");
    const fd = openLog(logFile, 0);
    try {
      const code = await run(process.execPath, [join(root, "scripts", "db", "generate.cjs")], {
        cwd: root,
        stdio: ["ignore", fd, fd],
      });
      if (code !== 0) {
        console.error(tail(logFile, 30).join("\n"));
        throw new FriendlyError("prisma generate failed: fix prisma/schema.prisma (errors above) and try again.");
      }
    } finally {
      closeFd(fd);
    }
  });
  writeFileSync(marker, `${hash}\n`);
}

export async function migrate(databaseUrl: string, log: Log): Promise<string[]> {
  const apply = async () => {
    try {
      return await applyMigrations(databaseUrl);
    } catch (err) {
      // The engine's message says which migration and which SQL error; its stack is wasm noise.
      throw new FriendlyError(`Applying migrations failed: ${(err as Error).message.trim()}`);
    }
  };
  return step(log, "Applying migrations", apply, {
    detail: (names) => (names.length === 0 ? "up to date" : `applied ${names.join(", ")}`),
  });
}

/** Runs prisma/seed.ts (idempotent) in a child process with the app's environment. */
export async function seed(env: Env, log: Log, label = "Seeding the database"): Promise<void> {
  await step(
    log,
    label,
    async () => {
      const code = await run(process.execPath, [bins.tsx, "--conditions=react-server", join(root, "prisma", "seed.ts")], {
        cwd: root,
        env,
      });
      if (code !== 0) throw new FriendlyError(`The seed failed (prisma/seed.ts exited with ${code}): see its errors above.`);
    },
    { announce: true },
  );
}

/** Identifies the database, so that a recreated one is seeded again despite the marker. */
async function databaseIdentity(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    const db = await client.query("SELECT oid::text AS oid FROM pg_database WHERE datname = current_database()");
    let system = "";
    try {
      const r = await client.query("SELECT system_identifier::text AS id FROM pg_control_system()");
      system = r.rows[0]?.id ?? "";
    } catch {
      // Not allowed for this role: fall back to the URL.
      system = createHash("sha256").update(databaseUrl).digest("hex").slice(0, 16);
    }
    return `${system}:${db.rows[0]?.oid ?? ""}`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Whether the database already holds accounts (restored from a backup, or another instance's). */
async function hasAccounts(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM "User") AS found`);
    return rows[0]?.found === true;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Seeds on the first start (marker .data/<profile>/seeded), or every time with SEED=always. A
 * database that already holds accounts is not seeded on a "first" start: it was restored from a
 * backup (db:restore) or belongs to other instances, and the demo content has no place in it.
 */
export async function seedOnFirstRun(services: Services, env: Env, profile: Profile, log: Log): Promise<void> {
  const marker = join(profileDir(profile), "seeded");
  const identity = await databaseIdentity(services.databaseUrl);
  const always = process.env.SEED === "always";
  if (!always && existsSync(marker) && readFileSync(marker, "utf8").trim() === identity) return;
  if (process.env.SEED === "never") return;
  if (!always && (await hasAccounts(services.databaseUrl))) {
    log("The database already holds accounts: not adding the demo content (SEED=always seeds anyway).");
  } else {
    await seed(env, log, always ? "Seeding the database (SEED=always)" : "Seeding the database (first run)");
  }
  writeFileSync(marker, `${identity}\n`);
}

/** The environment the app runs with. */
export function appEnv(services: Services, port: number, extra: Env = {}): Env {
  return {
    ...process.env,
    DATABASE_URL: services.databaseUrl,
    MEILI_HOST: services.meiliHost,
    MEILI_MASTER_KEY: services.meiliMasterKey,
    AUTH_SECRET: authSecret(),
    AUTH_TRUST_HOST: "true",
    APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

export function appPort(name: "PORT" | "TEST_PORT" | "BENCH_PORT", fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new FriendlyError(`${name}=${raw} is not a port number: set it to a free port such as ${fallback}.`);
  }
  return port;
}

/** Fails fast (before a long build) when the app's port is taken. */
export async function assertPortFree(port: number, profile: Profile): Promise<void> {
  if (await portInUse(port)) {
    const name = profile === "test" ? "TEST_PORT" : profile === "bench" ? "BENCH_PORT" : "PORT";
    throw new FriendlyError(`Port ${port} is in use: stop the other program or set ${name} to a free port.`);
  }
}

export interface RunningApp {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the production server (scripts/server.mjs: Next.js behind the client-address rewrite of
 * decision 006 and the hashing of cached pages' inline scripts of decision 003) or `next dev` on
 * the port and waits until it answers HTTP. The server's output goes to our stdout/stderr.
 */
export async function startNext(opts: {
  mode: "start" | "dev";
  port: number;
  env: Env;
  profile: Profile;
  log: Log;
  readyPath?: string;
  /** Send the server's output to this file instead of our stdout/stderr. */
  logFile?: string;
  /** Extra flags for the server's node (the bench's `--cpu-prof`). */
  nodeArgs?: string[];
}): Promise<RunningApp> {
  const { mode, port, env, profile, log } = opts;
  if (isStopping()) throw new FriendlyError("Interrupted.");
  const pidFile = join(profileDir(profile), `next-${mode}.pid`);
  // A server left by a run that was killed hard would hold the port.
  if (await reapOrphan(pidFile, (pid) => /next|scripts\/server\.mjs/.test(cmdlineOf(pid)) && cwdOf(pid) === root)) {
    log("Stopped a web server left running by an earlier run.");
  }
  await assertPortFree(port, profile);
  // Production runs scripts/server.mjs: Next's request handler plus client addresses that a
  // client cannot choose (TRUSTED_PROXIES; decision 006) and the cached pages' hashed CSP
  // (decision 003). Development stays `next dev`.
  const args = mode === "start" ? [join(root, "scripts", "server.mjs"), "-p", String(port)] : [bins.next, mode, "-p", String(port)];
  if (process.env.HOST) args.push("-H", process.env.HOST);
  const label = mode === "dev" ? "Starting the development server" : "Starting the web server";
  return step(log, label, async () => {
    // Own process group: Ctrl-C reaches us first, and we stop the server before the databases.
    const fd = opts.logFile ? openLog(opts.logFile, 0) : null;
    const child = spawnGroup(process.execPath, [...(opts.nodeArgs ?? []), ...args], {
      cwd: root,
      env: { ...env, PORT: String(port), ...(mode === "start" ? { NODE_ENV: "production" } : {}) },
      stdio: fd === null ? ["ignore", "inherit", "inherit"] : ["ignore", fd, fd],
    });
    if (fd !== null) closeFd(fd);
    let exitCode: number | null = null;
    child.once("exit", (code) => {
      exitCode = code ?? 1;
    });
    if (child.pid) writePid(pidFile, child.pid);
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) {
        await step(log, "Stopping the web server", () => stopChild(child, "SIGTERM", 10_000));
      }
      removeFile(pidFile);
    };
    const unregister = onCleanup(stop);
    const url = `http://localhost:${port}`;
    try {
      await waitForHttp(`http://127.0.0.1:${port}`, opts.readyPath, mode === "dev" ? 120_000 : 60_000, () =>
        exitCode !== null ? `the server exited with code ${exitCode}` : null,
      );
    } catch (err) {
      unregister();
      await stop();
      const where = opts.logFile
        ? `: ${tail(opts.logFile, 15).join("\n")}\n(full output in ${rel(opts.logFile)})`
        : " (see its output above)";
      throw new FriendlyError(`The web server did not start (${(err as Error).message})${where}`);
    }
    return { child, url, stop };
  });
}

/**
 * Waits until the server answers: `readyPath` (e.g. /api/health) with 2xx, or — when that route
 * does not exist (404) — any answer below 500 from `/`.
 */
export async function waitForHttp(
  base: string,
  readyPath: string | undefined,
  timeoutMs: number,
  abort: () => string | null,
): Promise<void> {
  await waitUntil(
    async () => {
      try {
        if (readyPath) {
          const res = await fetch(`${base}${readyPath}`, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
          if (res.ok) return true;
          if (res.status !== 404) return false;
        }
        const res = await fetch(`${base}/`, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
        return res.status < 500;
      } catch {
        return false;
      }
    },
    timeoutMs,
    abort,
  );
}

export { rel };
