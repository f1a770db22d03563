import type { ActionResult, ErrorCode } from "@/lib/errors";

// The retry/queue logic behind useAutosave, without React so it can be unit-tested with fake
// timers. Invariants: at most one save in flight; the value sent is always the newest one;
// a value is never dropped until the server has acknowledged it (or a conflict stops us).

export type AutosaveStatus = "idle" | "pending" | "saving" | "saved" | "offline" | "conflict" | "error";

export type SaveResult = ActionResult<{ version: number; savedAt: string }>;
export type SaveFn<T> = (value: T, baseVersion: number) => Promise<SaveResult>;

export type AutosaveState = {
  status: AutosaveStatus;
  /** The server version the next save is based on. */
  version: number;
  /** ISO timestamp of the last successful save in this session. */
  lastSavedAt: string | null;
  /** Message-catalogue key for "error" and "conflict" (e.g. "errors.INTERNAL"). */
  errorKey: string | null;
  /** True while a value exists that the server has not acknowledged. */
  dirty: boolean;
};

/** Where the newest unsaved value is mirrored (localStorage in the browser). */
export type AutosaveMirror<T> = {
  write(entry: { value: T; baseVersion: number }): void;
  clear(): void;
};

export type AutosaveQueueOptions<T> = {
  save: SaveFn<T>;
  initialVersion: number;
  delayMs?: number;
  /** First retry delay after a network failure; doubles up to maxBackoffMs. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  mirror?: AutosaveMirror<T>;
  /** Injected for tests; default: the global timers. */
  timers?: { setTimeout: (fn: () => void, ms: number) => unknown; clearTimeout: (handle: unknown) => void };
};

/** Server refusals worth retrying by themselves; others wait for the next edit or saveNow(). */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set(["UNAVAILABLE", "INTERNAL", "RATE_LIMITED"]);

export function backoffDelay(attempt: number, baseMs = 1000, maxMs = 30_000): number {
  return Math.min(baseMs * 2 ** attempt, maxMs);
}

export class AutosaveQueue<T> {
  private readonly opts: Required<Omit<AutosaveQueueOptions<T>, "mirror">> & { mirror?: AutosaveMirror<T> };
  private state: AutosaveState;
  private listeners = new Set<() => void>();

  private latest: T | undefined;
  /** Incremented on every edit; a save of edit n makes everything up to n clean. */
  private editSeq = 0;
  private savedSeq = 0;
  private inFlight = false;
  private debounceTimer: unknown = null;
  private retryTimer: unknown = null;
  private attempt = 0;
  private stopped = false;
  /** After dispose() no new timers start (an in-flight save may still finish). */
  private disposed = false;
  private waiters: Array<(ok: boolean) => void> = [];

  constructor(options: AutosaveQueueOptions<T>) {
    this.opts = {
      delayMs: 1500,
      baseBackoffMs: 1000,
      maxBackoffMs: 30_000,
      timers: {
        setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
        clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
      },
      ...options,
    };
    this.state = { status: "idle", version: options.initialVersion, lastSavedAt: null, errorKey: null, dirty: false };
  }

  getState = (): AutosaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Records an edit: mirrored at once, sent after the debounce delay. */
  update(value: T): void {
    this.latest = value;
    this.editSeq++;
    this.opts.mirror?.write({ value, baseVersion: this.state.version });
    if (this.stopped) {
      this.set({ dirty: true });
      return;
    }
    // While waiting to retry, the retry picks up this newest value; do not reset the backoff.
    if (this.retryTimer !== null) {
      this.set({ dirty: true });
      return;
    }
    this.clearDebounce();
    if (!this.disposed)
      this.debounceTimer = this.opts.timers.setTimeout(() => {
        this.debounceTimer = null;
        void this.run();
      }, this.opts.delayMs);
    this.set({ dirty: true, status: this.inFlight ? "saving" : "pending" });
  }

  /** Saves now (skipping the debounce and any backoff wait); resolves true once all is saved. */
  saveNow(): Promise<boolean> {
    if (!this.isDirty() && !this.inFlight) return Promise.resolve(this.state.status !== "conflict");
    if (this.stopped) return Promise.resolve(false);
    const done = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    this.clearDebounce();
    this.clearRetry();
    void this.run();
    return done;
  }

