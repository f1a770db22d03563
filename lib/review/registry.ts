import "server-only";
import { can, type CurrentUser } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/permissions";

// One coordinators' review queue for everything partners submit. Each feature registers a source
// (lib/review/sources.ts imports them); the queue page lists every source the coordinator may
// review, oldest submission first. The map's initiative suggestions join by adding a source.

export type ReviewItem = {
  /** The source's type, e.g. "practice": labels the row (review.types.<type>). */
  type: string;
  id: string;
  title: string;
  /** The language the title is in. */
  locale: string;
  organisation: string | null;
  submittedBy: string | null;
  submittedAt: Date;
  /** Where the coordinator reviews it (path without the locale). */
  href: string;
  /** A change to something already published (else a first submission). */
  update: boolean;
};

export type ReviewSource = {
  type: string;
  /** Who may review this source's submissions. */
  permission: Permission;
  pending(): Promise<ReviewItem[]>;
  count(): Promise<number>;
};

const globalForReview = globalThis as unknown as { epanemaReviewSources?: Map<string, ReviewSource> };
globalForReview.epanemaReviewSources ??= new Map<string, ReviewSource>();
const sources = globalForReview.epanemaReviewSources;

export function registerReviewSource(source: ReviewSource): void {
  sources.set(source.type, source);
}

function allowed(user: CurrentUser): ReviewSource[] {
  return [...sources.values()].filter((s) => can(user, s.permission));
}

/** Everything waiting for this coordinator, oldest first. */
export async function listReviewQueue(user: CurrentUser): Promise<ReviewItem[]> {
  const lists = await Promise.all(allowed(user).map((s) => s.pending()));
  return lists.flat().sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id.localeCompare(b.id));
}

export async function countReviewQueue(user: CurrentUser): Promise<number> {
  const counts = await Promise.all(allowed(user).map((s) => s.count()));
  return counts.reduce((n, c) => n + c, 0);
}

/** Whether this person reviews anything at all (the admin navigation shows the queue then). */
export function reviewsAnything(user: CurrentUser): boolean {
  return allowed(user).length > 0;
}
