import { describe, expect, it } from "vitest";
import { defineWorkflow } from "./workflow";

const workflow = defineWorkflow<"DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED", "submit" | "publish" | "archive" | "unarchive">({
  submit: { from: ["DRAFT"], to: "IN_REVIEW", permission: "practices.write", authorsOnly: true },
  publish: { from: ["IN_REVIEW"], to: "PUBLISHED", permission: "practices.publish" },
  archive: { from: ["DRAFT", "IN_REVIEW", "PUBLISHED"], to: "ARCHIVED", permission: "practices.publish" },
  unarchive: { from: ["ARCHIVED"], to: "published-if-ever", permission: "practices.publish" },
});

const partner = { role: "PARTNER" as const };
const coordinator = { role: "COORDINATOR" as const };

describe("a review workflow", () => {
  it("names its transitions in the table's order, for the panels and the zod enums", () => {
    expect(workflow.names).toEqual(["submit", "publish", "archive", "unarchive"]);
  });

  it("lets only the content's authors make an authors-only transition, even with the permission", () => {
    expect(workflow.may(partner, "submit", { isAuthor: true })).toBe(true);
    expect(workflow.may(partner, "submit", { isAuthor: false })).toBe(false);
    expect(workflow.may(partner, "submit")).toBe(false);
    expect(workflow.may(partner, "publish")).toBe(false);
    expect(workflow.may(null, "archive")).toBe(false);
  });

  it("starts each transition from its statuses only", () => {
    expect(workflow.startsFrom("publish", "IN_REVIEW")).toBe(true);
    expect(workflow.startsFrom("publish", "DRAFT")).toBe(false);
    expect(workflow.startsFrom("unarchive", "PUBLISHED")).toBe(false);
  });

  it("brings archived content back as published only if it ever was", () => {
    expect(workflow.next("unarchive", { firstPublishedAt: new Date("2026-01-01") })).toBe("PUBLISHED");
    expect(workflow.next("unarchive", { firstPublishedAt: null })).toBe("DRAFT");
    expect(workflow.next("submit", { firstPublishedAt: null })).toBe("IN_REVIEW");
  });

  it("offers what the person may make from the current status, nothing else", () => {
    expect(workflow.available(coordinator, "IN_REVIEW")).toEqual(["publish", "archive"]);
    expect(workflow.available(partner, "DRAFT", { isAuthor: true })).toEqual(["submit"]);
    expect(workflow.available(partner, "DRAFT")).toEqual([]);
    expect(workflow.available(coordinator, "ARCHIVED")).toEqual(["unarchive"]);
  });
});
