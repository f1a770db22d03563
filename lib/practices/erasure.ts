import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// What good practice forgets of a member who deletes their account. An adoption belongs to the
// library as much as to the person: where it happened and its outcome stay on the case study's
// page. What was private to the adopter — the notes and the checklist — goes, since no one else
// could ever read it again.

export async function forgetAdopter(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  const { count } = await tx.adoption.updateMany({ where: { adopterId: userId }, data: { notes: "", checklist: [] } });
  return count;
}
