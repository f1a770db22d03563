// Console output and process lifecycle shared by the CLI scripts.

/** An error whose message is one line telling the user what to do; printed without a stack. */
export class FriendlyError extends Error {}

export type Log = (line: string) => void;

export const consoleLog: Log = (line) => console.log(line);

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/**
 * Runs `fn` and prints "Label… ok (0.6 s)" once it is done. Steps that take long or let a child
 * print (build, seed) pass `announce` so that a line appears before they start.
 */
export async function step<T>(
  log: Log,
  label: string,
  fn: () => Promise<T>,
  opts: { announce?: boolean; detail?: (result: T) => string | undefined } = {},
): Promise<T> {
  const t0 = Date.now();
  if (opts.announce) log(`${label}…`);
  try {
    const result = await fn();
    const extra = opts.detail?.(result);
    log(`${label}… ok (${seconds(Date.now() - t0)}${extra ? `, ${extra}` : ""})`);
    return result;
  } catch (err) {
    // A FriendlyError is printed as the one line that says what to do; no extra noise.
    if (!(err instanceof FriendlyError)) log(`${label}… failed (${seconds(Date.now() - t0)})`);
    throw err;
  }
}

export { seconds as formatSeconds };

type Cleanup = () => Promise<void> | void;
const cleanups: Cleanup[] = [];
let stopping = false;
let stopRequested: () => void = () => {};
const stopPromise = new Promise<void>((resolve) => {
  stopRequested = resolve;
});

/** Registers work to undo on exit (last registered runs first). Returns an unregister function. */
export function onCleanup(fn: Cleanup): () => void {
  cleanups.push(fn);
  return () => {
    const i = cleanups.indexOf(fn);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const fn = cleanups.pop() as Cleanup;
    try {
      await fn();
    } catch (err) {
      console.error(`Cleanup failed: ${(err as Error).message}`);
    }
  }
}

/** Resolves when Ctrl-C / SIGTERM arrives (for long-running commands). */
export function untilStopRequested(): Promise<void> {
  return stopPromise;
}

export function isStopping(): boolean {
  return stopping;
}

/**
 * Runs a CLI entry point: cleans up on success, error and signals. A FriendlyError prints its one
 * line; a signal stops everything and exits 0 (a second one exits at once).
 */
export function runMain(main: () => Promise<number | undefined>, opts: { signalExitCode?: number } = {}): void {
  let exiting = false;
  const finish = async (code: number) => {
    if (exiting) return;
    exiting = true;
    await runCleanups();
    process.exit(code);
  };
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    // npm and tsx may relay the terminal's Ctrl-C a second time: only a later one forces exit.
    if (stopping && Date.now() - firstSignalAt < 1000) return;
    if (stopping) {
      console.error(`${signal} again: exiting without cleaning up.`);
      process.exit(130);
    }
    stopping = true;
    firstSignalAt = Date.now();
    stopRequested();
    // Give main a moment to notice (it may be awaiting untilStopRequested) before cleaning up.
    setTimeout(() => void finish(opts.signalExitCode ?? 0), 50);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("SIGHUP", onSignal);

  main().then(
    (code) => finish(typeof code === "number" ? code : 0),
    (err: unknown) => {
      if (stopping) return; // interrupted: the signal handler exits.
      if (err instanceof FriendlyError) console.error(err.message);
      else console.error(err);
      void finish(1);
    },
  );
}
