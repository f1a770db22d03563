import { randomBytes } from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import type { OrganisationType, Role } from "../lib/generated/prisma/client";
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
