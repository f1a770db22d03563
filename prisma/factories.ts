import { randomBytes } from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import type { InitiativeStatus, InitiativeType, OrganisationType, Role } from "../lib/generated/prisma/client";
import { publicPlace } from "../lib/initiatives/geo";
import type { ScriptClient } from "./client";

// Shared by prisma/seed.ts and the tests, so both build data the same way.

export type UserInput = {
  email?: string;
  name?: string;
  password?: string;
  role?: Role;
  country?: string;
  locale?: string;
  verified?: boolean;
  organisationSlug?: string;
};

const unique = () => randomBytes(5).toString("hex");
export const TEST_PASSWORD = "correct horse battery staple";

/** Creates a user, or updates the role/organisation of an existing one with that email (idempotent). */
export async function createUser(db: ScriptClient, input: UserInput = {}) {
  const email = (input.email ?? `user-${unique()}@example.test`).toLowerCase();
  const organisation = input.organisationSlug
    ? await db.organisation.findUniqueOrThrow({ where: { slug: input.organisationSlug }, select: { id: true } })
    : null;
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    return db.user.update({
      where: { email },
      data: { role: input.role ?? "LIBRARIAN", organisationId: organisation?.id ?? null },
      select: { id: true, email: true, name: true, role: true },
    });
  }
  return db.user.create({
    data: {
      email,
      name: input.name ?? `Test user ${unique()}`,
      passwordHash: await hashPassword(input.password ?? TEST_PASSWORD),
      role: input.role ?? "LIBRARIAN",
      country: input.country ?? "LV",
      locale: input.locale ?? "en",
      emailVerifiedAt: input.verified === false ? null : new Date(),
      organisationId: organisation?.id ?? null,
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

export type OrganisationInput = {
  slug: string;
  name: string;
  type: OrganisationType;
  country: string;
  city?: string | null;
  website?: string | null;
  description?: string | null;
  isPartner?: boolean;
};

export async function upsertOrganisation(db: ScriptClient, input: OrganisationInput) {
  const { slug, ...data } = input;
  return db.organisation.upsert({ where: { slug }, create: input, update: data, select: { id: true, slug: true } });
}

// ─── initiatives map ─────────────────────────────────────────────────────────────────────────

export type InitiativeFactoryInput = {
  slug?: string;
  name?: string;
  type?: InitiativeType;
  status?: InitiativeStatus;
  organisationSlug?: string | null;
  hostName?: string;
  country?: string;
  city?: string;
  cityId?: number | null;
  address?: string;
  lat?: number;
  lng?: number;
  sensitive?: boolean;
  languages?: string[];
  targetGroups?: string[];
  schedule?: string;
  contact?: string;
  website?: string;
  description?: string;
  lang?: string;
  lastVerifiedAt?: Date;
  suggestedById?: string | null;
  isExample?: boolean;
  /** Queue the search index update, as the service does (default true). */
  index?: boolean;
};

/**
 * Creates an initiative — or, for an existing slug, updates it (idempotent, for the seed) — with
 * its public place computed as the service computes it.
 */
export async function createInitiative(db: ScriptClient, input: InitiativeFactoryInput = {}) {
  const organisation = input.organisationSlug
    ? await db.organisation.findUniqueOrThrow({ where: { slug: input.organisationSlug }, select: { id: true } })
    : null;
  const lat = input.lat ?? 56.9496;
  const lng = input.lng ?? 24.1052;
  const address = input.address ?? "Tērbatas iela 75";
  const sensitive = input.sensitive ?? false;
  const status = input.status ?? "PUBLISHED";
  const slug = input.slug ?? `initiative-${unique()}`;
  const data = {
    name: input.name ?? `Language café ${unique()}`,
    type: input.type ?? "LANGUAGE_CAFE",
    status,
    organisationId: organisation?.id ?? null,
    hostName: organisation ? "" : (input.hostName ?? "Neighbourhood library"),
    country: input.country ?? "LV",
    city: input.city ?? "Riga",
    cityId: input.cityId ?? null,
    address,
    lat,
    lng,
    sensitive,
    ...publicPlace({ lat, lng, address, sensitive }),
    languages: input.languages ?? ["lv", "en"],
    targetGroups: input.targetGroups ?? ["ADULTS"],
    schedule: input.schedule ?? "",
    contact: input.contact ?? "",
    website: input.website ?? "",
    description: input.description ?? "",
    lang: input.lang ?? "en",
    lastVerifiedAt: input.lastVerifiedAt ?? new Date(),
    suggestedById: input.suggestedById ?? null,
    isExample: input.isExample ?? false,
    publishedAt: status === "PUBLISHED" ? new Date() : null,
  };
  const row = await db.initiative.upsert({ where: { slug }, create: { slug, ...data }, update: data, select: { id: true, slug: true } });
  if (input.index ?? true) await db.searchOutbox.create({ data: { entityType: "initiative", entityId: row.id } });
  return row;
}
