import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { cityById, searchCities, unknownCityNames } from "@/lib/gazetteer";
import { createInitiative, createUser, upsertOrganisation } from "@/prisma/factories";
import { distanceKm, publicPlace, roundToGrid } from "./geo";
import { getInitiative, initiativeCollection, listInitiatives, myInitiatives, overdueInitiatives, reviewQueue } from "./queries";
import { type InitiativeInput, initiativeInputSchema, parseFilters, parseListQuery } from "./schemas";
import { initiativeSearchSource } from "./search-source";
import {
  approveInitiative,
  archiveInitiative,
  flagOverdueInitiatives,
  rejectInitiative,
  submitInitiative,
  updateInitiative,
  verifyInitiative,
} from "./service";

// Real PostgreSQL: who may write what, and what each reader gets of a sensitive venue's place.
const run = Date.now().toString(36);
type Role = "LIBRARIAN" | "PARTNER" | "COORDINATOR" | "ADMIN";
type Actor = { id: string; role: Role; organisationId: string | null; name: string };

let librarian: Actor;
let partner: Actor;
let otherPartner: Actor;
let coordinator: Actor;
let orgA: string;
let orgB: string;

async function actor(name: string, role: Role, organisationSlug?: string): Promise<Actor> {
  const u = await createUser(db as never, { email: `${name}-${run}@map.test`, name: `${name} ${run}`, role, organisationSlug });
  const row = await db.user.findUniqueOrThrow({ where: { id: u.id }, select: { organisationId: true } });
  return { id: u.id, role, organisationId: row.organisationId, name: u.name };
}

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

// A sensitive venue at an exact place that must never reach a visitor.
const EXACT = { lat: 56.951234, lng: 24.113456, address: `Secret street 7 ${run}` };

function input(overrides: Partial<Record<keyof InitiativeInput, unknown>> = {}): InitiativeInput {
  return initiativeInputSchema.parse({
    name: `Help desk ${run}`,
    type: "LEGAL_HELP",
    country: "LV",
    city: "Riga",
    address: "Open street 1",
    lat: "56.9601",
    lng: "24.1202",
    languages: ["lv", "uk"],
    targetGroups: ["ASYLUM_SEEKERS"],
    schedule: "Tuesdays",
    description: "Confidential advice.",
    ...overrides,
  });
}

const mentionsExact = (value: unknown) => {
  const text = JSON.stringify(value);
  return text.includes(String(EXACT.lat)) || text.includes(String(EXACT.lng)) || text.includes(EXACT.address);
};

beforeAll(async () => {
  orgA = (await upsertOrganisation(db as never, { slug: `org-a-${run}`, name: `Library A ${run}`, type: "LIBRARY", country: "LV" })).id;
  orgB = (await upsertOrganisation(db as never, { slug: `org-b-${run}`, name: `Library B ${run}`, type: "LIBRARY", country: "PL" })).id;
  librarian = await actor("librarian", "LIBRARIAN");
  partner = await actor("partner", "PARTNER", `org-a-${run}`);
  otherPartner = await actor("other", "PARTNER", `org-b-${run}`);
  coordinator = await actor("coord", "COORDINATOR");
});

afterAll(async () => {
  await db.initiative.deleteMany({ where: { OR: [{ organisationId: { in: [orgA, orgB] } }, { name: { contains: run } }] } });
});

describe("public place", () => {
  it("rounds a sensitive venue to the centre of a ~1 km cell, the same every time, and drops the address", () => {
    const a = roundToGrid(EXACT.lat, EXACT.lng);
    expect(roundToGrid(EXACT.lat, EXACT.lng)).toEqual(a);
    expect(a.lat).not.toBe(EXACT.lat);
    const off = distanceKm(EXACT, a);
    expect(off).toBeGreaterThan(0);
    expect(off).toBeLessThan(0.75);
    // A place a few metres away falls in the same cell: nothing to average out.
    expect(roundToGrid(EXACT.lat + 0.00005, EXACT.lng + 0.00005)).toEqual(a);
    expect(publicPlace({ ...EXACT, sensitive: true })).toEqual({ publicLat: a.lat, publicLng: a.lng, publicAddress: "" });
    expect(publicPlace({ ...EXACT, sensitive: false })).toEqual({
      publicLat: EXACT.lat,
      publicLng: EXACT.lng,
      publicAddress: EXACT.address,
    });
  });
});

