// Zero-downtime rebuild: fill a fresh index from every source, swap it with the live one, delete
// the old one. Searches keep answering from the live index until the swap, which is atomic.
import type { EnqueuedTaskPromise } from "meilisearch";
import { db } from "@/lib/db";
import { defaultSearchTarget, waitOk } from "./client";
import { ensureIndex, INDEX_SETTINGS } from "./index-settings";
import { documentProblem } from "./indexer";
import { searchSources } from "./registry";
import type { SearchDocument, SearchSource, SearchTarget } from "./types";

export type ReindexProgress = {
  /** Documents Meilisearch has indexed into the new index. */
  done: number;
  /** Best estimate of the total (sources' estimate(), else the live index's size); null = unknown. */
  total: number | null;
  /** Documents per second so far. */
  rate: number;
};

export type ReindexOptions = {
  target?: SearchTarget;
  sources?: SearchSource[];
  onProgress?: (progress: ReindexProgress) => void;
  /** Lines worth telling the person running the command. */
  log?: (line: string) => void;
  /** Documents per Meilisearch task. */
  batchSize?: number;
};

export type ReindexResult = {
  index: string;
  documents: number;
  /** Entities changed during the rebuild, queued again so the new index has their latest state. */
  requeued: number;
  /** Temporary indexes left by interrupted rebuilds and removed now. */
  removedLeftovers: string[];
  ms: number;
};

const LEFTOVER_AGE_MS = 60 * 60_000;
const MAX_PENDING_TASKS = 2;

function requireTarget(target?: SearchTarget): SearchTarget {
  const t = target ?? defaultSearchTarget();
  if (!t) throw new Error("MEILI_HOST is not set: there is no search index to rebuild.");
  return t;
}

async function removeLeftovers(target: SearchTarget): Promise<string[]> {
  const pattern = new RegExp(`^${target.index.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}_tmp_(\\d+)$`);
  const { results } = await target.client.getRawIndexes({ limit: 1000 });
  const old = results
    .map((r) => r.uid)
    .filter((uid) => {
      const m = pattern.exec(uid);
      return m !== null && Date.now() - Number(m[1]) > LEFTOVER_AGE_MS;
    });
  for (const uid of old) await waitOk(target.client.deleteIndex(uid), { ignore: ["index_not_found"] });
  return old;
}

async function estimateTotal(target: SearchTarget, sources: SearchSource[]): Promise<number | null> {
  try {
    if (sources.length > 0 && sources.every((s) => s.estimate)) {
      const counts = await Promise.all(sources.map((s) => (s.estimate as () => Promise<number>)()));
      return counts.reduce((a, b) => a + b, 0);
    }
    const stats = await target.client.index(target.index).getStats();
    return stats.numberOfDocuments;
  } catch {
    return null;
  }
}

export async function reindex(opts: ReindexOptions = {}): Promise<ReindexResult> {
  const t0 = Date.now();
  const target = requireTarget(opts.target);
  const sources = opts.sources ?? searchSources();
  const batchSize = opts.batchSize ?? 1000;
  const log = opts.log ?? (() => {});
  const { client } = target;

  // Changes processed by the indexer from now on went to the old index; they are queued again
  // after the swap (clock_timestamp() is what the indexer stamps rows with).
  const [{ at: startedAt }] = await db.$queryRaw<{ at: Date }[]>`SELECT clock_timestamp() AS at`;

  const removedLeftovers = await removeLeftovers(target);
  for (const uid of removedLeftovers) log(`Removed ${uid}, left by an interrupted rebuild.`);

  const tmp = `${target.index}_tmp_${Date.now()}`;
  await waitOk(client.createIndex(tmp, { primaryKey: "id" }));
  let swapped = false;
  try {
    await waitOk(client.index(tmp).updateSettings(INDEX_SETTINGS), { timeout: 10 * 60_000 });
    const total = await estimateTotal(target, sources);
    const index = client.index<SearchDocument>(tmp);
    let done = 0;
    const pending: { task: EnqueuedTaskPromise; count: number }[] = [];
    const report = () => {
      const seconds = Math.max((Date.now() - t0) / 1000, 0.001);
      opts.onProgress?.({ done, total: total === null ? null : Math.max(total, done), rate: done / seconds });
    };
    const settle = async (keep: number) => {
      while (pending.length > keep) {
        const oldest = pending.shift() as (typeof pending)[number];
        await waitOk(oldest.task, { timeout: 10 * 60_000 });
        done += oldest.count;
        report();
      }
    };
    let buffer: SearchDocument[] = [];
    const flush = async () => {
      if (buffer.length === 0) return;
      pending.push({ task: index.addDocuments(buffer, { primaryKey: "id" }), count: buffer.length });
      buffer = [];
      await settle(MAX_PENDING_TASKS);
    };

    report();
    for (const source of sources) {
      for await (const batch of source.all()) {
        for (const doc of batch) {
          const problem = doc.type === source.type ? documentProblem(doc) : `document ${doc.id} has type "${doc.type}"`;
          if (problem) throw new Error(`Source "${source.type}" produced an invalid document: ${problem}`);
          buffer.push(doc);
          if (buffer.length >= batchSize) await flush();
        }
      }
    }
    await flush();
    await settle(0);

    // The live index must exist to be swapped; an empty one is created on a first run.
    await ensureIndex(target);
    await waitOk(client.swapIndexes([{ indexes: [target.index, tmp], rename: false }]));
    swapped = true;
    // `tmp` now names the previous live index.
    await waitOk(client.deleteIndex(tmp), { ignore: ["index_not_found"] });

    const requeued = await db.$executeRaw`
      INSERT INTO "SearchOutbox" ("entityType", "entityId")
      SELECT DISTINCT "entityType", "entityId" FROM "SearchOutbox" WHERE "processedAt" >= ${startedAt}`;
    if (requeued > 0) log(`${requeued} entities changed during the rebuild: queued again for the indexer.`);
    return { index: target.index, documents: done, requeued, removedLeftovers, ms: Date.now() - t0 };
  } catch (error) {
    if (!swapped) {
      await client
        .deleteIndex(tmp)
        .waitTask()
        .catch(() => {});
    }
    throw error;
  }
}
