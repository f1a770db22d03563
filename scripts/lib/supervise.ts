// Keeps a service that `npm start` started running: when it dies, it is restarted with a growing
// delay; when it cannot be brought back, `onGiveUp` is told, so that the launcher stops
// everything and exits non-zero — a process manager (systemd, Docker, …) then restarts the whole.
import type { ChildProcess } from "node:child_process";
import { FriendlyError, type Log } from "./ui";

/** How a process ended: an exit code or the signal that killed it. */
export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A running service instance as the supervisor sees it. */
export interface Running {
  pid: number;
  /** Resolves once the process has exited, whoever stopped it. */
  exited: Promise<ExitInfo>;
  stop(): Promise<void>;
}

export interface SupervisorOptions {
  /** Shown in log lines: "PostgreSQL", "Meilisearch". */
  name: string;
  log: Log;
  /** Starts a fresh instance; throws when it cannot (the attempt then counts as failed). */
  restart: () => Promise<Running>;
  /** Called once when every attempt failed; the supervisor stops trying. */
  onGiveUp: (reason: string) => void;
  /** Restarts in a row before giving up (default 5). */
  maxAttempts?: number;
  /** Delay before the first restart; doubles with each attempt (default 1 s, or EMBEDDED_RESTART_DELAY_MS). */
  baseDelayMs?: number;
  /** A restarted service that then runs this long is healthy again: the count starts over (default 60 s). */
  stableMs?: number;
}

export interface Supervisor {
  /** The instance running now (it changes after each restart). */
  current(): Running;
  /** Stops supervising and stops the running instance. */
  stop(): Promise<void>;
}

/** The first restart delay: EMBEDDED_RESTART_DELAY_MS, else 1 s. */
export function restartDelayMs(): number {
  const raw = process.env.EMBEDDED_RESTART_DELAY_MS;
  if (!raw) return 1000;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0 || ms > 600_000) {
    throw new FriendlyError(`EMBEDDED_RESTART_DELAY_MS=${raw} is not a delay in milliseconds: use e.g. 1000.`);
  }
  return ms;
}

export function describeExit({ code, signal }: ExitInfo): string {
  return signal ? `signal ${signal}` : `code ${code ?? "unknown"}`;
}

/** The exit of a child as a promise (resolves at once when it has already exited). */
export function exitInfoOf(child: ChildProcess): Promise<ExitInfo> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
    // Spawning failed (e.g. the binary vanished): there will be no "exit".
    child.once("error", () => resolve({ code: child.exitCode ?? 1, signal: child.signalCode }));
  });
}

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`);

export function supervise(first: Running, opts: SupervisorOptions): Supervisor {
  const { name, log } = opts;
  const maxAttempts = opts.maxAttempts ?? 5;
  const baseDelay = opts.baseDelayMs ?? restartDelayMs();
  const stableMs = opts.stableMs ?? 60_000;
  let current = first;
  let startedAt = Date.now();
  let stopping = false;
  let wake: (() => void) | null = null;
  let starting: Promise<Running> | null = null;

  /** Waits `ms`, or less when stop() is called meanwhile. */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });

  const watch = async (): Promise<void> => {
    // Restarts in a row without a stable run in between: a crash loop ends in giving up too.
    let failures = 0;
    for (;;) {
      const exit = await current.exited;
      if (stopping) return;
      if (Date.now() - startedAt >= stableMs) failures = 0;
      let why = `exited unexpectedly (${describeExit(exit)})`;
      for (;;) {
        failures++;
        if (failures > maxAttempts) {
          const reason = `${name} ${why}; ${maxAttempts} restarts in a row did not keep it running`;
          log(`[services] ${reason}: stopping E-PANEMA so that a process manager can restart it.`);
          opts.onGiveUp(reason);
          return;
        }
        const delay = baseDelay * 2 ** (failures - 1);
        log(`[services] ${name} ${why}; restarting in ${seconds(delay)} (attempt ${failures}/${maxAttempts})`);
        await pause(delay);
        if (stopping) return;
        try {
          starting = opts.restart();
          current = await starting;
          startedAt = Date.now();
          log(`[services] ${name} is running again (pid ${current.pid}).`);
          break;
        } catch (err) {
          why = `could not be restarted (${(err as Error).message.split("\n")[0]})`;
        } finally {
          starting = null;
        }
      }
      if (stopping) return;
    }
  };
  const watching = watch();

  return {
    current: () => current,
    async stop() {
      stopping = true;
      wake?.();
      await starting?.catch(() => {});
      await current.stop();
      await watching;
    },
  };
}