describe("who writes what", () => {
  it("keeps a librarian's suggestion out of every public view until a coordinator approves it, then tells the suggester", async () => {
    const saved = await submitInitiative(librarian, input({ name: `Suggested café ${run}`, type: "LANGUAGE_CAFE" }));
    expect(saved.status).toBe("SUGGESTED");
    expect(await getInitiative(saved.slug, null)).toBeNull();
    expect(await getInitiative(saved.slug, otherPartner)).toBeNull();
    expect((await getInitiative(saved.slug, librarian))?.status).toBe("SUGGESTED");
    const visitorList = await listInitiatives(null, parseListQuery({ type: "LANGUAGE_CAFE", country: "LV" }).data as never, "en");
    expect(visitorList.items.some((i) => i.slug === saved.slug)).toBe(false);
    const geo = await initiativeCollection({}, { reader: null, exact: false });
    expect(geo.features.some((f) => f.id === saved.slug)).toBe(false);
    expect((await initiativeSearchSource.documentsFor([saved.id])).get(saved.id)).toEqual([]);
    expect((await reviewQueue(coordinator)).some((q) => q.id === saved.id)).toBe(true);
    expect(await reviewQueue(partner)).toEqual([]);

    await expectAppError(approveInitiative(partner, saved.id), "FORBIDDEN");
    await approveInitiative(coordinator, saved.id);
    await expectAppError(approveInitiative(coordinator, saved.id), "CONFLICT");
    expect((await getInitiative(saved.slug, null))?.status).toBe("PUBLISHED");
    const [document] = (await initiativeSearchSource.documentsFor([saved.id])).get(saved.id) ?? [];
    // Its kind in every language, whatever language it is described in ("мовне кафе" finds it).
    for (const name of ["Language café", "Мовне кафе", "Kawiarenka językowa", "Valodu kafejnīca"]) {
      expect(document?.text.toLowerCase()).toContain(name.toLowerCase());
    }
    const note = await db.notification.findFirst({ where: { userId: librarian.id, initiativeId: saved.id } });
    expect(note?.kind).toBe("INITIATIVE_APPROVED");
    expect(await db.auditLog.count({ where: { action: "initiative.approve", targetId: saved.id, actorId: coordinator.id } })).toBe(1);
  });

  it("rejects a suggestion with a reason the suggester sees, in the app and by email", async () => {
    const saved = await submitInitiative(librarian, input({ name: `Rejected idea ${run}` }));
    await rejectInitiative(coordinator, saved.id, "This help desk closed last year.");
    const note = await db.notification.findFirst({ where: { userId: librarian.id, initiativeId: saved.id } });
    expect(note?.kind).toBe("INITIATIVE_REJECTED");
    expect(note?.data).toEqual({ reason: "This help desk closed last year." });
    expect((await getInitiative(saved.slug, librarian))?.rejectionReason).toBe("This help desk closed last year.");
    const mine = await myInitiatives(librarian);
    expect(mine.suggestions.find((s) => s.id === saved.id)?.status).toBe("REJECTED");
    const files = (await readdir(env.MAIL_DIR)).filter((f) => f.endsWith(".json"));
    const mails = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(env.MAIL_DIR, f), "utf8"))));
    const mail = mails.find((m) => m.to === `librarian-${run}@map.test` && m.text.includes("This help desk closed last year."));
    expect(mail?.text).toContain(`/map/i/${saved.slug}`);
  });

  it("publishes a partner's initiative for their own organisation at once, but not one for another host", async () => {
    const own = await submitInitiative(partner, input({ name: `Own club ${run}`, organisationId: orgA }));
    expect(own.status).toBe("PUBLISHED");
    const other = await submitInitiative(partner, input({ name: `Someone else's club ${run}`, organisationId: orgB }));
    expect(other.status).toBe("SUGGESTED");
  });

  it("refuses a partner's edit, archive or verification of another organisation's initiative, whatever the request", async () => {
    const theirs = await submitInitiative(otherPartner, input({ name: `Their desk ${run}`, organisationId: orgB }));
    const before = await db.initiative.findUniqueOrThrow({ where: { id: theirs.id } });
    await expectAppError(updateInitiative(partner, theirs.id, input({ name: `Hijacked ${run}`, organisationId: orgA })), "NOT_FOUND");
    await expectAppError(archiveInitiative(partner, theirs.id), "NOT_FOUND");
    await expectAppError(verifyInitiative(partner, theirs.id), "NOT_FOUND");
    await expectAppError(updateInitiative(librarian, theirs.id, input()), "FORBIDDEN");
    const after = await db.initiative.findUniqueOrThrow({ where: { id: theirs.id } });
    expect(after).toEqual(before);
    // Their own edit works, and cannot move it to another organisation.
    await updateInitiative(otherPartner, theirs.id, input({ name: `Their desk renamed ${run}`, organisationId: orgA }));
    const edited = await db.initiative.findUniqueOrThrow({ where: { id: theirs.id } });
    expect(edited.name).toBe(`Their desk renamed ${run}`);
    expect(edited.organisationId).toBe(orgB);
  });
});

