import { can, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineWorkflow } from "@/lib/workflow";

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

/** The same rule for one case study. */
export function isLivePractice(p: { firstPublishedAt: Date | null; status: string }): boolean {
  return p.firstPublishedAt !== null && p.status !== "ARCHIVED";
}

/** Whether this person writes for the case study's organisation (its authors). */
export function isAuthor(user: PracticeActor | null | undefined, practice: { organisationId: string }): boolean {
  return Boolean(user && can(user, "practices.write") && user.organisationId === practice.organisationId);
}

// ─── the review workflow ────────────────────────────────────────────────────────────────────

export type PracticeStatus = "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "PUBLISHED" | "ARCHIVED";

/** Statuses in which the authors may change the working copy (under review it is the reviewer's turn). */
export const EDITABLE_STATUSES = ["DRAFT", "CHANGES_REQUESTED", "PUBLISHED"] as const satisfies readonly PracticeStatus[];

export type PracticeTransition = "submit" | "withdraw" | "requestChanges" | "publish" | "archive" | "unarchive";

/**
 * Who moves a case study from which statuses (lib/workflow.ts): its authors (its organisation's
 * writers, `authorsOnly`) submit and withdraw; coordinators request changes, publish, archive and
 * bring back. The service moves the status with `from` in its `where`; the pages offer
 * practiceWorkflow.available() — one table for both.
 */
export const practiceWorkflow = defineWorkflow<PracticeStatus, PracticeTransition>({
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "IN_REVIEW", permission: "practices.write", authorsOnly: true },
  withdraw: { from: ["IN_REVIEW"], to: "DRAFT", permission: "practices.write", authorsOnly: true },
  requestChanges: { from: ["IN_REVIEW"], to: "CHANGES_REQUESTED", permission: "practices.review" },
  publish: { from: ["IN_REVIEW"], to: "PUBLISHED", permission: "practices.publish" },
  archive: { from: ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "PUBLISHED"], to: "ARCHIVED", permission: "practices.publish" },
  unarchive: { from: ["ARCHIVED"], to: "published-if-ever", permission: "practices.publish" },
});

/** The transitions to offer this person for this case study (authors' ones only to its organisation). */
export function availablePracticeTransitions(
  user: PracticeActor | null | undefined,
  practice: { status: string; organisationId: string },
): PracticeTransition[] {
  return practiceWorkflow.available(user, practice.status, { isAuthor: isAuthor(user, practice) });
}

/** Saving changes to a published case study makes a new draft (readers keep the published copy). */
export function statusAfterEdit(status: PracticeStatus): PracticeStatus {
  return status === "PUBLISHED" ? "DRAFT" : status;
}
