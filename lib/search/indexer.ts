// Feeds Meilisearch from the transactional outbox (lib/search/outbox.ts). A content write and its
// outbox row commit together; this loop turns committed rows into index updates and never drops
// one: while Meilisearch is down the rows wait (with backoff) and are indexed when it is back.
import { db } from "@/lib/db";
import { defaultSearchTarget, isUnreachable, quote, TASK_TIMEOUT_MS, waitOk } from "./client";
import { ensureIndex, isEnsured, markEnsured } from "./index-settings";
import { searchSources, sourceFor } from "./registry";
import type { SearchDocument, SearchTarget } from "./types";

const BATCH_SIZE = 100;
const BUSY_MS = 500;
const IDLE_MS = 2000;
const MAX_BACKOFF_S = 60;

// ---- Logging that does not repeat itself ----------------------------------------------------

let unreachableLogged = false;
let lastError = { message: "", at: 0 };

async function waitingCount(): Promise<number> {
  try {
    return await db.searchOutbox.count({ where: { processedAt: null } });
  } catch {
    return Number.NaN;
  }
}

async function logUnreachable(): Promise<void> {
  if (unreachableLogged) return;
  unreachableLogged = true;
  const n = await waitingCount();
  console.warn(
    `[search] Meilisearch is unreachable; ${Number.isNaN(n) ? "some" : n} changes waiting — they will be indexed when it is back. Check MEILI_HOST.`,
  );
}

function logReachable(): void {
  if (!unreachableLogged) return;
  unreachableLogged = false;
  console.info("[search] Meilisearch is reachable again; catching up.");
}

/** Logs an error once, then again only when it changes or after ten minutes. */
function logError(message: string): void {
  const now = Date.now();
  if (message === lastError.message && now - lastError.at < 10 * 60_000) return;
  lastError = { message, at: now };
  console.error(`[search] ${message}`);
}

// ---- Draining the outbox --------------------------------------------------------------------

const DOC_ID = /^[a-zA-Z0-9_-]{1,511}$/;

/** What is wrong with a document a source produced, or null. `entity`: the one it was asked for. */
export function documentProblem(doc: SearchDocument, entity?: string): string | null {
  if (typeof doc.id !== "string" || !DOC_ID.test(doc.id)) return `document id "${doc.id}" must be 1–511 characters of [a-zA-Z0-9_-]`;
  const expected = entity ?? `${doc.type}:`;
  if (entity ? doc.entity !== entity : !doc.entity?.startsWith(expected) || doc.entity === expected) {
    return `document ${doc.id} has entity "${doc.entity}", expected "${entity ?? `${doc.type}:<id>`}"`;
  }
  if (doc.visibility !== "public" && doc.visibility !== "members") return `document ${doc.id} has no valid visibility`;
  if (typeof doc.group !== "string" || doc.group.length === 0) return `document ${doc.id} has no group`;
  return null;
}

type OutboxRow = { id: bigint; entityType: string; entityId: string };

export type DrainOptions = {
  /** Defaults to the app's index; null = search not configured (nothing is claimed). */
  target?: SearchTarget | null;
  /** Only these entity types (default: every registered source). Tests use it to stay apart. */
  types?: string[];
  batchSize?: number;
};

export type DrainResult = {
  /** Rows taken from the outbox in this round. */
  claimed: number;
  /** Rows marked processed. */
  processed: number;
  /** Rows put back with a backoff. */
  failed: number;
  /** Rows left for a later round (their entity was being indexed by another instance). */
  deferred: number;
  unreachable: boolean;
};

/**
 * One round: claims up to 100 due rows (FOR UPDATE SKIP LOCKED, so instances never share a row),
 * refreshes each entity's documents once, and marks the rows processed — or, when Meilisearch
 * or a source fails, increments attempts and delays them by min(2^attempts s, 60 s).
 */
