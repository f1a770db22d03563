import type { CurrentUser } from "@/lib/auth/session";
import { ANY_MEMBER, pageReader } from "@/lib/cache/audience";
import type { Prisma } from "@/lib/generated/prisma/client";

// Reading the forum (lib/forum/queries/*): every function takes the reader and returns plain
// objects with only what the page shows, never a raw row. What a reader may see is decided by
// lib/forum/policy.ts.

/** The person reading; null for a visitor. */
export type Reader = Pick<CurrentUser, "id" | "role"> | null;

/** Any member: the reader of the forum's copy every member shares (lib/cache/audience.ts). */
export { ANY_MEMBER };

/** Whether a reader is one person (not a visitor, not ANY_MEMBER). */
export function isPerson(user: Reader): user is NonNullable<Reader> {
  return user !== null && user.id !== "";
}

/** Who a forum page is rendered for: the signed-in member, a visitor, or ANY_MEMBER in the members' copy. */
export async function forumReader(): Promise<Reader> {
  return pageReader();
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
