import "server-only";
import { db } from "@/lib/db";
import { activeSuspension, type Suspension } from "../policy";

// Members as the forum shows them: @mention suggestions, one's own suspension.

/** For @mention autocomplete: active members whose name contains `q` — names only, never emails. */
export async function listMentionableMembers(q: string): Promise<{ id: string; name: string; organisation: string | null }[]> {
  const users = await db.user.findMany({
    where: { emailVerifiedAt: { not: null }, status: "ACTIVE", ...(q ? { name: { contains: q, mode: "insensitive" } } : {}) },
    select: { id: true, name: true, organisation: { select: { name: true } } },
    orderBy: { name: "asc" },
    take: 8,
  });
  return users.map((u) => ({ id: u.id, name: u.name, organisation: u.organisation?.name ?? null }));
}

/** The member's running forum suspension, if any (the new-topic page explains it instead of the form). */
export async function forumSuspensionOf(userId: string): Promise<Suspension | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { forumSuspendedUntil: true, forumSuspendedReason: true } });
  return activeSuspension(row);
}
