import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type City, cityById } from "@/lib/gazetteer";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  canEdit,
  canReview,
  editableWhere,
  seesExactPlace,
  type Place,
  type PlaceColumns,
  placeOf,
  placeSelect,
  readableWhere,
} from "./policy";
import { type InitiativeFilters, LIST_PAGE_SIZE, type ListQuery } from "./schemas";
import { isOverdue, overdueBefore } from "./vocabulary";

// Reading the initiatives map. Every function takes the reader: the place (exact or the public
// ~1 km area) is chosen by lib/initiatives/policy.ts, and only published initiatives reach
// visitors. Plain objects only.

type Reader = Pick<CurrentUser, "id" | "role" | "organisationId"> | null;

export function filtersWhere(filters: Partial<InitiativeFilters>): Prisma.InitiativeWhereInput {
  return {
    status: "PUBLISHED",
    ...(filters.type?.length ? { type: { in: filters.type } } : {}),
    ...(filters.country?.length ? { country: { in: filters.country } } : {}),
    ...(filters.lang?.length ? { languages: { hasSome: filters.lang } } : {}),
    ...(filters.group?.length ? { targetGroups: { hasSome: filters.group } } : {}),
  };
}

/** The same filters as SQL (distance sort, GeoJSON); `t` qualifies the columns ("i."). */
function filtersSql(filters: Partial<InitiativeFilters>, t: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`${t}status = 'PUBLISHED'`];
  if (filters.type?.length) parts.push(Prisma.sql`${t}type::text = ANY(${filters.type}::text[])`);
  if (filters.country?.length) parts.push(Prisma.sql`${t}country = ANY(${filters.country}::text[])`);
  if (filters.lang?.length) parts.push(Prisma.sql`${t}languages && ${filters.lang}::text[]`);
  if (filters.group?.length) parts.push(Prisma.sql`${t}"targetGroups" && ${filters.group}::text[]`);
  return Prisma.join(parts, " AND ");
}

const cardSelect = {
  id: true,
  slug: true,
  name: true,
  type: true,
  status: true,
  city: true,
  country: true,
  lang: true,
  languages: true,
  targetGroups: true,
  schedule: true,
  lastVerifiedAt: true,
  isExample: true,
  hostName: true,
  organisationId: true,
  organisation: { select: { name: true } },
} as const;

export type InitiativeCard = {
  id: string;
  slug: string;
  name: string;
  type: string;
  status: string;
  city: string;
  country: string;
  lang: string;
  host: string;
  languages: string[];
  targetGroups: string[];
  schedule: string;
  place: Place;
  lastVerifiedAt: string;
  overdue: boolean;
  isExample: boolean;
  /** From the city the list is sorted by, measured to the public place. */
  distanceKm: number | null;
};

type CardRow = Prisma.InitiativeGetPayload<{ select: typeof cardSelect }> & PlaceColumns;

function toCard(row: CardRow, distanceKm: number | null = null): InitiativeCard {
  // Rows are read with placeSelect(), whose columns TypeScript cannot tell apart: PlaceColumns.
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    type: row.type,
    status: row.status,
    city: row.city,
    country: row.country,
    lang: row.lang,
    host: row.organisation?.name ?? row.hostName,
    languages: row.languages,
    targetGroups: row.targetGroups,
    schedule: row.schedule,
    place: placeOf(row),
    lastVerifiedAt: row.lastVerifiedAt.toISOString(),
    overdue: isOverdue(row.lastVerifiedAt),
    isExample: row.isExample,
    distanceKm,
  };
}

export type InitiativeList = {
  items: InitiativeCard[];
  total: number;
  page: number;
  pages: number;
  /** The city the list is sorted by distance from (null: none chosen or unknown id). */
  near: City | null;
  sort: "name" | "distance" | "verified";
};

/**
 * One page of published initiatives. Sorted by name, by last verification, or by distance from a
 * gazetteer city — measured to the public place for everyone, so that the order never reveals
 * more than the ~1 km area of a sensitive venue.
 */
