import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

// A member's own notifications: marking them read and the digest preference. Each area writes
// the notifications themselves in its own service, in the transaction of what they tell about.

type Actor = Pick<CurrentUser, "id">;

/** Marks some of the person's notifications read (by id), or all of them. */
export async function markNotificationsRead(user: Actor, ids: string[] | undefined) {
  await db.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
}

/** Opts in to (or out of) the daily email digest. */
export async function setDigest(user: Actor, on: boolean) {
  await db.user.update({ where: { id: user.id }, data: { forumDigest: on } });
}
