import { describe, expect, it } from "vitest";
import { isLive, knowledgeWorkflow, mayEdit, mayRestoreRevision, maySeeUnpublished, mayViewHistory, statusAfterEdit } from "./policy";

const librarian = { role: "LIBRARIAN" as const };
const partner = { role: "PARTNER" as const };
const coordinator = { role: "COORDINATOR" as const };
const published = new Date("2026-01-01");

describe("knowledge policy", () => {
  it("shows readers a page once published and until archived", () => {
    expect(isLive({ firstPublishedAt: null, status: "DRAFT" })).toBe(false);
    expect(isLive({ firstPublishedAt: published, status: "DRAFT" })).toBe(true); // edits pending: readers keep the published copy
    expect(isLive({ firstPublishedAt: published, status: "PUBLISHED" })).toBe(true);
    expect(isLive({ firstPublishedAt: published, status: "ARCHIVED" })).toBe(false);
  });

  it("keeps drafts, history and editing to editors, restoring to publishers", () => {
    for (const rule of [maySeeUnpublished, mayViewHistory, mayEdit, mayRestoreRevision]) {
      expect(rule(null), rule.name).toBe(false);
      expect(rule(librarian), rule.name).toBe(false);
      expect(rule(partner), rule.name).toBe(false);
      expect(rule(coordinator), rule.name).toBe(true);
    }
  });

  it("runs the review workflow from the right statuses to the right ones", () => {
    expect(knowledgeWorkflow.startsFrom("submit", "DRAFT")).toBe(true);
    expect(knowledgeWorkflow.startsFrom("submit", "IN_REVIEW")).toBe(false);
    expect(knowledgeWorkflow.startsFrom("publish", "PUBLISHED")).toBe(false);
    expect(knowledgeWorkflow.startsFrom("unarchive", "ARCHIVED")).toBe(true);
    expect(knowledgeWorkflow.next("submit", { firstPublishedAt: null })).toBe("IN_REVIEW");
    expect(knowledgeWorkflow.next("publish", { firstPublishedAt: null })).toBe("PUBLISHED");
    expect(knowledgeWorkflow.next("unarchive", { firstPublishedAt: null })).toBe("DRAFT");
    expect(knowledgeWorkflow.next("unarchive", { firstPublishedAt: published })).toBe("PUBLISHED");
    expect(knowledgeWorkflow.next("backToDraft", { firstPublishedAt: published })).toBe("DRAFT");
    expect(statusAfterEdit("PUBLISHED")).toBe("DRAFT");
    expect(statusAfterEdit("IN_REVIEW")).toBe("DRAFT");
    expect(statusAfterEdit("ARCHIVED")).toBe("ARCHIVED");
  });

  it("offers each person the transitions they may make, primary first", () => {
    expect(knowledgeWorkflow.may(librarian, "submit")).toBe(false);
    expect(knowledgeWorkflow.available(coordinator, "DRAFT")).toEqual(["submit", "publish", "archive"]);
    expect(knowledgeWorkflow.available(coordinator, "IN_REVIEW")).toEqual(["publish", "backToDraft", "archive"]);
    expect(knowledgeWorkflow.available(coordinator, "PUBLISHED")).toEqual(["archive"]);
    expect(knowledgeWorkflow.available(coordinator, "ARCHIVED")).toEqual(["unarchive"]);
    expect(knowledgeWorkflow.available(partner, "DRAFT")).toEqual([]);
  });
});
