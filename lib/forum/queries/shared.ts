import { type CurrentUser, getCurrentUser } from "@/lib/auth/session";
import { isMembersCopy } from "@/lib/cache/audience";
import type { Prisma } from "@/lib/generated/prisma/client";

// Reading the forum (lib/forum/queries/*): every function takes the reader and returns plain
// objects with only what the page shows, never a raw row. What a reader may see is decided by
// lib/forum/policy.ts.

/** The person reading; null for a visitor. */
export type Reader = Pick<CurrentUser, "id" | "role"> | null;

/**
 * Any member: the reader of the forum lists' copy that every member shares (decision 013). Its role
 * is the base member role, whose permissions every member has (lib/auth/permissions.ts); it has no
 * id, so nothing personal (unread marks, follows) is read for it — the browser fills those in.
 */
export const ANY_MEMBER = { id: "", role: "LIBRARIAN" } as const satisfies NonNullable<Reader>;

/** Whether a reader is one person (not a visitor, not ANY_MEMBER). */
export function isPerson(user: Reader): user is NonNullable<Reader> {
  return user !== null && user.id !== "";
}

/** Who a forum page is rendered for: the signed-in member, a visitor, or ANY_MEMBER in the members' copy. */
export async function forumReader(): Promise<Reader> {
  return isMembersCopy() ? ANY_MEMBER : getCurrentUser();
}

/** A translated field ({ en, fr, … }) in the UI language, else English, else any. */
export function localised(value: Prisma.JsonValue, locale: string): string {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const map = value as Record<string, unknown>;
    const pick = map[locale] ?? map.en ?? Object.values(map)[0];
    return typeof pick === "string" ? pick : "";
  }
  return typeof value === "string" ? value : "";
}
