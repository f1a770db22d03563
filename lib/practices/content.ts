// Pure helpers shared by the service, the queries and the tests (no database, no server-only).

import { toSlug } from "@/lib/slug";

/** Slugs that name pages of the area itself (/practices/new, /practices/mine…), never a case study. */
export const RESERVED_SLUGS = ["new", "mine", "adoptions", "print", "edit"] as const;

/** "Language café at the library!" → "language-cafe-at-the-library" (lib/slug.ts). */
export function slugify(title: string): string {
  const base = toSlug(title, 60);
  if (base.length < 3 || (RESERVED_SLUGS as readonly string[]).includes(base)) return `practice-${base}`.replace(/-+$/, "") || "practice";
  return base;
}

/** Text with one item per line → the items. */
export function lineItems(text: string | null | undefined): string[] {
  return (text ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

export type ChecklistItem = { id: string; kind: "resource" | "step" | "own"; text: string; done: boolean };

/**
 * The replication checklist of an adoption: first what the library must get ready (the practice's
 * resources), then how to run it (its steps). Ids are stable per position ("r1", "s2"), so a
 * toggle names its item without sending text.
 */
export function buildChecklist(resources: string | null | undefined, steps: string | null | undefined): ChecklistItem[] {
  return [
    ...lineItems(resources).map((text, i) => ({ id: `r${i + 1}`, kind: "resource" as const, text, done: false })),
    ...lineItems(steps).map((text, i) => ({ id: `s${i + 1}`, kind: "step" as const, text, done: false })),
  ];
}

/** The checklist stored as JSON, read back defensively (only well-formed items). */
export function readChecklist(value: unknown): ChecklistItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!item || typeof item !== "object") return [];
    const { id, kind, text, done } = item as Record<string, unknown>;
    if (typeof id !== "string" || typeof text !== "string") return [];
    const k = kind === "resource" || kind === "step" || kind === "own" ? kind : "own";
    return [{ id, kind: k, text, done: done === true }];
  });
}

/** "2024-03" → 2024-03-01 (UTC); "" → null. */
export function monthToDate(month: string): Date | null {
  return month ? new Date(`${month}-01T00:00:00Z`) : null;
}

/** 2024-03-01 → "2024-03"; null → "". */
export function dateToMonth(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 7) : "";
}

/** "2025-06-30" → Date (UTC midnight); "" → null. */
export function dayToDate(day: string): Date | null {
  return day ? new Date(`${day}T00:00:00Z`) : null;
}