  /** The browser is back online: retry at once instead of waiting for the backoff. */
  online(): void {
    if (this.stopped || this.retryTimer === null) return;
    this.clearRetry();
    void this.run();
  }

  /** Stops timers (unmount). resume() restarts a pending save, e.g. after a React remount. */
  dispose(): void {
    this.disposed = true;
    this.clearDebounce();
    this.clearRetry();
  }

  resume(): void {
    this.disposed = false;
    if (!this.stopped && this.isDirty() && !this.inFlight && this.debounceTimer === null && this.retryTimer === null) {
      this.debounceTimer = this.opts.timers.setTimeout(() => {
        this.debounceTimer = null;
        void this.run();
      }, this.opts.delayMs);
    }
  }

  private isDirty() {
    return this.editSeq > this.savedSeq;
  }

  private async run(): Promise<void> {
    if (this.stopped || this.inFlight) return; // an in-flight save re-checks for newer edits when it ends
    if (!this.isDirty()) {
      this.settle(true);
      return;
    }
    const seq = this.editSeq;
    const value = this.latest as T;
    this.inFlight = true;
    this.set({ status: "saving" });

    let result: SaveResult;
    try {
      result = await this.opts.save(value, this.state.version);
    } catch {
      // fetch's TypeError, an aborted request or a thrown action: keep the value and retry.
      this.inFlight = false;
      this.scheduleRetry("offline", null);
      return;
    }
    this.inFlight = false;

    if (result.ok) {
      this.attempt = 0;
      this.savedSeq = seq;
      const dirty = this.isDirty();
      const saved = { version: result.data.version, lastSavedAt: result.data.savedAt, errorKey: null, dirty };
      if (dirty) {
        // Edits arrived during the save: keep the mirror (now based on the new version) and
        // send them once, either when their debounce fires or right away if it already has.
        this.opts.mirror?.write({ value: this.latest as T, baseVersion: result.data.version });
        this.set({ ...saved, status: this.debounceTimer === null ? "saving" : "pending" });
        if (this.debounceTimer === null) void this.run();
      } else {
        this.opts.mirror?.clear();
        this.set({ ...saved, status: "saved" });
        this.settle(true);
      }
      return;
    }

    if (result.code === "CONFLICT") {
      // Someone else saved a newer version: saving ours would overwrite theirs. Stop; the
      // mirrored copy stays on this device.
      this.stopped = true;
      this.clearDebounce();
      this.clearRetry();
      this.set({ status: "conflict", errorKey: result.error || "errors.CONFLICT" });
      this.settle(false);
      return;
    }

    if (RETRYABLE.has(result.code)) {
      this.scheduleRetry("error", result.error);
      return;
    }
    // Refused for a reason a retry will not fix (invalid, forbidden…): wait for the next edit.
    this.attempt = 0;
    this.set({ status: "error", errorKey: result.error });
    this.settle(false);
  }

  private scheduleRetry(status: "offline" | "error", errorKey: string | null) {
    const delay = backoffDelay(this.attempt, this.opts.baseBackoffMs, this.opts.maxBackoffMs);
    this.attempt++;
    this.clearDebounce(); // the retry carries the newest value
    this.clearRetry();
    if (!this.disposed)
      this.retryTimer = this.opts.timers.setTimeout(() => {
        this.retryTimer = null;
        void this.run();
      }, delay);
    this.set({ status, errorKey });
    this.settle(false);
  }

  private settle(ok: boolean) {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(ok);
  }

  private clearDebounce() {
    if (this.debounceTimer !== null) this.opts.timers.clearTimeout(this.debounceTimer);
    this.debounceTimer = null;
  }

  private clearRetry() {
    if (this.retryTimer !== null) this.opts.timers.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private set(patch: Partial<AutosaveState>) {
    const next = { ...this.state, ...patch };
    if ((Object.keys(next) as (keyof AutosaveState)[]).every((k) => next[k] === this.state[k])) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
