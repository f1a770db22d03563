import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AutosaveQueue, type AutosaveMirror, backoffDelay, type SaveResult } from "./autosave-queue";

type Call = { value: string; baseVersion: number };

/** A save function whose answers the test scripts one by one; records what it was sent. */
function scriptedSave(script: Array<"network" | "conflict" | "ok" | "invalid" | "unavailable" | Promise<void>>) {
  const calls: Call[] = [];
  let version = 1;
  const save = vi.fn(async (value: string, baseVersion: number): Promise<SaveResult> => {
    calls.push({ value, baseVersion });
    const step = script.shift() ?? "ok";
    if (step instanceof Promise) await step;
    if (step === "network") throw new TypeError("Failed to fetch");
    if (step === "conflict") return { ok: false, code: "CONFLICT", error: "errors.CONFLICT" };
    if (step === "invalid") return { ok: false, code: "INVALID", error: "errors.INVALID" };
    if (step === "unavailable") return { ok: false, code: "UNAVAILABLE", error: "errors.UNAVAILABLE" };
    version = baseVersion + 1;
    return { ok: true, data: { version, savedAt: `2025-01-01T00:00:0${version}Z` } };
  });
  return { save, calls };
}

function memoryMirror() {
  const mirror: AutosaveMirror<string> & { entry: { value: string; baseVersion: number } | null } = {
    entry: null,
    write(entry) {
      mirror.entry = entry;
    },
    clear() {
      mirror.entry = null;
    },
  };
  return mirror;
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe("AutosaveQueue", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("debounces keystrokes into one save of the last value", async () => {
    const { save, calls } = scriptedSave([]);
    const q = new AutosaveQueue({ save, initialVersion: 1, delayMs: 1500 });
    q.update("a");
    await vi.advanceTimersByTimeAsync(1000);
    q.update("ab");
    expect(q.getState().status).toBe("pending");
    await vi.advanceTimersByTimeAsync(1499);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([{ value: "ab", baseVersion: 1 }]);
    expect(q.getState()).toMatchObject({ status: "saved", version: 2, dirty: false, lastSavedAt: "2025-01-01T00:00:02Z" });
  });

  it("retries network failures with backoff and saves the LATEST value exactly once", async () => {
    const { save, calls } = scriptedSave(["network", "network", "ok"]);
    const mirror = memoryMirror();
    const q = new AutosaveQueue({ save, initialVersion: 1, delayMs: 1500, mirror });
    q.update("v1");
    await vi.advanceTimersByTimeAsync(1500);
    expect(q.getState().status).toBe("offline");
    expect(mirror.entry).toEqual({ value: "v1", baseVersion: 1 }); // kept on the device

    q.update("v2"); // typing while offline does not reset the backoff
    await vi.advanceTimersByTimeAsync(999);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1); // 1 s: second attempt, fails again
    expect(save).toHaveBeenCalledTimes(2);
    q.update("v3");
    await vi.advanceTimersByTimeAsync(1999);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1); // 2 s: third attempt succeeds
    expect(calls.map((c) => c.value)).toEqual(["v1", "v2", "v3"]);
    expect(save.mock.results.filter((r) => r.type === "return")).toHaveLength(3);
    expect(q.getState()).toMatchObject({ status: "saved", version: 2, dirty: false });
    expect(mirror.entry).toBeNull();

    await vi.advanceTimersByTimeAsync(60_000); // nothing left to do
    expect(save).toHaveBeenCalledTimes(3);
  });

  it("caps the backoff at 30 s and retries at once when the browser is back online", async () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    const { save } = scriptedSave(["network", "network", "network", "ok"]);
    const q = new AutosaveQueue({ save, initialVersion: 5, delayMs: 100 });
    q.update("x");
    await vi.advanceTimersByTimeAsync(100 + 1000 + 2000); // three failures, next wait 4 s
    expect(save).toHaveBeenCalledTimes(3);
    q.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(4);
    expect(q.getState()).toMatchObject({ status: "saved", version: 6 });
  });

  it("keeps one save in flight and sends edits made meanwhile in one follow-up save", async () => {
    const gate = deferred();
    const { save, calls } = scriptedSave([gate.promise, "ok"]);
    const mirror = memoryMirror();
    const q = new AutosaveQueue({ save, initialVersion: 1, delayMs: 1000, mirror });
    q.update("first");
    await vi.advanceTimersByTimeAsync(1000);
    expect(q.getState().status).toBe("saving");

    q.update("second");
    await vi.advanceTimersByTimeAsync(1000); // debounce fires while the first save is in flight
    q.update("third");
    await vi.advanceTimersByTimeAsync(1000);
    q.update("fourth");
    expect(save).toHaveBeenCalledTimes(1);

    gate.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(mirror.entry).toEqual({ value: "fourth", baseVersion: 2 }); // rebased on the new version
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([
      { value: "first", baseVersion: 1 },
      { value: "fourth", baseVersion: 2 },
    ]);
    expect(q.getState()).toMatchObject({ status: "saved", version: 3, dirty: false });
    expect(mirror.entry).toBeNull();
  });

  it("saves the newest edit right after the in-flight save when its debounce already fired", async () => {
    const gate = deferred();
    const { save, calls } = scriptedSave([gate.promise, "ok"]);
    const q = new AutosaveQueue({ save, initialVersion: 1, delayMs: 500 });
    q.update("a");
    await vi.advanceTimersByTimeAsync(500);
    q.update("ab");
    q.update("abc");
    await vi.advanceTimersByTimeAsync(500);
    gate.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.value)).toEqual(["a", "abc"]);
  });

  it("stops on CONFLICT and keeps the local copy", async () => {
    const { save } = scriptedSave(["conflict"]);
    const mirror = memoryMirror();
    const q = new AutosaveQueue({ save, initialVersion: 3, delayMs: 100, mirror });
    q.update("mine");
    await vi.advanceTimersByTimeAsync(100);
    expect(q.getState()).toMatchObject({ status: "conflict", errorKey: "errors.CONFLICT", dirty: true });
    q.update("mine, more");
    q.online();
    expect(await q.saveNow()).toBe(false);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(mirror.entry).toEqual({ value: "mine, more", baseVersion: 3 });
  });

  it("retries a temporarily unavailable server, but waits for the next edit after a refusal", async () => {
    const { save } = scriptedSave(["unavailable", "invalid", "ok"]);
    const q = new AutosaveQueue({ save, initialVersion: 1, delayMs: 100 });
    q.update("a");
    await vi.advanceTimersByTimeAsync(100);
    expect(q.getState()).toMatchObject({ status: "error", errorKey: "errors.UNAVAILABLE" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(q.getState()).toMatchObject({ status: "error", errorKey: "errors.INVALID" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(2);
    q.update("b");
    await vi.advanceTimersByTimeAsync(100);
    expect(q.getState()).toMatchObject({ status: "saved", errorKey: null, version: 2 });
  });

  it("saveNow skips the debounce and resolves once the server has the value", async () => {
    const { save, calls } = scriptedSave([]);
    const q = new AutosaveQueue({ save, initialVersion: 1, delayMs: 10_000 });
    q.update("publish me");
    const done = q.saveNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(await done).toBe(true);
    expect(calls).toEqual([{ value: "publish me", baseVersion: 1 }]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("notifies subscribers only when the state changes", async () => {
    const { save } = scriptedSave([]);
    const q = new AutosaveQueue({ save, initialVersion: 1, delayMs: 100 });
    const seen: string[] = [];
    q.subscribe(() => seen.push(q.getState().status));
    q.update("a");
    q.update("b");
    await vi.advanceTimersByTimeAsync(100);
    expect(seen).toEqual(["pending", "saving", "saved"]);
  });
});