export async function listInitiatives(user: Reader, query: ListQuery, locale: string): Promise<InitiativeList> {
  const near = query.near ? await cityById(query.near, locale) : null;
  const sort = query.sort === "distance" && !near ? "name" : (query.sort ?? (near ? "distance" : "name"));
  const where = filtersWhere(query);
  const total = await db.initiative.count({ where });
  const pages = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const skip = (page - 1) * LIST_PAGE_SIZE;
  const select = { ...cardSelect, ...placeSelect(user) };

  if (sort === "distance" && near) {
    // Haversine in SQL over the public columns; the page's rows are then read with the reader's selection.
    const ranked = await db.$queryRaw<{ id: string; km: number }[]>`
      SELECT id, 2 * 6371.0088 * asin(least(1, sqrt(
        power(sin(radians("publicLat" - ${near.lat}) / 2), 2) +
        cos(radians(${near.lat})) * cos(radians("publicLat")) * power(sin(radians("publicLng" - ${near.lng}) / 2), 2)))) AS km
      FROM "Initiative" WHERE ${filtersSql(query)}
      ORDER BY km, name, id LIMIT ${LIST_PAGE_SIZE} OFFSET ${skip}`;
    const rows = await db.initiative.findMany({ where: { id: { in: ranked.map((r) => r.id) } }, select });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const items = ranked.flatMap((r) => {
      const row = byId.get(r.id);
      return row ? [toCard(row as unknown as CardRow, Number(r.km))] : [];
    });
    return { items, total, page, pages, near, sort };
  }

  const orderBy: Prisma.InitiativeOrderByWithRelationInput[] =
    sort === "verified" ? [{ lastVerifiedAt: "desc" }, { id: "asc" }] : [{ name: "asc" }, { id: "asc" }];
  const rows = await db.initiative.findMany({ where, select, orderBy, skip, take: LIST_PAGE_SIZE });
  return { items: rows.map((r) => toCard(r as unknown as CardRow)), total, page, pages, near, sort };
}

// ─── GeoJSON ────────────────────────────────────────────────────────────────────────────────

export type InitiativeFeature = {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: {
    slug: string;
    name: string;
    type: string;
    city: string;
    country: string;
    host: string;
    languages: string[];
    targetGroups: string[];
    /** The point is the centre of a ~1 km area (a sensitive venue), not the exact place. */
    approximate: boolean;
    lastVerifiedAt: string;
    example: boolean;
    url: string;
  };
};

export type InitiativeCollection = { type: "FeatureCollection"; features: InitiativeFeature[] };

/**
 * Published initiatives as GeoJSON text, built by PostgreSQL in one query (10,000 features in a
 * few tens of milliseconds, no row objects in Node). `exact: false` — the open data, and visitors'
 * map — reads the public columns only; members' map passes the reader through the policy. No
 * personal data: no contact, no suggester, no street address.
 */
export async function initiativeCollectionJson(
  filters: Partial<InitiativeFilters>,
  opts: { reader: Reader; exact: boolean; baseUrl?: string },
): Promise<string> {
  // Fixed column names chosen by the policy, never by the request.
  const exact = opts.exact && seesExactPlace(opts.reader);
  const lng = exact ? Prisma.sql`i.lng` : Prisma.sql`i."publicLng"`;
  const lat = exact ? Prisma.sql`i.lat` : Prisma.sql`i."publicLat"`;
  const approximate = exact ? Prisma.sql`false` : Prisma.sql`i.sensitive`;
  const base = opts.baseUrl ?? "";
  const [row] = await db.$queryRaw<{ features: string }[]>`
    SELECT coalesce(json_agg(json_build_object(
      'type', 'Feature',
      'id', i.slug,
      'geometry', json_build_object('type', 'Point', 'coordinates', json_build_array(${lng}, ${lat})),
      'properties', json_build_object(
        'slug', i.slug, 'name', i.name, 'type', i.type, 'city', i.city, 'country', i.country,
        'host', coalesce(o.name, i."hostName"), 'languages', i.languages, 'targetGroups', i."targetGroups",
        'approximate', ${approximate},
        'lastVerifiedAt', to_char(i."lastVerifiedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'example', i."isExample",
        'url', ${base} || '/map/i/' || i.slug)
    ) ORDER BY i.id), '[]')::text AS features
    FROM "Initiative" i LEFT JOIN "Organisation" o ON o.id = i."organisationId"
    WHERE ${filtersSql(filters, Prisma.sql`i.`)}`;
  return `{"type":"FeatureCollection","features":${row?.features ?? "[]"}}`;
}

