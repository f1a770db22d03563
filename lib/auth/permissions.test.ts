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

  it("lets every member suggest initiatives and see exact places, partners edit their own, coordinators review", () => {
    expect(ROLES.filter((r) => roleCan(r, "initiatives.suggest"))).toEqual(ROLES);
    expect(ROLES.filter((r) => roleCan(r, "initiatives.seeExact"))).toEqual(ROLES);
    expect(ROLES.filter((r) => roleCan(r, "initiatives.edit:own"))).toEqual(["PARTNER", "COORDINATOR", "ADMIN"]);
    expect(ROLES.filter((r) => roleCan(r, "initiatives.review"))).toEqual(["COORDINATOR", "ADMIN"]);
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
