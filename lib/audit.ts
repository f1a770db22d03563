import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

type Tx = Prisma.TransactionClient | typeof db;

/** Every privileged action leaves a line here; pass `tx` to write it in the same transaction. */
export async function audit(
  entry: { actorId: string | null; action: string; targetType?: string; targetId?: string; data?: Prisma.InputJsonValue },
  tx: Tx = db,
) {
  await tx.auditLog.create({ data: entry });
}
