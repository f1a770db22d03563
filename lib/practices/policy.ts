import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

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
 * Who moves a case study from which statuses: authors (their organisation's, `author: true`)
 * submit and withdraw; coordinators request changes, publish, archive and bring back. The
 * service moves the status with `from` in its `where`; the pages offer what
 * availablePracticeTransitions() returns — one table for both.
 */
export const PRACTICE_TRANSITIONS: Record<
  PracticeTransition,
  { from: readonly PracticeStatus[]; permission: Permission; author: boolean }
> = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], permission: "practices.write", author: true },
  withdraw: { from: ["IN_REVIEW"], permission: "practices.write", author: true },
  requestChanges: { from: ["IN_REVIEW"], permission: "practices.review", author: false },
  publish: { from: ["IN_REVIEW"], permission: "practices.publish", author: false },
  archive: { from: ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "PUBLISHED"], permission: "practices.publish", author: false },
  unarchive: { from: ["ARCHIVED"], permission: "practices.publish", author: false },
};

/** Where a transition leads: bringing back an archived case study publishes it again only if it had been. */
export function nextPracticeStatus(transition: PracticeTransition, practice: { firstPublishedAt: Date | null }): PracticeStatus {
  switch (transition) {
    case "submit":
      return "IN_REVIEW";
    case "withdraw":
      return "DRAFT";
    case "requestChanges":
      return "CHANGES_REQUESTED";
    case "publish":
      return "PUBLISHED";
    case "archive":
      return "ARCHIVED";
    case "unarchive":
      return practice.firstPublishedAt ? "PUBLISHED" : "DRAFT";
  }
}

/** The transitions to offer this person for this case study (authors' ones only to its organisation). */
export function availablePracticeTransitions(
  user: PracticeActor | null | undefined,
  practice: { status: string; organisationId: string },
): PracticeTransition[] {
  return (Object.keys(PRACTICE_TRANSITIONS) as PracticeTransition[]).filter((t) => {
    const rule = PRACTICE_TRANSITIONS[t];
    if (!can(user, rule.permission)) return false;
    if (rule.author && !isAuthor(user, practice)) return false;
    return (rule.from as readonly string[]).includes(practice.status);
  });
}

/** Saving changes to a published case study makes a new draft (readers keep the published copy). */
export function statusAfterEdit(status: PracticeStatus): PracticeStatus {
  return status === "PUBLISHED" ? "DRAFT" : status;
}
