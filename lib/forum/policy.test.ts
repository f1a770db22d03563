import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  activeSuspension,
  assertTopicOpen,
  categoryVisibilityWhere,
  editablePostWhere,
  isNewAccount,
  mayAcceptAnswer,
  mayEditPost,
  mayFlag,
  mayLoadPostSource,
  mayReact,
  mayReadCategory,
  mayReply,
  maySeeHiddenPost,
  maySuspend,
  staffRole,
  suspendedError,
} from "./policy";

// The forum's rules beyond a role, as a table of people and things. No database.
const anna = { id: "anna", role: "LIBRARIAN" as const };
const ben = { id: "ben", role: "PARTNER" as const };
const claire = { id: "claire", role: "COORDINATOR" as const };
const ilze = { id: "ilze", role: "ADMIN" as const };
const open = { locked: false };
const locked = { locked: true };
const annasPost = { authorId: "anna" };
const later = new Date(Date.now() + 86_400_000);
const suspended = { until: later, reason: "Cooling off" };

describe("forum policy", () => {
  it("shows members-only categories to members only", () => {
    expect(categoryVisibilityWhere(null)).toEqual({ visibility: "PUBLIC" });
    expect(categoryVisibilityWhere(anna)).toEqual({});
    expect(mayReadCategory(null, { visibility: "MEMBERS" })).toBe(false);
    expect(mayReadCategory(null, { visibility: "PUBLIC" })).toBe(true);
    expect(mayReadCategory(ben, { visibility: "MEMBERS" })).toBe(true);
  });

  it("shows a hidden post's text to its author and moderators only", () => {
    expect(maySeeHiddenPost(anna, annasPost)).toBe(true);
    expect(maySeeHiddenPost(ben, annasPost)).toBe(false);
    expect(maySeeHiddenPost(null, annasPost)).toBe(false);
    expect(maySeeHiddenPost(claire, annasPost)).toBe(true);
    expect(maySeeHiddenPost(anna, { authorId: null })).toBe(false);
  });

  it("counts a suspension only while it runs", () => {
    expect(activeSuspension(null)).toBeNull();
    expect(activeSuspension({ forumSuspendedUntil: new Date(Date.now() - 1000), forumSuspendedReason: "x" })).toBeNull();
    expect(activeSuspension({ forumSuspendedUntil: later, forumSuspendedReason: null })).toEqual({ until: later, reason: "" });
    const error = suspendedError(suspended);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("FORBIDDEN");
    expect(error.messageKey).toBe("errors.forumSuspended");
    expect(error.values).toEqual({ until: later.toISOString(), reason: "Cooling off" });
  });

  it("offers the reply form to members who are not suspended, in open topics or as moderators", () => {
    expect(mayReply(null, open, null)).toBe(false);
    expect(mayReply(anna, open, null)).toBe(true);
    expect(mayReply(anna, open, suspended)).toBe(false);
    expect(mayReply(anna, locked, null)).toBe(false);
    expect(mayReply(claire, locked, null)).toBe(true);
  });

  it("refuses writes in a locked topic with a conflict, except from moderators", () => {
    expect(() => assertTopicOpen(anna, locked)).toThrow(AppError);
    try {
      assertTopicOpen(anna, locked);
    } catch (error) {
      expect((error as AppError).code).toBe("CONFLICT");
      expect((error as AppError).messageKey).toBe("errors.topicLocked");
    }
    expect(() => assertTopicOpen(claire, locked)).not.toThrow();
    expect(() => assertTopicOpen(anna, open)).not.toThrow();
  });

  it("lets authors edit their own posts while the topic is open and they are not suspended; moderators any", () => {
    expect(mayEditPost(anna, annasPost, open, null)).toBe(true);
    expect(mayEditPost(anna, annasPost, locked, null)).toBe(false);
    expect(mayEditPost(anna, annasPost, open, suspended)).toBe(false);
    expect(mayEditPost(ben, annasPost, open, null)).toBe(false);
    expect(mayEditPost(null, annasPost, open, null)).toBe(false);
    expect(mayEditPost(claire, annasPost, locked, null)).toBe(true);
    const notErased = { OR: [{ hiddenBy: null }, { hiddenBy: { not: "AUTHOR" } }] };
    expect(editablePostWhere(anna)).toEqual({ authorId: "anna", ...notErased });
    expect(editablePostWhere(ilze)).toEqual(notErased);
    expect(mayLoadPostSource(anna, annasPost)).toBe(true);
    expect(mayLoadPostSource(ben, annasPost)).toBe(false);
    expect(mayLoadPostSource(claire, annasPost)).toBe(true);
  });

  it("lets the topic's author or a moderator mark the solution", () => {
    const topic = { authorId: "anna" };
    expect(mayAcceptAnswer(anna, topic)).toBe(true);
    expect(mayAcceptAnswer(ben, topic)).toBe(false);
    expect(mayAcceptAnswer(null, topic)).toBe(false);
    expect(mayAcceptAnswer(claire, topic)).toBe(true);
  });

  it("lets members react to and flag visible posts; never flag their own", () => {
    expect(mayReact(anna, { hidden: false })).toBe(true);
    expect(mayReact(anna, { hidden: true })).toBe(false);
    expect(mayReact(null, { hidden: false })).toBe(false);
    expect(mayFlag(ben, { authorId: "anna", hidden: false })).toBe(true);
    expect(mayFlag(anna, { authorId: "anna", hidden: false })).toBe(false);
    expect(mayFlag(ben, { authorId: "anna", hidden: true })).toBe(false);
    expect(mayFlag(null, { authorId: "anna", hidden: false })).toBe(false);
  });

  it("lets moderators suspend members, never another moderator or themselves", () => {
    expect(maySuspend(claire, anna)).toBe(true);
    expect(maySuspend(claire, ilze)).toBe(false);
    expect(maySuspend(claire, claire)).toBe(false);
    expect(maySuspend(ben, anna)).toBe(false);
    expect(staffRole(anna)).toBeNull();
    expect(staffRole(claire)).toBe("COORDINATOR");
    expect(staffRole(ilze)).toBe("ADMIN");
  });

  it("treats young accounts as new, moderators never", () => {
    const now = new Date("2026-11-28T12:00:00Z");
    const settings = { newAccountHours: 24 };
    expect(isNewAccount(anna, { createdAt: new Date("2026-11-28T00:00:00Z") }, settings, now)).toBe(true);
    expect(isNewAccount(anna, { createdAt: new Date("2026-11-27T11:59:59Z") }, settings, now)).toBe(false);
    expect(isNewAccount(claire, { createdAt: new Date("2026-11-28T00:00:00Z") }, settings, now)).toBe(false);
  });
});
