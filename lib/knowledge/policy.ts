import { can, type Role } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

// The knowledge hub's rules beyond a role: what readers see of a page (only what was published,
// until it is archived), who sees drafts, history and status, and the review workflow — which
// transition needs which permission, from which status, to which status. Pure functions, asked
// by the queries, the service and the pages alike.

type Person = { role: Role } | null;
export type PageStatus = "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED";

// ─── reading ────────────────────────────────────────────────────────────────────────────────

/** Readers see a page once it has been published and while it is not archived. */
export const livePageWhere = { firstPublishedAt: { not: null }, status: { not: "ARCHIVED" } } satisfies Prisma.KnowledgePageWhereInput;

/** The same rule for one page. */
export function isLive(page: { firstPublishedAt: Date | null; status: PageStatus }): boolean {
  return page.firstPublishedAt !== null && page.status !== "ARCHIVED";
}

/** Editors also see drafts, pages under review and archived pages, with their status. */
export function maySeeUnpublished(user: Person): boolean {
  return can(user, "knowledge.edit");
}

/** The working copy, the editor and the list of languages being translated. */
export function mayEdit(user: Person): boolean {
  return can(user, "knowledge.edit");
}

/** Every saved revision and the differences between them (they may hold unpublished text). */
export function mayViewHistory(user: Person): boolean {
  return can(user, "knowledge.edit");
}

/** Making an earlier revision the working copy again. */
export function mayRestoreRevision(user: Person): boolean {
  return can(user, "knowledge.publish");
}

// ─── the review workflow ────────────────────────────────────────────────────────────────────

export type Transition = "submit" | "publish" | "archive" | "unarchive" | "backToDraft";

export const TRANSITIONS: Record<Transition, { from: readonly PageStatus[]; permission: "knowledge.edit" | "knowledge.publish" }> = {
  // In the order the workflow panel offers them.
  submit: { from: ["DRAFT"], permission: "knowledge.edit" },
  publish: { from: ["DRAFT", "IN_REVIEW"], permission: "knowledge.publish" },
  backToDraft: { from: ["IN_REVIEW"], permission: "knowledge.edit" },
  archive: { from: ["DRAFT", "IN_REVIEW", "PUBLISHED"], permission: "knowledge.publish" },
  unarchive: { from: ["ARCHIVED"], permission: "knowledge.publish" },
};

export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as [Transition, ...Transition[]];

/** Whether this person may make the transition at all (whatever the page's status). */
export function mayChangeStatus(user: Person, transition: Transition): boolean {
  return can(user, TRANSITIONS[transition].permission);
}

/** Whether the transition applies to a page in this status. */
export function canTransitionFrom(transition: Transition, status: PageStatus): boolean {
  return TRANSITIONS[transition].from.includes(status);
}

/** Where a transition leads: unarchiving goes back to published only if the page had been. */
export function nextStatus(transition: Transition, page: { firstPublishedAt: Date | null }): PageStatus {
  switch (transition) {
    case "submit":
      return "IN_REVIEW";
    case "publish":
      return "PUBLISHED";
    case "archive":
      return "ARCHIVED";
    case "unarchive":
      return page.firstPublishedAt ? "PUBLISHED" : "DRAFT";
    case "backToDraft":
      return "DRAFT";
  }
}

/** The transitions to offer this person for a page in this status. */
export function availableTransitions(user: Person, status: PageStatus): Transition[] {
  return TRANSITION_NAMES.filter((t) => mayChangeStatus(user, t) && canTransitionFrom(t, status));
}

/** Saving changes to a page under review or published sends it back to draft (they are not reviewed yet). */
export function statusAfterEdit(status: PageStatus): PageStatus {
  return status === "IN_REVIEW" || status === "PUBLISHED" ? "DRAFT" : status;
}
