import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLES, roleCan } from "./permissions";

describe("permission table", () => {
  it("keeps the administration to coordinators and admins", () => {
    expect(ROLES.filter((r) => roleCan(r, "admin.access"))).toEqual(["COORDINATOR", "ADMIN"]);
  });

  it("lets only admins manage users, memberships, read the audit log and caught mail", () => {
    for (const p of ["users.manage", "membership.review", "audit.view", "organisations.manage", "mail.catcher"] as const) {
      expect(
        ROLES.filter((r) => roleCan(r, p)),
        p,
      ).toEqual(["ADMIN"]);
    }
  });

  it("refuses everything to a visitor", () => {
    for (const p of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) expect(roleCan(null, p)).toBe(false);
  });

  it("grants each higher role everything the lower roles have", () => {
    for (const [permission, roles] of Object.entries(PERMISSIONS)) {
      const lowest = Math.min(...roles.map((r) => ROLES.indexOf(r)));
      expect(roles, permission).toEqual(ROLES.slice(lowest));
    }
  });
});

describe("training permissions", () => {
  it("lets every member learn, but only coordinators author, publish and manage certificates", () => {
    expect(ROLES.filter((r) => roleCan(r, "courses.learn"))).toEqual(["LIBRARIAN", "PARTNER", "COORDINATOR", "ADMIN"]);
    for (const p of ["courses.edit", "courses.publish", "certificates.manage", "reports.view"] as const) {
      expect(
        ROLES.filter((r) => roleCan(r, p)),
        p,
      ).toEqual(["COORDINATOR", "ADMIN"]);
    }
  });
});
