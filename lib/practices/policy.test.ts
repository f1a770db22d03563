import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import { availablePracticeTransitions, canAdopt, isAuthor, ownPractice, practiceWorkflow, statusAfterEdit, writableWhere } from "./policy";

const partner = { id: "u1", role: "PARTNER" as const, organisationId: "org-a" };
const otherPartner = { id: "u2", role: "PARTNER" as const, organisationId: "org-b" };
const librarian = { id: "u3", role: "LIBRARIAN" as const, organisationId: "org-a" };
const coordinator = { id: "u4", role: "COORDINATOR" as const, organisationId: null };
const practice = (status: string, organisationId = "org-a") => ({ status, organisationId });

describe("good-practice policy", () => {
  it("puts ownership in the where: a partner writes their organisation's case studies only", () => {
    expect(writableWhere(partner)).toEqual({ organisationId: "org-a" });
    expect(ownPractice(partner, "p1")).toEqual({ id: "p1", organisationId: "org-a" });
    expect(writableWhere(librarian)).toBeNull();
    expect(writableWhere(coordinator)).toBeNull(); // no organisation, nothing to write for
    expect(writableWhere(null)).toBeNull();
  });

  it("answers NOT_FOUND, never FORBIDDEN, to a writer without an organisation (nothing of theirs exists)", () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as AppError).code;
      }
      return null;
    };
    expect(codeOf(() => ownPractice(coordinator, "p1"))).toBe("NOT_FOUND");
    expect(codeOf(() => ownPractice(librarian, "p1"))).toBe("FORBIDDEN");
  });

  it("offers authors submit and withdraw on their own case studies, and coordinators the review", () => {
    expect(availablePracticeTransitions(partner, practice("DRAFT"))).toEqual(["submit"]);
    expect(availablePracticeTransitions(partner, practice("CHANGES_REQUESTED"))).toEqual(["submit"]);
    expect(availablePracticeTransitions(partner, practice("IN_REVIEW"))).toEqual(["withdraw"]);
    expect(availablePracticeTransitions(otherPartner, practice("DRAFT"))).toEqual([]);
    expect(availablePracticeTransitions(librarian, practice("IN_REVIEW"))).toEqual([]);
    expect(availablePracticeTransitions(coordinator, practice("IN_REVIEW"))).toEqual(["requestChanges", "publish", "archive"]);
    expect(availablePracticeTransitions(coordinator, practice("ARCHIVED"))).toEqual(["unarchive"]);
    expect(availablePracticeTransitions(null, practice("PUBLISHED"))).toEqual([]);
  });

  it("brings an archived case study back as published only if it had been", () => {
    expect(practiceWorkflow.next("unarchive", { firstPublishedAt: new Date() })).toBe("PUBLISHED");
    expect(practiceWorkflow.next("unarchive", { firstPublishedAt: null })).toBe("DRAFT");
    expect(statusAfterEdit("PUBLISHED")).toBe("DRAFT");
    expect(statusAfterEdit("CHANGES_REQUESTED")).toBe("CHANGES_REQUESTED");
  });

  it("lets members adopt other organisations' practices, not their own", () => {
    expect(canAdopt(librarian, practice("PUBLISHED", "org-b"))).toBe(true);
    expect(canAdopt(partner, practice("PUBLISHED", "org-a"))).toBe(false);
    expect(canAdopt(null, practice("PUBLISHED"))).toBe(false);
    expect(isAuthor(partner, practice("PUBLISHED"))).toBe(true);
    expect(isAuthor(librarian, practice("PUBLISHED"))).toBe(false);
  });
});