export async function drainOnce(opts: DrainOptions = {}): Promise<DrainResult> {
  const result: DrainResult = { claimed: 0, processed: 0, failed: 0, deferred: 0, unreachable: false };
  const target = opts.target === undefined ? defaultSearchTarget() : opts.target;
  if (!target) return result;
  // Only types this process can index: a row for a type whose source is not deployed here waits.
  const types = (opts.types ?? searchSources().map((s) => s.type)).filter((t) => sourceFor(t));
  if (types.length === 0) return result;
  const limit = opts.batchSize ?? BATCH_SIZE;

  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<OutboxRow[]>`
        SELECT id, "entityType", "entityId" FROM "SearchOutbox"
        WHERE "processedAt" IS NULL AND "availableAt" <= now() AND "entityType" = ANY(${types}::text[])
        ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      result.claimed = rows.length;
      if (rows.length === 0) return result;

      // One refresh per entity, however many rows it has.
      const groups = new Map<string, { type: string; id: string; rows: bigint[] }>();
      for (const row of rows) {
        const key = `${row.entityType}:${row.entityId}`;
        const group = groups.get(key) ?? { type: row.entityType, id: row.entityId, rows: [] };
        group.rows.push(row.id);
        groups.set(key, group);
      }

      // Another instance may hold newer rows of the same entity: whoever has the entity's lock
      // indexes it, the other leaves its rows for later, so an older read never overwrites a newer.
      const keys = [...groups.keys()];
      const locks = await tx.$queryRaw<{ key: string; ok: boolean }[]>`
        SELECT k AS key, pg_try_advisory_xact_lock(hashtextextended('search:' || k, 0)) AS ok
        FROM unnest(${keys}::text[]) AS k`;
      for (const { key, ok } of locks) {
        if (ok) continue;
        result.deferred += groups.get(key)?.rows.length ?? 0;
        groups.delete(key);
      }

      const done: bigint[] = [];
      const failures: { rows: bigint[]; message: string }[] = [];
      const fail = (rowsOf: bigint[], message: string) => failures.push({ rows: rowsOf, message });

      // Current documents, per source.
      const byType = new Map<string, string[]>();
      for (const group of groups.values()) byType.set(group.type, [...(byType.get(group.type) ?? []), group.id]);
      const documents = new Map<string, SearchDocument[]>(); // entity key → documents
      for (const [type, ids] of byType) {
        const source = sourceFor(type);
        const keysOfType = ids.map((id) => `${type}:${id}`);
        try {
          if (!source) throw new Error(`no search source registered for "${type}"`);
          const found = await source.documentsFor(ids);
          for (const id of ids) documents.set(`${type}:${id}`, found.get(id) ?? []);
        } catch (error) {
          const message = `source "${type}" failed: ${(error as Error).message}`;
          logError(message);
          for (const key of keysOfType) {
            fail(groups.get(key)?.rows ?? [], message);
            groups.delete(key);
          }
        }
      }
      for (const [key, docs] of documents) {
        const problem = docs.map((d) => documentProblem(d, key)).find(Boolean);
        if (!problem) continue;
        logError(`invalid search document from source "${groups.get(key)?.type}": ${problem}`);
        fail(groups.get(key)?.rows ?? [], problem);
        documents.delete(key);
        groups.delete(key);
      }

      // Add the new documents (same ids replace), then delete the entity's other documents.
      if (groups.size > 0) {
        const entityRows = [...groups.values()].flatMap((g) => g.rows);
        try {
          if (!isEnsured(target)) await ensureIndex(target, { wait: false });
          const index = target.client.index<SearchDocument>(target.index);
          const docs = [...documents.values()].flat();
          const clauses = [...documents].map(([entity, list]) =>
            list.length === 0
              ? `entity = ${quote(entity)}`
              : `(entity = ${quote(entity)} AND id NOT IN [${list.map((d) => quote(d.id)).join(", ")}])`,
          );
          // Enqueued one after the other (each await returns once Meilisearch has queued it), so
          // they run in this order; then both are awaited.
          const add = docs.length > 0 ? index.addDocuments(docs, { primaryKey: "id" }) : null;
          if (add) await add;
          const remove = index.deleteDocuments({ filter: clauses.join(" OR ") });
          if (add) await waitOk(add);
          await waitOk(remove);
          done.push(...entityRows);
          logReachable();
        } catch (error) {
          markEnsured(target, false); // re-apply settings next time (the index may have been deleted)
          if (isUnreachable(error)) {
            result.unreachable = true;
            await logUnreachable();
            fail(entityRows, `Meilisearch unreachable: ${(error as Error).message}`);
          } else {
            const message = `indexing failed (will retry): ${(error as Error).message}`;
            logError(message);
            fail(entityRows, message);
          }
        }
      }

      if (done.length > 0) {
        // clock_timestamp(), not now(): reindex compares it with the moment a rebuild started.
        await tx.$executeRaw`
          UPDATE "SearchOutbox" SET "processedAt" = clock_timestamp(), "lastError" = NULL
          WHERE id = ANY(${done}::bigint[])`;
      }
      for (const failure of failures) {
        if (failure.rows.length === 0) continue;
        await tx.$executeRaw`
          UPDATE "SearchOutbox"
          SET attempts = attempts + 1,
              "lastError" = ${failure.message.slice(0, 2000)},
              "availableAt" = now() + make_interval(secs => LEAST(power(2, attempts + 1), ${MAX_BACKOFF_S}))
          WHERE id = ANY(${failure.rows}::bigint[])`;
      }
      result.processed = done.length;
      result.failed = failures.reduce((n, f) => n + f.rows.length, 0);
      return result;
    },
    // Generous: the transaction stays open while Meilisearch indexes the batch.
    { maxWait: 10_000, timeout: 5 * TASK_TIMEOUT_MS },
  );
}

// ---- The loop ---------------------------------------------------------------------------------

const globalForIndexer = globalThis as unknown as { epanemaSearchIndexer?: { stop(): void } };

/**
 * Starts the polling loop once per process (instrumentation.ts calls it): every 500 ms while
 * there is work, every 2 s when idle. Several app instances may run it side by side.
 */
export function startSearchIndexer(): void {
  if (globalForIndexer.epanemaSearchIndexer) return;
  // `next build` may load instrumentation while prerendering: no loop there.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const target = defaultSearchTarget();
  if (!target) {
    console.warn("[search] MEILI_HOST is not set: search indexing is off; content changes wait in the outbox.");
    return;
  }
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  globalForIndexer.epanemaSearchIndexer = {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => void tick(), ms);
    timer.unref?.();
  };
  const tick = async () => {
    let delay = IDLE_MS;
    try {
      const r = await drainOnce({ target });
      if (r.processed > 0) delay = r.claimed >= BATCH_SIZE ? 0 : BUSY_MS;
    } catch (error) {
      // The database itself (or the transaction) failed: nothing was lost, try again later.
      logError(`could not read the search outbox (will retry): ${(error as Error).message.split("\n")[0]}`);
    }
    schedule(delay);
  };

  void (async () => {
    try {
      await import("./sources"); // registers every feature's source
    } catch (error) {
      logError(`could not load the search sources: ${(error as Error).message}`);
    }
    try {
      await ensureIndex(target);
    } catch (error) {
      if (isUnreachable(error)) await logUnreachable();
      else logError(`could not apply the index settings (will retry): ${(error as Error).message}`);
    }
    schedule(0);
  })();
}

/** Tests and shutdown hooks. */
export function stopSearchIndexer(): void {
  globalForIndexer.epanemaSearchIndexer?.stop();
  globalForIndexer.epanemaSearchIndexer = undefined;
}
