import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Records that an entity's search documents must be refreshed. Call it inside the SAME
 * transaction as the content write: the change and its outbox row commit (or roll back)
 * together, so a write never fails because Meilisearch is down and no change is ever lost.
 * The indexer (lib/search/indexer.ts) picks the row up within about two seconds.
 *
 *   await db.$transaction(async (tx) => {
 *     await tx.knowledgePage.update({ where: { id }, data });
 *     await enqueueSearchUpdate(tx, "knowledge_page", id);
 *   });
 */
export async function enqueueSearchUpdate(tx: Prisma.TransactionClient, entityType: string, entityId: string): Promise<void> {
  await tx.searchOutbox.create({ data: { entityType, entityId }, select: { id: true } });
}

/** Several entities of one type at once (bulk publish, a category change that affects many posts). */
export async function enqueueSearchUpdates(tx: Prisma.TransactionClient, entityType: string, entityIds: string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await tx.searchOutbox.createMany({ data: [...new Set(entityIds)].map((entityId) => ({ entityType, entityId })) });
}
