import { can, type Permission, type Role } from "@/lib/auth/permissions";

// The review workflow that knowledge pages, courses and case studies share: one table per content
// type says which transition starts from which statuses, where it leads and which permission it
// needs; this module asks the table. The pages offer `available()`, and the services check
// `may()` and `startsFrom()` (or put `from` in the update's `where`) and move to `next()` — so
// what a panel offers and what the server accepts cannot drift apart.

export type WorkflowStatus = "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "PUBLISHED" | "ARCHIVED";

/**
 * Where a transition leads. `"published-if-ever"`: back to PUBLISHED if the content was ever
 * published, else to DRAFT (bringing back something archived before anyone approved it must not
 * publish it).
 */
type Target<S extends WorkflowStatus> = S | "published-if-ever";

export type TransitionRule<S extends WorkflowStatus> = {
  from: readonly S[];
  to: Target<S>;
  permission: Permission;
  /** Only the content's own authors may make it (besides holding the permission). */
  authorsOnly?: boolean;
};

type Person = { role: Role } | null | undefined;

export type Workflow<S extends WorkflowStatus, T extends string> = {
  /** The transition names, in the order the panels offer them (for zod enums too). */
  readonly names: readonly [T, ...T[]];
  readonly rules: Readonly<Record<T, TransitionRule<S>>>;
  /** Whether this person may make the transition at all, whatever the status. */
  may(user: Person, transition: T, opts?: { isAuthor?: boolean }): boolean;
  /** Whether the transition applies to content in this status. */
  startsFrom(transition: T, status: string): boolean;
  /** The status the transition leads to for this content. */
  next(transition: T, content: { firstPublishedAt: Date | null }): S;
  /** What to offer this person for content in this status. */
  available(user: Person, status: string, opts?: { isAuthor?: boolean }): T[];
};

export function defineWorkflow<S extends WorkflowStatus, T extends string>(rules: Record<T, TransitionRule<S>>): Workflow<S, T> {
  const names = Object.keys(rules) as T[];
  if (names.length === 0) throw new Error("A workflow needs at least one transition.");
  const may = (user: Person, transition: T, opts?: { isAuthor?: boolean }) => {
    const rule = rules[transition];
    return can(user, rule.permission) && (!rule.authorsOnly || opts?.isAuthor === true);
  };
  const startsFrom = (transition: T, status: string) => (rules[transition].from as readonly string[]).includes(status);
  return {
    names: names as [T, ...T[]],
    rules,
    may,
    startsFrom,
    next(transition, content) {
      const to = rules[transition].to;
      if (to === "published-if-ever") return (content.firstPublishedAt ? "PUBLISHED" : "DRAFT") as S;
      return to;
    },
    available(user, status, opts) {
      return names.filter((t) => may(user, t, opts) && startsFrom(t, status));
    },
  };
}