describe("a sensitive venue", () => {
  let slug: string;
  let id: string;

  beforeAll(async () => {
    const saved = await submitInitiative(
      partner,
      input({
        name: `Asylum help desk ${run}`,
        organisationId: orgA,
        sensitive: "on",
        address: EXACT.address,
        lat: String(EXACT.lat),
        lng: String(EXACT.lng),
      }),
    );
    slug = saved.slug;
    id = saved.id;
  });

  it("stores the exact place and a public ~1 km place without the address", async () => {
    const row = await db.initiative.findUniqueOrThrow({ where: { id } });
    expect([row.lat, row.lng, row.address]).toEqual([EXACT.lat, EXACT.lng, EXACT.address]);
    expect(row.publicAddress).toBe("");
    expect(distanceKm({ lat: row.publicLat, lng: row.publicLng }, EXACT)).toBeLessThan(0.75);
  });

  it("reaches visitors only as the ~1 km area, in the page data, the list, the GeoJSON and search", async () => {
    const page = await getInitiative(slug, null);
    expect(page?.place.approximate).toBe(true);
    expect(mentionsExact(page)).toBe(false);
    const list = await listInitiatives(null, parseListQuery({ country: "LV", type: "LEGAL_HELP" }).data as never, "en");
    const card = list.items.find((i) => i.id === id);
    expect(card?.place.approximate).toBe(true);
    expect(mentionsExact(list)).toBe(false);
    const geo = await initiativeCollection({ country: ["LV"] }, { reader: null, exact: false });
    expect(geo.features.find((f) => f.id === slug)?.properties.approximate).toBe(true);
    expect(mentionsExact(geo)).toBe(false);
    // The open data stays rounded even when a member downloads it.
    expect(mentionsExact(await initiativeCollection({ country: ["LV"] }, { reader: librarian, exact: false }))).toBe(false);
    const docs = await initiativeSearchSource.documentsFor([id]);
    expect(docs.get(id)).toHaveLength(1);
    expect(mentionsExact(docs.get(id))).toBe(false);
  });

  it("shows members the exact place and address", async () => {
    const page = await getInitiative(slug, librarian);
    expect(page?.place).toMatchObject({ lat: EXACT.lat, lng: EXACT.lng, address: EXACT.address, approximate: false });
    const geo = await initiativeCollection({ country: ["LV"] }, { reader: librarian, exact: true });
    expect(geo.features.find((f) => f.id === slug)?.geometry.coordinates).toEqual([EXACT.lng, EXACT.lat]);
  });
});