/** The same as an object (tests, server code that reads it). */
export async function initiativeCollection(
  filters: Partial<InitiativeFilters>,
  opts: { reader: Reader; exact: boolean; baseUrl?: string },
): Promise<InitiativeCollection> {
  return JSON.parse(await initiativeCollectionJson(filters, opts)) as InitiativeCollection;
}

// ─── one initiative ─────────────────────────────────────────────────────────────────────────

export type InitiativeDetail = InitiativeCard & {
  description: string;
  contact: string;
  website: string;
  targetGroups: string[];
  rejectionReason: string;
  suggestedByMe: boolean;
  canEdit: boolean;
  canReview: boolean;
  publishedAt: string | null;
};

export const getInitiative = cache(async (slug: string, user: Reader): Promise<InitiativeDetail | null> => {
  const row = await db.initiative.findFirst({
    where: { slug, ...readableWhere(user) },
    select: {
      ...cardSelect,
      ...placeSelect(user),
      description: true,
      contact: true,
      website: true,
      rejectionReason: true,
      suggestedById: true,
      publishedAt: true,
    },
  });
  if (!row) return null;
  const mine = !!user && row.suggestedById === user.id;
  return {
    ...toCard(row as unknown as CardRow),
    description: row.description,
    contact: row.contact,
    website: row.website,
    // The reason is for the suggester and the reviewers.
    rejectionReason: mine || canReview(user) ? row.rejectionReason : "",
    suggestedByMe: mine,
    canEdit: canEdit(user, row),
    canReview: canReview(user),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
});

/**
 * What one member may do on an initiative's page beyond the copy every member shares (decision
 * 013): the page comes from the cache, and this from GET /api/map/initiatives/:slug/viewer.
 */
export type InitiativeViewer = { canEdit: boolean; canReview: boolean };

/** The same for an initiative this person may read, by its address; null when they may not. */
export async function initiativeViewerAt(user: NonNullable<Reader>, slug: string): Promise<InitiativeViewer | null> {
  const row = await db.initiative.findFirst({ where: { slug, ...readableWhere(user) }, select: { organisationId: true, status: true } });
  return row ? { canEdit: canEdit(user, row), canReview: canReview(user) } : null;
}

export type InitiativeForm = {
  id: string;
  slug: string;
  status: string;
  values: {
    name: string;
    type: string;
    organisationId: string;
    hostName: string;
    country: string;
    city: string;
    cityId: string;
    address: string;
    lat: string;
    lng: string;
    sensitive: boolean;
    languages: string[];
    targetGroups: string[];
    schedule: string;
    contact: string;
    website: string;
    description: string;
    lang: string;
  };
};

/** The exact values for the edit form, if this person may edit the initiative. */
export async function getInitiativeForEdit(slug: string, user: Reader): Promise<InitiativeForm | null> {
  const where = editableWhere(user);
  if (!where) return null;
  const row = await db.initiative.findFirst({
    where: { slug, ...where },
    select: {
      id: true,
      slug: true,
      status: true,
      name: true,
      type: true,
      organisationId: true,
      hostName: true,
      country: true,
      city: true,
      cityId: true,
      address: true,
      lat: true,
      lng: true,
      sensitive: true,
      languages: true,
      targetGroups: true,
      schedule: true,
      contact: true,
      website: true,
      description: true,
      lang: true,
    },
  });
  if (!row) return null;
  const { id, slug: s, status, organisationId, cityId, lat, lng, ...rest } = row;
  return {
    id,
    slug: s,
    status,
    values: { ...rest, organisationId: organisationId ?? "", cityId: cityId ? String(cityId) : "", lat: String(lat), lng: String(lng) },
  };
}

// ─── review, overdue, mine ──────────────────────────────────────────────────────────────────

export type QueueItem = InitiativeCard & { suggestedBy: string | null; createdAt: string; sensitive: boolean };

const queueSelect = { ...cardSelect, ...placeSelect({ role: "COORDINATOR" }), createdAt: true, suggestedBy: { select: { name: true } } };

/** Suggestions waiting for a coordinator, oldest first. */
export async function reviewQueue(user: Reader): Promise<QueueItem[]> {
  if (!canReview(user)) return [];
  const rows = await db.initiative.findMany({
    where: { status: "SUGGESTED" },
    select: queueSelect,
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  return rows.map((r) => ({
    ...toCard(r as unknown as CardRow),
    suggestedBy: r.suggestedBy?.name ?? null,
    createdAt: r.createdAt.toISOString(),
    sensitive: r.sensitive,
  }));
}

export async function reviewQueueCount(user: Reader): Promise<number> {
  return canReview(user) ? db.initiative.count({ where: { status: "SUGGESTED" } }) : 0;
}

/** Published initiatives not verified for 12 months that this person can verify (reviewers: all). */
export async function overdueInitiatives(user: Reader, limit = 200): Promise<InitiativeCard[]> {
  const where = editableWhere(user);
  if (!where) return [];
  const rows = await db.initiative.findMany({
    where: { ...where, status: "PUBLISHED", lastVerifiedAt: { lt: overdueBefore() } },
    select: { ...cardSelect, ...placeSelect(user) },
    orderBy: { lastVerifiedAt: "asc" },
    take: limit,
  });
  return rows.map((r) => toCard(r as unknown as CardRow));
}

/** A member's own suggestions, and (partners) their organisation's initiatives. */
export async function myInitiatives(user: Reader) {
  if (!user) return { suggestions: [], organisation: [] };
  const select = { ...cardSelect, ...placeSelect(user), rejectionReason: true };
  const [suggestions, organisation] = await Promise.all([
    db.initiative.findMany({
      where: { suggestedById: user.id, status: { in: ["SUGGESTED", "REJECTED"] } },
      select,
      orderBy: { createdAt: "desc" },
      take: 100,
    }),
    user.organisationId && editableWhere(user)
      ? db.initiative.findMany({
          where: { organisationId: user.organisationId, status: { in: ["PUBLISHED", "ARCHIVED", "SUGGESTED"] } },
          select,
          orderBy: { name: "asc" },
          take: 500,
        })
      : Promise.resolve([]),
  ]);
  const card = (r: (typeof suggestions)[number]) => ({ ...toCard(r as unknown as CardRow), rejectionReason: r.rejectionReason });
  return { suggestions: suggestions.map(card), organisation: organisation.map(card) };
}

export type MyInitiativeCard = InitiativeCard & { rejectionReason: string | null };

/** "My initiatives": the member's suggestions and, for a partner, their organisation's initiatives (null: none to manage). */
export type MyInitiatives = {
  suggestions: MyInitiativeCard[];
  organisation: { name: string; initiatives: MyInitiativeCard[] } | null;
};

/** What "My initiatives" shows (GET /api/map/mine: the page is a shell every member shares). */
export async function myInitiativesPage(user: CurrentUser): Promise<MyInitiatives> {
  const mine = await myInitiatives(user);
  const manages = user.organisationId !== null && editableWhere(user) !== null;
  return {
    suggestions: mine.suggestions,
    organisation: manages ? { name: user.organisationName ?? "", initiatives: mine.organisation } : null,
  };
}

/** Countries that have published initiatives, for the filter. */
export const publishedCountries = cache(async (): Promise<string[]> => {
  const rows = await db.initiative.groupBy({ by: ["country"], where: { status: "PUBLISHED" }, orderBy: { country: "asc" } });
  return rows.map((r) => r.country);
});

export async function organisationOptions(): Promise<{ id: string; name: string; country: string }[]> {
  return db.organisation.findMany({ select: { id: true, name: true, country: true }, orderBy: { name: "asc" } });
}
