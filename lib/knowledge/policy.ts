import { can, type Role } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineWorkflow } from "@/lib/workflow";

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

/** Editors submit and take back; coordinators publish, archive and bring back (lib/workflow.ts). */
export const knowledgeWorkflow = defineWorkflow<PageStatus, Transition>({
  // In the order the workflow panel offers them.
  submit: { from: ["DRAFT"], to: "IN_REVIEW", permission: "knowledge.edit" },
  publish: { from: ["DRAFT", "IN_REVIEW"], to: "PUBLISHED", permission: "knowledge.publish" },
  backToDraft: { from: ["IN_REVIEW"], to: "DRAFT", permission: "knowledge.edit" },
  archive: { from: ["DRAFT", "IN_REVIEW", "PUBLISHED"], to: "ARCHIVED", permission: "knowledge.publish" },
  unarchive: { from: ["ARCHIVED"], to: "published-if-ever", permission: "knowledge.publish" },
});

/** Saving changes to a page under review or published sends it back to draft (they are not reviewed yet). */
export function statusAfterEdit(status: PageStatus): PageStatus {
  return status === "IN_REVIEW" || status === "PUBLISHED" ? "DRAFT" : status;
}
