"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { type AutosaveMirror, AutosaveQueue, type AutosaveStatus, type SaveFn } from "./autosave-queue";

export type { AutosaveStatus } from "./autosave-queue";

/** A copy of unsaved changes kept on this device by an earlier visit. */
export type RecoveredDraft<T> = {
  value: T;
  /** The server version the copy was based on. */
  baseVersion: number;
  /** When it was written (ISO). */
  updatedAt: string;
  /** True when the server has a newer version than the copy was based on (restoring overwrites it). */
  stale: boolean;
};

type StoredDraft<T> = { v: 1; value: T; baseVersion: number; updatedAt: string };

function readDraft<T>(storageKey: string): StoredDraft<T> | null {
  try {
    const raw = window.localStorage.getItem(storageKey);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredDraft<T>;
    return parsed && parsed.v === 1 && typeof parsed.baseVersion === "number" ? parsed : null;
  } catch {
    return null;
  }
}

function localStorageMirror<T>(storageKey: string): AutosaveMirror<T> {
  return {
    write({ value, baseVersion }) {
      try {
        const draft: StoredDraft<T> = { v: 1, value, baseVersion, updatedAt: new Date().toISOString() };
        window.localStorage.setItem(storageKey, JSON.stringify(draft));
      } catch {
        // Storage full or disabled (private mode): the server copy is then the only one.
      }
    },
    clear() {
      try {
        window.localStorage.removeItem(storageKey);
      } catch {}
    },
  };
}

export type UseAutosaveOptions<T> = {
  /** The current value; every new value (by identity) after the first counts as an edit. */
  value: T;
  save: SaveFn<T>;
  initialVersion: number;
  /** localStorage key for the unsaved copy, e.g. `draft:knowledge:<pageId>:<locale>`. */
  storageKey: string;
  delayMs?: number;
};

export type UseAutosaveResult<T> = {
  status: AutosaveStatus;
  lastSavedAt: string | null;
  version: number;
  /** Message-catalogue key when status is "error" or "conflict". */
  errorKey: string | null;
  /** True while some edit has not reached the server. */
  hasUnsavedChanges: boolean;
  /** Saves at once; resolves true when everything is saved (e.g. before publishing). */
  saveNow: () => Promise<boolean>;
  /** A newer local copy found at mount; the page offers to restore it (pass it back as `value`). */
  recovered: RecoveredDraft<T> | null;
  /** Forget the recovered copy (after restoring it, or when the person declines). */
  dismissRecovered: () => void;
};

/**
 * Saves `value` in the background: debounced, one save in flight, retried with backoff while
 * the network is down, mirrored to localStorage until the server has it, stopped on CONFLICT.
 */
export function useAutosave<T>({ value, save, initialVersion, storageKey, delayMs = 1500 }: UseAutosaveOptions<T>): UseAutosaveResult<T> {
  const saveRef = useRef(save);
  saveRef.current = save;

  const [queue] = useState(
    () =>
      new AutosaveQueue<T>({
        save: (v, baseVersion) => saveRef.current(v, baseVersion),
        initialVersion,
        delayMs,
        mirror: typeof window === "undefined" ? undefined : localStorageMirror<T>(storageKey),
      }),
  );
  // Until the first edit the state is the same on server and client, so it hydrates as is.
  const state = useSyncExternalStore(queue.subscribe, queue.getState, queue.getState);

  // Every new value after the initial one is an edit. Comparing identities (not effect runs)
  // keeps React's double-invoked effects in development from counting as edits.
  const lastValue = useRef(value);
  useEffect(() => {
    if (Object.is(lastValue.current, value)) return;
    lastValue.current = value;
    queue.update(value);
  }, [queue, value]);

  // A copy left by an earlier visit (closed tab, crash, long offline spell). Read after
  // mount, before any edit could overwrite it; an identical copy is simply dropped.
  const [recovered, setRecovered] = useState<RecoveredDraft<T> | null>(null);
  const initialValue = useRef(value);
  useEffect(() => {
    const draft = readDraft<T>(storageKey);
    if (!draft) return;
    if (JSON.stringify(draft.value) === JSON.stringify(initialValue.current)) {
      window.localStorage.removeItem(storageKey);
      return;
    }
    setRecovered({
      value: draft.value,
      baseVersion: draft.baseVersion,
      updatedAt: draft.updatedAt,
      stale: draft.baseVersion !== initialVersion,
    });
  }, [storageKey, initialVersion]);

  const dismissRecovered = useCallback(() => {
    setRecovered(null);
    // Once the person has started editing, the stored copy is theirs: keep it.
    if (!queue.getState().dirty) {
      try {
        window.localStorage.removeItem(storageKey);
      } catch {}
    }
  }, [queue, storageKey]);

  // Retry as soon as the browser reports a connection. Leaving the page inside the app (no
  // beforeunload) sends what is pending once; if that fails the local copy remains.
  useEffect(() => {
    queue.resume();
    const onOnline = () => queue.online();
    window.addEventListener("online", onOnline);
    return () => {
      window.removeEventListener("online", onOnline);
      if (queue.getState().dirty) void queue.saveNow();
      queue.dispose();
    };
  }, [queue]);

  // Warn before leaving while an edit has not reached the server. Not after a conflict: saving
  // is impossible then, the copy stays on this device, and the status asks for a reload.
  const unsaved = state.dirty && state.status !== "conflict";
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ""; // older browsers need it set
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [unsaved]);

  const saveNow = useCallback(() => queue.saveNow(), [queue]);

  return {
    status: state.status,
    lastSavedAt: state.lastSavedAt,
    version: state.version,
    errorKey: state.errorKey,
    hasUnsavedChanges: state.dirty,
    saveNow,
    recovered,
    dismissRecovered,
  };
}
