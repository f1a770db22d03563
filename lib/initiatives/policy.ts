import type { CurrentUser } from "@/lib/auth/session";
import { can, type Permission, ROLES, roleCan } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

// Who sees which place and who may change what: the rules beyond a role, in one place. Pages,
// queries, routes, the search source and the service all ask here.

type Who = Pick<CurrentUser, "id" | "role" | "organisationId"> | null | undefined;

/** Members see the exact place of sensitive venues; visitors a ~1 km area and no street address. */
export function seesExactPlace(user: Pick<CurrentUser, "role"> | null | undefined): boolean {
  return can(user, "initiatives.seeExact");
}

/**
 * The columns of the place a reader may get. The visitor selection names only the public
 * columns (computed by the service on every write), so a visitor-facing query cannot return the
 * exact place by accident: it never reads it from the database.
 */
export const PUBLIC_PLACE = { publicLat: true, publicLng: true, publicAddress: true, sensitive: true } as const;
export const EXACT_PLACE = { lat: true, lng: true, address: true, sensitive: true } as const;

export function placeSelect(user: Pick<CurrentUser, "role"> | null | undefined) {
  return seesExactPlace(user) ? EXACT_PLACE : PUBLIC_PLACE;
}

export type Place = {
  lat: number;
  lng: number;
  /** "" when unknown or hidden. */
  address: string;
  /** The reader gets a ~1 km area, not the exact place. */
  approximate: boolean;
  sensitive: boolean;
};

/** The columns of either selection (the other one's are absent). */
export type PlaceColumns = {
  sensitive: boolean;
  publicLat?: number;
  publicLng?: number;
  publicAddress?: string;
  lat?: number;
  lng?: number;
  address?: string;
};

/** The place out of a row read with placeSelect(): the public columns when the row has them. */
export function placeOf(row: PlaceColumns): Place {
  if (row.publicLat !== undefined && row.publicLng !== undefined) {
    return {
      lat: row.publicLat,
      lng: row.publicLng,
      address: row.publicAddress ?? "",
      approximate: row.sensitive,
      sensitive: row.sensitive,
    };
  }
  return { lat: row.lat ?? 0, lng: row.lng ?? 0, address: row.address ?? "", approximate: false, sensitive: row.sensitive };
}

export function canReview(user: Who): boolean {
  return can(user, "initiatives.review");
}

/** Partners (and above) edit their own organisation's initiatives; coordinators any (`:own` / `:any`). */
export function editableWhere(user: Who): Prisma.InitiativeWhereInput | null {
  if (!user) return null;
  if (can(user, "initiatives.edit:any")) return { status: { not: "REJECTED" } };
  if (can(user, "initiatives.edit:own") && user.organisationId) return { organisationId: user.organisationId, status: { not: "REJECTED" } };
  return null;
}

export function canEdit(user: Who, initiative: { organisationId: string | null; status: string }): boolean {
  if (!user || initiative.status === "REJECTED") return false;
  if (can(user, "initiatives.edit:any")) return true;
  return can(user, "initiatives.edit:own") && !!user.organisationId && initiative.organisationId === user.organisationId;
}

/** A partner's own organisation's initiative is published at once; a reviewer's too. */
export function publishesDirectly(user: Who, organisationId: string | null): boolean {
  if (!user) return false;
  if (can(user, "initiatives.edit:any")) return true;
  return can(user, "initiatives.edit:own") && !!user.organisationId && organisationId === user.organisationId;
}

/**
 * What a person may open: published initiatives for everyone; also, for members, their own
 * suggestions, their organisation's initiatives (partners) and everything (reviewers).
 */
export function readableWhere(user: Who): Prisma.InitiativeWhereInput {
  if (!user) return { status: "PUBLISHED" };
  if (canReview(user)) return {};
  const or: Prisma.InitiativeWhereInput[] = [{ status: "PUBLISHED" }, { suggestedById: user.id }];
  if (can(user, "initiatives.edit:own") && user.organisationId) or.push({ organisationId: user.organisationId });
  return { OR: or };
}

/** Roles that hold a permission, read from the one table (role names stay there). */
export function rolesWith(permission: Permission) {
  return ROLES.filter((role) => roleCan(role, permission));
}
