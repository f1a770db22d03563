import { describe, expect, it } from "vitest";
import { canEdit, EXACT_PLACE, editableWhere, PUBLIC_PLACE, placeOf, placeSelect, publishesDirectly, readableWhere } from "./policy";

const visitor = null;
const librarian = { id: "l", role: "LIBRARIAN" as const, organisationId: "org-a" };
const partner = { id: "p", role: "PARTNER" as const, organisationId: "org-a" };
const coordinator = { id: "c", role: "COORDINATOR" as const, organisationId: null };

describe("initiatives policy", () => {
  it("gives visitors the public columns only, members the exact ones", () => {
    expect(placeSelect(visitor)).toBe(PUBLIC_PLACE);
    expect(Object.keys(PUBLIC_PLACE)).not.toContain("lat");
    expect(Object.keys(PUBLIC_PLACE)).not.toContain("address");
    expect(placeSelect(librarian)).toBe(EXACT_PLACE);
    expect(placeOf({ publicLat: 1, publicLng: 2, publicAddress: "", sensitive: true })).toEqual({
      lat: 1,
      lng: 2,
      address: "",
      approximate: true,
      sensitive: true,
    });
    expect(placeOf({ lat: 1.5, lng: 2.5, address: "Street 1", sensitive: true }).approximate).toBe(false);
  });

  it("lets partners edit their own organisation's initiatives, coordinators any, librarians none", () => {
    expect(editableWhere(visitor)).toBeNull();
    expect(editableWhere(librarian)).toBeNull();
    expect(editableWhere(partner)).toEqual({ organisationId: "org-a", status: { not: "REJECTED" } });
    expect(editableWhere(coordinator)).toEqual({ status: { not: "REJECTED" } });
    expect(canEdit(partner, { organisationId: "org-a", status: "PUBLISHED" })).toBe(true);
    expect(canEdit(partner, { organisationId: "org-b", status: "PUBLISHED" })).toBe(false);
    expect(canEdit(librarian, { organisationId: "org-a", status: "PUBLISHED" })).toBe(false);
    expect(canEdit(coordinator, { organisationId: "org-b", status: "REJECTED" })).toBe(false);
  });

  it("publishes a partner's own organisation's initiative at once, and suggestions otherwise", () => {
    expect(publishesDirectly(partner, "org-a")).toBe(true);
    expect(publishesDirectly(partner, "org-b")).toBe(false);
    expect(publishesDirectly(partner, null)).toBe(false);
    expect(publishesDirectly(librarian, "org-a")).toBe(false);
    expect(publishesDirectly(coordinator, null)).toBe(true);
  });

  it("shows visitors published initiatives only", () => {
    expect(readableWhere(visitor)).toEqual({ status: "PUBLISHED" });
    expect(readableWhere(librarian)).toEqual({ OR: [{ status: "PUBLISHED" }, { suggestedById: "l" }] });
    expect(readableWhere(coordinator)).toEqual({});
  });
});
