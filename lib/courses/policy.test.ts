import { describe, expect, it } from "vitest";
import { canDownloadCertificate, canPreview, canReadLessons, courseWorkflow } from "./policy";

const person = (role: "LIBRARIAN" | "PARTNER" | "COORDINATOR" | "ADMIN", id = "u1") => ({ id, role });

describe("training policy", () => {
  it("offers each transition only from its statuses and only to those who may make it", () => {
    expect(courseWorkflow.available(person("COORDINATOR"), "DRAFT")).toEqual(["submit", "publish", "archive"]);
    expect(courseWorkflow.available(person("COORDINATOR"), "IN_REVIEW")).toEqual(["backToDraft", "publish", "archive"]);
    expect(courseWorkflow.available(person("COORDINATOR"), "PUBLISHED")).toEqual(["archive"]);
    expect(courseWorkflow.available(person("ADMIN"), "ARCHIVED")).toEqual(["unarchive"]);
    expect(courseWorkflow.available(person("LIBRARIAN"), "DRAFT")).toEqual([]);
    expect(courseWorkflow.available(person("PARTNER"), "IN_REVIEW")).toEqual([]);
    expect(courseWorkflow.available(null, "DRAFT")).toEqual([]);
  });

  it("lets members read lessons and coordinators preview drafts", () => {
    expect(canReadLessons(null)).toBe(false);
    expect(canReadLessons(person("LIBRARIAN"))).toBe(true);
    expect(canPreview(person("PARTNER"))).toBe(false);
    expect(canPreview(person("COORDINATOR"))).toBe(true);
  });

  it("gives a certificate's PDF to its holder and to coordinators only", () => {
    const certificate = { userId: "holder" };
    expect(canDownloadCertificate(person("LIBRARIAN", "holder"), certificate)).toBe(true);
    expect(canDownloadCertificate(person("LIBRARIAN", "someone-else"), certificate)).toBe(false);
    expect(canDownloadCertificate(person("PARTNER", "someone-else"), certificate)).toBe(false);
    expect(canDownloadCertificate(person("COORDINATOR", "someone-else"), certificate)).toBe(true);
    expect(canDownloadCertificate(null, certificate)).toBe(false);
  });
});
