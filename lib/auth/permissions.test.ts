import { describe, expect, it } from "vitest";
import { PERMISSIONS, permissionsOf, ROLES, roleCan } from "./permissions";

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
    expect(ROLES.filter((r) => roleCan(r, "initiatives.edit:any"))).toEqual(["COORDINATOR", "ADMIN"]);
    expect(ROLES.filter((r) => roleCan(r, "initiatives.review"))).toEqual(["COORDINATOR", "ADMIN"]);
  });

  it("lets partners write case studies, coordinators review and publish them, and every member adopt them", () => {
    expect(ROLES.filter((r) => roleCan(r, "practices.write"))).toEqual(["PARTNER", "COORDINATOR", "ADMIN"]);
    expect(ROLES.filter((r) => roleCan(r, "practices.review"))).toEqual(["COORDINATOR", "ADMIN"]);
    expect(ROLES.filter((r) => roleCan(r, "practices.publish"))).toEqual(["COORDINATOR", "ADMIN"]);
    expect(ROLES.filter((r) => roleCan(r, "practices.adopt"))).toEqual(["LIBRARIAN", "PARTNER", "COORDINATOR", "ADMIN"]);
    expect(roleCan("LIBRARIAN", "practices.write")).toBe(false);
    expect(roleCan("PARTNER", "practices.publish")).toBe(false);
  });

  it("refuses everything to a visitor", () => {
    for (const p of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) expect(roleCan(null, p)).toBe(false);
  });

  it("grants each higher role everything the lower roles have", () => {
    for (const [permission, { roles }] of Object.entries(PERMISSIONS)) {
      const lowest = Math.min(...roles.map((r) => ROLES.indexOf(r)));
      expect(roles, permission).toEqual(ROLES.slice(lowest));
    }
  });

  it("describes every permission in a sentence", () => {
    for (const [permission, { description }] of Object.entries(PERMISSIONS)) {
      expect(description, permission).toMatch(/^[A-Z].{15,}\.$/);
    }
  });

  it("lists what a role may do, with descriptions", () => {
    const librarian = permissionsOf("LIBRARIAN").map((p) => p.permission);
    expect(librarian).toContain("forum.editPost:own");
    expect(librarian).not.toContain("forum.editPost:any");
    expect(permissionsOf("ADMIN")).toHaveLength(Object.keys(PERMISSIONS).length);
  });

  it("gives every :own permission its :any counterpart, held by fewer roles", () => {
    const names = Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[];
    for (const own of names.filter((p) => p.endsWith(":own"))) {
      const any = own.replace(/:own$/, ":any") as keyof typeof PERMISSIONS;
      expect(names, own).toContain(any);
      for (const role of ROLES) if (roleCan(role, any)) expect(roleCan(role, own), `${role} ${own}`).toBe(true);
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
