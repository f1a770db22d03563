import type { CurrentUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";

// Reading the forum (lib/forum/queries/*): every function takes the reader and returns plain
// objects with only what the page shows, never a raw row. What a reader may see is decided by
// lib/forum/policy.ts.

/** The person reading; null for a visitor. */
export type Reader = Pick<CurrentUser, "id" | "role"> | null;

/** A translated field ({ en, fr, … }) in the UI language, else English, else any. */
export function localised(value: Prisma.JsonValue, locale: string): string {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const map = value as Record<string, unknown>;
    const pick = map[locale] ?? map.en ?? Object.values(map)[0];
    return typeof pick === "string" ? pick : "";
  }
  return typeof value === "string" ? value : "";
}