describe("lists", () => {
  it("sorts by distance from a gazetteer city, measured to the public place", async () => {
    const riga = (await searchCities("Riga", { locale: "en", country: "LV", limit: 1 }))[0];
    expect(riga).toBeDefined();
    const far = await createInitiative(db as never, {
      name: `Far ${run}`,
      organisationSlug: `org-b-${run}`,
      country: "LV",
      city: "Liepāja",
      lat: 56.51,
      lng: 21.01,
      type: "JOB_CLUB",
      index: false,
    });
    const near = await createInitiative(db as never, {
      name: `Near ${run}`,
      organisationSlug: `org-b-${run}`,
      country: "LV",
      city: "Riga",
      lat: 56.95,
      lng: 24.11,
      type: "JOB_CLUB",
      index: false,
    });
    const list = await listInitiatives(
      null,
      parseListQuery({ type: "JOB_CLUB", country: "LV", near: String(riga?.id) }).data as never,
      "en",
    );
    expect(list.sort).toBe("distance");
    const order = list.items.map((i) => i.id);
    expect(order.indexOf(near.id)).toBeLessThan(order.indexOf(far.id));
    const distances = list.items.map((i) => i.distanceKm ?? -1);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(list.items.find((i) => i.id === far.id)?.distanceKm).toBeGreaterThan(150);
  });

  it("refuses filters outside the vocabulary", () => {
    expect(parseFilters(new URLSearchParams("type=LANGUAGE_CAFE&country=PL")).success).toBe(true);
    expect(parseFilters(new URLSearchParams("type=DROP TABLE")).success).toBe(false);
    expect(parseFilters(new URLSearchParams("country=XX")).success).toBe(false);
  });

  it("refuses a gazetteer id the database could not hold, with a message by the field instead of an internal error", () => {
    expect(input({ cityId: "456172" }).cityId).toBe(456172);
    expect(() => input({ cityId: "99999999999999" })).toThrow(/validation\.invalid/);
    expect(() => input({ cityId: "-3" })).toThrow();
  });
});

describe("verification", () => {
  it("flags initiatives not verified for 12 months to their organisation and coordinators, once, until verified", async () => {
    const old = new Date(Date.now() - 400 * 86_400_000);
    const stale = await createInitiative(db as never, {
      name: `Stale ${run}`,
      organisationSlug: `org-a-${run}`,
      lastVerifiedAt: old,
      index: false,
    });
    expect((await overdueInitiatives(partner)).some((i) => i.id === stale.id)).toBe(true);
    expect((await overdueInitiatives(otherPartner)).some((i) => i.id === stale.id)).toBe(false);
    const first = await flagOverdueInitiatives();
    expect(first.initiatives).toBeGreaterThanOrEqual(1);
    expect(await db.notification.count({ where: { userId: partner.id, initiativeId: stale.id, kind: "INITIATIVE_OVERDUE" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: otherPartner.id, initiativeId: stale.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: coordinator.id, kind: "INITIATIVE_OVERDUE" } })).toBeGreaterThanOrEqual(1);
    await flagOverdueInitiatives();
    expect(await db.notification.count({ where: { userId: partner.id, initiativeId: stale.id, kind: "INITIATIVE_OVERDUE" } })).toBe(1);
    await verifyInitiative(partner, stale.id);
    const row = await db.initiative.findUniqueOrThrow({ where: { id: stale.id } });
    expect(row.overdueNotifiedAt).toBeNull();
    expect(Date.now() - row.lastVerifiedAt.getTime()).toBeLessThan(60_000);
    expect((await overdueInitiatives(partner)).some((i) => i.id === stale.id)).toBe(false);
  });
});

describe("gazetteer", () => {
  it("finds places in the interface languages, without accents, and by a word of the name", async () => {
    expect((await searchCities("Warszawa", { locale: "pl" }))[0]).toMatchObject({ name: "Warszawa", country: "PL" });
    expect((await searchCities("varsov", { locale: "fr" }))[0]).toMatchObject({ name: "Varsovie", country: "PL" });
    expect((await searchCities("lodz", { locale: "en" }))[0]).toMatchObject({ name: "Łódź", country: "PL" });
    expect((await searchCities("den haag", { locale: "nl" }))[0]).toMatchObject({ name: "Den Haag", country: "NL" });
    expect((await searchCities("Bucur", { locale: "ro" }))[0]).toMatchObject({ name: "București", country: "RO" });
    expect((await searchCities("Sigulda", { locale: "uk" }))[0]).toMatchObject({ name: "Сігулда", country: "LV" });
    const riga = (await searchCities("Rīga", { locale: "lv" }))[0];
    expect(riga?.name).toBe("Rīga");
    expect(await cityById(riga?.id ?? 0, "en")).toMatchObject({ name: "Riga", country: "LV" });
    // Outside Europe there is nothing to find.
    expect(await searchCities("Chicago", { locale: "en" })).toEqual([]);
  });

  it("knows every place of the translated-names table", async () => {
    expect(await unknownCityNames()).toEqual([]);
  });
});
