// Small process helpers: pid files, orphans left by a crashed run, ports, waiting.
import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import { closeSync, openSync, readFileSync, readlinkSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import net from "node:net";
import type { Env } from "./paths";
import { onCleanup } from "./ui";

/** Spawn options with a plain env object (NodeJS.ProcessEnv is narrowed by next's types). */
type Options = Omit<SpawnOptions, "env"> & { env?: Env };

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // A zombie (killed, not yet reaped) still answers signal 0.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc (macOS): trust the signal
  }
}

/** The command line of a process (Linux /proc), or "" when unknown. */
export function cmdlineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return "";
  }
}

export function cwdOf(pid: number): string {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return "";
  }
}

export function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, "utf8").trim().split("\n")[0] ?? "", 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function writePid(file: string, pid: number): void {
  writeFileSync(file, `${pid}\n`);
}

export function removeFile(file: string): void {
  rmSync(file, { force: true });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits for a pid (not necessarily our child) to disappear. */
export async function waitForPidExit(pid: number, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

/**
 * Stops a process recorded in a pid file when it is still running and looks like ours
 * (`isOurs` checks its command line, since pids get reused): a run that was killed hard
 * (SIGKILL, closed terminal) leaves its servers behind, holding ports and data locks.
 */
export async function reapOrphan(pidFile: string, isOurs: (pid: number) => boolean, signal: NodeJS.Signals = "SIGTERM"): Promise<boolean> {
  const pid = readPid(pidFile);
  if (pid === null || pid === process.pid) return false;
  let reaped = false;
  if (isAlive(pid) && isOurs(pid)) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
    if (!(await waitForPidExit(pid, 20_000))) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Already gone.
      }
      await waitForPidExit(pid, 5_000);
    }
    reaped = true;
  }
  removeFile(pidFile);
  return reaped;
}

/** True when something already listens on the port (on any address we would bind). */
export function portInUse(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (err: NodeJS.ErrnoException) => resolve(err.code === "EADDRINUSE" || err.code === "EACCES"));
    server.once("listening", () => server.close(() => resolve(false)));
    server.listen({ port, host, exclusive: true });
  });
}

/** Opens a log file for a child's stdout/stderr, keeping it from growing without bound. */
export function openLog(file: string, maxBytes = 10 * 1024 * 1024): number {
  try {
    if (statSync(file).size > maxBytes) truncateSync(file, 0);
  } catch {
    // No log yet.
  }
  return openSync(file, "a");
}

export function closeFd(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed.
  }
}

/** Last lines of a log file, for error messages. */
export function tail(file: string, lines: number): string[] {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines);
  } catch {
    return [];
  }
}

/** Resolves with the exit code once the child exits (immediately when it already has). */
export function exitOf(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? 1);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

/** Stops a child (its whole process group when detached), escalating after a grace period. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM", graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const pid = child.pid;
  const exited = exitOf(child);
  const kill = (sig: NodeJS.Signals) => {
    try {
      // A negative pid signals the process group: next start/build leave workers otherwise.
      process.kill((child as ChildProcess & { detachedGroup?: boolean }).detachedGroup ? -pid : pid, sig);
    } catch {
      // Already gone.
    }
  };
  kill(signal);
  const timer = setTimeout(() => kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/**
 * Spawns a foreground child (build, seed, test runner) that is killed if we are interrupted.
 * Resolves with its exit code.
 */
export async function run(command: string, args: string[], options: Options): Promise<number> {
  const child = spawn(command, args, { stdio: "inherit", ...options } as SpawnOptions);
  const unregister = onCleanup(() => stopChild(child, "SIGTERM", 5_000));
  const code = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (c, sig) => resolve(c ?? (sig ? 128 : 1)));
  });
  unregister();
  return code;
}

/** Spawns a detached server whose process group we manage ourselves. */
export function spawnGroup(command: string, args: string[], options: Options): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true } as SpawnOptions);
  (child as ChildProcess & { detachedGroup?: boolean }).detachedGroup = true;
  return child;
}

/**
 * Polls `check` until it returns true; throws after `timeoutMs`, when `abort()` returns a message,
 * or when `check` throws (checks return false for errors worth retrying).
 */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, abort: () => string | null = () => null): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const reason = abort();
    if (reason) throw new Error(reason);
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s`);
    await sleep(100);
  }
}
