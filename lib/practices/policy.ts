import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

// Who may see and do what with case studies, beyond the role table (lib/auth/permissions.ts).
// Ownership lives in the query's `where`: a partner's reads and writes of unpublished work are
// always `{ id, organisationId: user.organisationId }`, so another organisation's draft is simply
// not found — 404 for pages, NOT_FOUND for actions and the API, never a hint that it exists.

export type PracticeActor = { id: string; role: Role; organisationId: string | null };

/** Readers (visitors included) see a case study from its first approval on, while it is not archived. */
export const livePracticeWhere = {
  firstPublishedAt: { not: null },
  status: { not: "ARCHIVED" },
} satisfies Prisma.PracticeWhereInput;

/** The case studies this person may write (their organisation's), or null when they may write none. */
export function writableWhere(user: PracticeActor | null | undefined): { organisationId: string } | null {
  if (!user || !can(user, "practices.write") || !user.organisationId) return null;
  return { organisationId: user.organisationId };
}

/** `{ id, organisationId }` for a write, or NOT_FOUND: another organisation's case study does not exist for this person. */
export function ownPractice(user: PracticeActor, practiceId: string): { id: string; organisationId: string } {
  const own = writableWhere(user);
  if (!own) throw new AppError(can(user, "practices.write") ? "NOT_FOUND" : "FORBIDDEN");
  return { id: practiceId, ...own };
}

/** Reviewers (coordinators) read every submission, whatever its organisation. */
export function canReview(user: PracticeActor | null | undefined): boolean {
  return can(user, "practices.review");
}

/** Contact details are shown to logged-in members only (never to visitors, never in the open data). */
export function canSeeContact(user: { id: string } | null | undefined): boolean {
  return Boolean(user);
}

/** An adoption belongs to the member who started it: its checklist and notes are theirs alone. */
export function ownAdoption(user: { id: string }, adoptionId: string) {
  return { id: adoptionId, adopterId: user.id } satisfies Prisma.AdoptionWhereInput;
}

/** A library adopts another organisation's practice, not its own. */
export function canAdopt(user: PracticeActor | null | undefined, practice: { organisationId: string }): boolean {
  return Boolean(user && can(user, "practices.adopt") && user.organisationId !== practice.organisationId);
}

/** Statuses in which the authors may change the working copy (under review it is the reviewer's turn). */
export const EDITABLE_STATUSES = ["DRAFT", "CHANGES_REQUESTED", "PUBLISHED"] as const;
