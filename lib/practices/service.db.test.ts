import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { whileUncommitted } from "@/lib/testing/concurrency";
import { createUser, upsertOrganisation } from "@/prisma/factories";
import { createPractice as makePractice } from "@/prisma/factories";
import {
  getOrganisationProfile,
  getPracticeForEditing,
  getPracticeForReading,
  getPracticeForReview,
  listOpenPractices,
  listPractices,
  practiceFigures,
} from "./queries";
import { lenientPracticeFilter, parsePracticeFilter, practiceFilterSchema, savePracticeSchema } from "./schemas";
import { practiceSearchSource } from "./search-source";
import {
  addChecklistItem,
  approvePractice,
  archivePractice,
  assertOwnPractice,
  createPractice,
  createTranslation,
  recordOutcome,
  requestChanges,
  savePractice,
  setChecklistItem,
  startAdoption,
  submitPractice,
  withdrawPractice,
} from "./service";

// The good-practice rules against real PostgreSQL, through the service and queries the pages,
// actions and API use.

const run = Date.now().toString(36);
type Who = CurrentUser;

let partner: Who;
let colleague: Who;
let otherPartner: Who;
let coordinator: Who;
let librarian: Who;
let orgSlug: string;
let otherOrgSlug: string;

async function person(name: string, role: Who["role"], organisationSlug?: string, locale = "en"): Promise<Who> {
  const u = await createUser(db as never, {
    email: `${name}-${run}@practices.test`,
    name: `${name} ${run}`,
    role,
    organisationSlug,
    locale,
  });
  const org = organisationSlug
    ? await db.organisation.findUniqueOrThrow({ where: { slug: organisationSlug }, select: { id: true, name: true } })
    : null;
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role,
    country: "LV",
    locale,
    organisationId: org?.id ?? null,
    organisationName: org?.name ?? null,
    sessionId: "test",
  };
}

async function expectAppError(promise: Promise<unknown>, code: string, key?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (key) expect((error as AppError).messageKey).toBe(key);
  return error as AppError;
}

const doc = (...paragraphs: string[]) => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

const FACTS = {
  country: "LV",
  city: "Sigulda",
  libraryName: "Sigulda regional library",
  themes: ["language-learning", "culture-leisure"],
  targetGroups: ["refugees", "host-community"],
  languagesUsed: ["lv", "uk", "ru"],
  periodStart: "2023-09",
  periodEnd: "",
  partnersInvolved: "Social service; r.a. Siltumnīca",
  contactName: "Anna Bērziņa",
  contactEmail: "anna@example.test",
};

/** A complete source-language save, as the edit form sends it (through the shared schema). */
function fullSave(practiceId: string, baseVersion: number, change: Record<string, unknown> = {}) {
  return savePracticeSchema.parse({
    practiceId,
    locale: "en",
    baseVersion,
    title: `Language café ${run}`,
    summary: "Weekly conversation evenings where newcomers and residents practise Latvian together.",
    story: doc("Every Thursday the reading room becomes a café.", "Volunteers host small tables by level."),
    resources: "Two volunteer hosts\n- A room for 20 people\nTea and biscuits",
    steps: "1. Find volunteers\n2. Announce it in three languages\n3. Run the first evening",
    results: "Forty regular participants after six months.",
    lessons: "Start small and keep the same day and time.",
    facts: FACTS,
    ...change,
  });
}

async function caughtMailsTo(email: string) {
  const files = (await readdir(env.MAIL_DIR).catch(() => [] as string[])).filter((f) => f.endsWith(".json"));
  const mails = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(path.join(env.MAIL_DIR, f), "utf8")) as { to: string; subject: string; text: string }),
  );
  return mails.filter((m) => m.to === email);
}

beforeAll(async () => {
  orgSlug = `library-${run}`;
  otherOrgSlug = `other-library-${run}`;
  await upsertOrganisation(db as never, { slug: orgSlug, name: `Test library ${run}`, type: "LIBRARY", country: "LV", city: "Sigulda" });
  await upsertOrganisation(db as never, {
    slug: otherOrgSlug,
    name: `Other library ${run}`,
    type: "LIBRARY",
    country: "PL",
    city: "Kraków",
  });
  partner = await person("partner", "PARTNER", orgSlug, "fr");
  colleague = await person("colleague", "PARTNER", orgSlug);
  otherPartner = await person("other", "PARTNER", otherOrgSlug);
  coordinator = await person("coordinator", "COORDINATOR");
  librarian = await person("librarian", "LIBRARIAN", undefined, "lv");
});

describe("writing and review", () => {
  it("a partner writes and submits; a coordinator requests changes; the partner edits and resubmits; the coordinator approves", async () => {
    const { id, slug } = await createPractice(partner, { title: `Language café ${run}`, sourceLocale: "en" });
    const created = await db.practice.findUniqueOrThrow({
      where: { id },
      select: { status: true, country: true, city: true, libraryName: true },
    });
    // The organisation's place and name are the starting facts.
    expect(created).toEqual({ status: "DRAFT", country: "LV", city: "Sigulda", libraryName: `Test library ${run}` });

    const saved = await savePractice(partner, { ...fullSave(id, 1), submit: true });
    expect(saved).toEqual({ version: 2, status: "IN_REVIEW" });

    const review = await getPracticeForReview(id, coordinator);
    expect(review?.translation?.title).toBe(`Language café ${run}`);
    expect(review?.facts.themes).toEqual(["language-learning", "culture-leisure"]);

    await requestChanges(coordinator, {
      practiceId: id,
      comments: [
        { field: "results", body: "How many of them were newcomers?" },
        { field: null, body: "Lovely story; one detail missing." },
      ],
    });
    const editing = await getPracticeForEditing(slug, colleague);
    expect(editing?.status).toBe("CHANGES_REQUESTED");
    expect(editing?.comments.filter((c) => !c.resolved).map((c) => [c.field, c.body])).toEqual(
      expect.arrayContaining([
        ["results", "How many of them were newcomers?"],
        [null, "Lovely story; one detail missing."],
      ]),
    );
    // The author hears of it in the app and by email, in their language (French).
    const told = await db.notification.findMany({ where: { practiceId: id, userId: partner.id }, select: { kind: true, actorId: true } });
    expect(told).toEqual([{ kind: "PRACTICE_CHANGES_REQUESTED", actorId: coordinator.id }]);
    const mails = await caughtMailsTo(partner.email);
    expect(mails.some((m) => m.text.includes("How many of them were newcomers?") && /modifications/i.test(m.subject))).toBe(true);

    // Still not visible to anyone else.
    expect(await getPracticeForReading(slug, "en", null)).toBeNull();

    await savePractice(partner, fullSave(id, 2, { results: "Forty regular participants after six months, 28 of them newcomers." }));
    await submitPractice(partner, id);
    const resubmitted = await getPracticeForEditing(slug, partner);
    expect(resubmitted?.status).toBe("IN_REVIEW");
    expect(resubmitted?.comments.every((c) => c.resolved)).toBe(true);

    await approvePractice(coordinator, { practiceId: id, note: "" });
    const live = await getPracticeForReading(slug, "en", null);
    expect(live?.results).toBe("Forty regular participants after six months, 28 of them newcomers.");
    expect(live?.resources).toEqual(["Two volunteer hosts", "A room for 20 people", "Tea and biscuits"]);
    expect(live?.steps).toEqual(["Find volunteers", "Announce it in three languages", "Run the first evening"]);
    expect(live?.contact).toBeNull(); // a visitor
    expect((await getPracticeForReading(slug, "en", { id: librarian.id }))?.contact).toEqual({
      name: "Anna Bērziņa",
      email: "anna@example.test",
    });

    const trail = await db.auditLog.findMany({
      where: { targetId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(trail.map((e) => e.action)).toEqual([
      "practice.create",
      "practice.submit",
      "practice.requestChanges",
      "practice.submit",
      "practice.publish",
    ]);
    const revisions = await db.practiceRevision.findMany({
      where: { practiceId: id },
      orderBy: { createdAt: "asc" },
      select: { kind: true },
    });
    expect(revisions.map((r) => r.kind)).toEqual(["create", "save", "submit", "save", "submit", "publish"]);
    expect(await db.searchOutbox.count({ where: { entityType: "practice", entityId: id } })).toBe(1);
    expect(
      (await db.notification.findMany({ where: { practiceId: id, userId: partner.id }, select: { kind: true } })).map((n) => n.kind),
    ).toContain("PRACTICE_PUBLISHED");
  });

  it("another organisation's partner can neither read nor write the draft, and nobody can upload for it", async () => {
    const { id, slug } = await createPractice(partner, { title: `Homework club ${run}`, sourceLocale: "en" });
    expect(await getPracticeForEditing(slug, otherPartner)).toBeNull();
    expect(await getPracticeForReview(id, otherPartner)).toBeNull();
    await expectAppError(savePractice(otherPartner, fullSave(id, 1)), "NOT_FOUND");
    await expectAppError(submitPractice(otherPartner, id), "NOT_FOUND");
    await expectAppError(withdrawPractice(otherPartner, id), "NOT_FOUND");
    await expectAppError(createTranslation(otherPartner, { practiceId: id, locale: "pl" }), "NOT_FOUND");
    await expectAppError(assertOwnPractice(otherPartner, id), "NOT_FOUND");
    // A coordinator reviews, but writes only for their own organisation (they have none here).
    await expectAppError(savePractice(coordinator, fullSave(id, 1)), "NOT_FOUND");
    // The draft is untouched.
    const t = await db.practiceTranslation.findFirstOrThrow({ where: { practiceId: id }, select: { version: true, title: true } });
    expect(t).toEqual({ version: 1, title: `Homework club ${run}` });
    await assertOwnPractice(colleague, id);
  });

  it("refuses a submission with missing parts, naming each field", async () => {
    const { id } = await createPractice(partner, { title: `Unfinished ${run}`, sourceLocale: "en" });
    const error = await expectAppError(submitPractice(partner, id), "INVALID", "practices.errors.incomplete");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(
      expect.arrayContaining([
        "summary",
        "story",
        "resources",
        "steps",
        "results",
        "lessons",
        "facts.themes",
        "facts.targetGroups",
        "facts.periodStart",
      ]),
    );
    expect((await db.practice.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("DRAFT");
  });

  it("refuses a save over someone else's newer version, and any save while under review", async () => {
    const { id } = await createPractice(partner, { title: `Two editors ${run}`, sourceLocale: "en" });
    await savePractice(partner, fullSave(id, 1));
    await expectAppError(
      savePractice(colleague, fullSave(id, 1, { title: "Colleague's title" })),
      "CONFLICT",
      "practices.errors.editConflict",
    );
    await submitPractice(partner, id);
    await expectAppError(savePractice(partner, fullSave(id, 2)), "CONFLICT", "practices.errors.inReview");
    await withdrawPractice(partner, id);
    expect((await savePractice(partner, fullSave(id, 2))).status).toBe("DRAFT");
  });

  it("refuses a save that starts while a colleague's submission is being committed", async () => {
    const { id } = await createPractice(partner, { title: `Late save ${run}`, sourceLocale: "en" });
    await savePractice(partner, fullSave(id, 1));
    // The colleague's submission has moved the status but not committed yet when the save reads it.
    const outcome = await whileUncommitted(
      (tx) => tx.practice.update({ where: { id }, data: { status: "IN_REVIEW" } }),
      () => savePractice(partner, fullSave(id, 2, { title: "Written after the submission" })),
    );
    expect(outcome.status).toBe("rejected");
    expect(((outcome as PromiseRejectedResult).reason as AppError).messageKey).toBe("practices.errors.inReview");
    const en = await db.practiceTranslation.findUniqueOrThrow({ where: { practiceId_locale: { practiceId: id, locale: "en" } } });
    expect(en).toMatchObject({ version: 2, title: `Language café ${run}` });
  });

  it("refuses a new translation that starts while a colleague's submission is being committed, and one of an archived case study", async () => {
    const { id } = await createPractice(partner, { title: `Late translation ${run}`, sourceLocale: "en" });
    await savePractice(partner, fullSave(id, 1));
    const outcome = await whileUncommitted(
      (tx) => tx.practice.update({ where: { id }, data: { status: "IN_REVIEW" } }),
      () => createTranslation(partner, { practiceId: id, locale: "pl" }),
    );
    expect(outcome.status).toBe("rejected");
    expect(((outcome as PromiseRejectedResult).reason as AppError).messageKey).toBe("practices.errors.inReview");
    expect(await db.practiceTranslation.count({ where: { practiceId: id, locale: "pl" } })).toBe(0);

    await db.practice.update({ where: { id }, data: { status: "ARCHIVED" } });
    await expectAppError(createTranslation(partner, { practiceId: id, locale: "pl" }), "CONFLICT", "practices.errors.archived");
    expect(await db.practiceTranslation.count({ where: { practiceId: id, locale: "pl" } })).toBe(0);
  });

  it("lets only one of two reviewers act on a submission", async () => {
    const { id } = await createPractice(partner, { title: `Two reviewers ${run}`, sourceLocale: "en" });
    await savePractice(partner, { ...fullSave(id, 1), submit: true });
    const second = await person("coordinator2", "COORDINATOR");
    const outcomes = await Promise.allSettled([
      approvePractice(coordinator, { practiceId: id, note: "" }),
      requestChanges(second, { practiceId: id, comments: [{ field: null, body: "Not yet" }] }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as AppError).messageKey).toBe("practices.errors.statusChanged");
  });
});

describe("what readers, search and the open data see", () => {
  it("only the published copy: never a draft, a submission under review, changes sent back, or an archived case study", async () => {
    const { id, slug } = await createPractice(partner, { title: `Welcome tour ${run}`, sourceLocale: "en" });
    expect((await practiceSearchSource.documentsFor([id])).get(id)).toEqual([]);
    await savePractice(partner, { ...fullSave(id, 1, { title: `Welcome tour ${run}` }), submit: true });
    expect((await practiceSearchSource.documentsFor([id])).get(id)).toEqual([]);
    const filter = practiceFilterSchema.parse({ org: [orgSlug] });
    expect((await listOpenPractices(filter, { perPage: 100, locale: "en", appUrl: "http://x" })).items.map((p) => p.slug)).not.toContain(
      slug,
    );

    await approvePractice(coordinator, { practiceId: id, note: "" });
    let docs = (await practiceSearchSource.documentsFor([id])).get(id) ?? [];
    expect(docs.map((d) => [d.title, d.country, d.themes, d.visibility])).toEqual([
      [`Welcome tour ${run}`, "LV", ["language-learning", "culture-leisure"], "public"],
    ]);

    // New changes, submitted, then sent back: readers, search and the API keep the published copy.
    await savePractice(partner, { ...fullSave(id, 2, { title: `Renamed tour ${run}`, facts: { ...FACTS, country: "EE" } }), submit: true });
    await requestChanges(coordinator, { practiceId: id, comments: [{ field: "title", body: "Keep the old title" }] });
    docs = (await practiceSearchSource.documentsFor([id])).get(id) ?? [];
    expect(docs.map((d) => [d.title, d.country])).toEqual([[`Welcome tour ${run}`, "LV"]]);
    const open = await listOpenPractices(filter, { perPage: 100, locale: "en", appUrl: "http://x" });
    const row = open.items.find((p) => p.slug === slug);
    expect(row?.title).toBe(`Welcome tour ${run}`);
    expect(row?.country).toBe("LV");
    expect(row?.licence).toBe("CC-BY-4.0");
    expect(JSON.stringify(row)).not.toContain("anna@example.test");
    expect((await getPracticeForReading(slug, "en", null))?.title).toBe(`Welcome tour ${run}`);

    await archivePractice(coordinator, id);
    expect((await practiceSearchSource.documentsFor([id])).get(id)).toEqual([]);
    expect(await getPracticeForReading(slug, "en", null)).toBeNull();
    expect((await listOpenPractices(filter, { perPage: 100, locale: "en", appUrl: "http://x" })).items.map((p) => p.slug)).not.toContain(
      slug,
    );
  });

  it("publishes a saved translation with the source and marks it outdated when the source changes", async () => {
    const { id, slug } = await createPractice(partner, { title: `Story hour ${run}`, sourceLocale: "en" });
    await savePractice(partner, fullSave(id, 1, { title: `Story hour ${run}` }));
    await createTranslation(partner, { practiceId: id, locale: "lv" });
    await createTranslation(partner, { practiceId: id, locale: "fr" }); // started, never saved: stays unpublished
    await savePractice(partner, { ...fullSave(id, 1, { title: `Pasaku stunda ${run}` }), locale: "lv", facts: undefined });
    await submitPractice(partner, id);
    await approvePractice(coordinator, { practiceId: id, note: "" });
    const lv = await getPracticeForReading(slug, "lv", null);
    expect([lv?.title, lv?.fallback, lv?.outdated]).toEqual([`Pasaku stunda ${run}`, false, false]);
    const fr = await getPracticeForReading(slug, "fr", null);
    expect([fr?.title, fr?.fallback]).toEqual([`Story hour ${run}`, true]);
    expect(
      (await practiceSearchSource.documentsFor([id]))
        .get(id)
        ?.map((d) => d.locale)
        .sort(),
    ).toEqual(["en", "lv"]);

    await savePractice(partner, { ...fullSave(id, 2, { title: `Story hour for all ${run}` }), submit: true });
    await approvePractice(coordinator, { practiceId: id, note: "" });
    expect((await getPracticeForReading(slug, "lv", null))?.outdated).toBe(true);
  });

  it("filters the list by facets (any value within a facet, every facet) with counts that ignore their own facet", async () => {
    const org = `facets-${run}`;
    await upsertOrganisation(db as never, { slug: org, name: `Facet library ${run}`, type: "LIBRARY", country: "IT" });
    const base = { organisationSlug: org, summary: "s", story: ["story"] };
    await makePractice(db as never, {
      ...base,
      title: "A",
      country: "IT",
      themes: ["employment"],
      targetGroups: ["women"],
      languagesUsed: ["ar"],
    });
    await makePractice(db as never, {
      ...base,
      title: "B",
      country: "IT",
      themes: ["digital-inclusion"],
      targetGroups: ["women"],
      languagesUsed: ["uk"],
    });
    await makePractice(db as never, {
      ...base,
      title: "C",
      country: "FR",
      themes: ["employment"],
      targetGroups: ["refugees"],
      languagesUsed: ["ar"],
    });
    await makePractice(db as never, { ...base, title: "D (draft)", country: "IT", themes: ["employment"], status: "DRAFT" });

    const list = await listPractices(
      practiceFilterSchema.parse({ org: [org], country: ["IT"], theme: ["employment", "digital-inclusion"] }),
      "en",
    );
    expect(list.items.map((p) => p.title).sort()).toEqual(["A", "B"]);
    expect(list.total).toBe(2);
    // Country counts ignore the country filter; theme counts ignore the theme filter.
    expect(list.facets.country).toEqual({ IT: 2, FR: 1 });
    expect(list.facets.theme).toEqual({ employment: 1, "digital-inclusion": 1 });
    expect(list.facets.group).toEqual({ women: 2 });
    expect(list.facets.org[org]).toBe(2);
    expect(list.facets.orgNames[org]).toBe(`Facet library ${run}`);

    const api = await listOpenPractices(practiceFilterSchema.parse({ org: [org], lang: ["ar"] }), {
      perPage: 1,
      locale: "en",
      appUrl: "http://x",
    });
    expect(api.total).toBe(2);
    expect(api.items).toHaveLength(1);
  });

  it("reads filters from URLs: repeated keys and commas; strictly for the API, forgivingly for pages", () => {
    const parsed = parsePracticeFilter(new URLSearchParams("theme=employment,women&theme=culture-leisure&country=fr&page=2"));
    expect(parsed.success).toBe(false); // "women" is a target group, not a theme
    const ok = parsePracticeFilter(new URLSearchParams("theme=employment&theme=culture-leisure&country=fr&page=2"));
    expect(ok.success && [ok.data.theme, ok.data.country, ok.data.page]).toEqual([["employment", "culture-leisure"], ["FR"], 2]);
    expect(lenientPracticeFilter({ theme: ["employment", "nonsense"], page: "abc" })).toMatchObject({ theme: ["employment"], page: 1 });
  });
});

describe("adopting a practice", () => {
  it("from start to outcome: checklist, notes, outcome, notifications and the counts it changes", async () => {
    const { id, slug } = await createPractice(partner, { title: `Job club ${run}`, sourceLocale: "en" });
    await savePractice(partner, { ...fullSave(id, 1, { title: `Job club ${run}` }), submit: true });
    await approvePractice(coordinator, { practiceId: id, note: "" });
    const before = await practiceFigures();

    // The authors' own organisation does not adopt its own practice.
    await expectAppError(
      startAdoption(colleague, { practiceId: id, libraryName: "Ours", country: "LV", city: "", plannedFor: "", notes: "" }),
      "CONFLICT",
      "practices.errors.ownPractice",
    );

    const started = await startAdoption(librarian, {
      practiceId: id,
      libraryName: "Liepāja central library",
      country: "LV",
      city: "Liepāja",
      plannedFor: "2027-02-01",
      notes: "Ask the youth centre for volunteers.",
    });
    expect(started.created).toBe(true);
    const again = await startAdoption(librarian, { practiceId: id, libraryName: "x", country: "LV", city: "", plannedFor: "", notes: "" });
    expect(again).toEqual({ id: started.id, created: false });

    const adoption = await db.adoption.findUniqueOrThrow({
      where: { id: started.id },
      select: { checklist: true, plannedFor: true, status: true },
    });
    expect((adoption.checklist as { id: string; text: string; done: boolean }[]).map((i) => [i.id, i.text, i.done])).toEqual([
      ["r1", "Two volunteer hosts", false],
      ["r2", "A room for 20 people", false],
      ["r3", "Tea and biscuits", false],
      ["s1", "Find volunteers", false],
      ["s2", "Announce it in three languages", false],
      ["s3", "Run the first evening", false],
    ]);
    expect(adoption.plannedFor?.toISOString().slice(0, 10)).toBe("2027-02-01");
    expect((await db.notification.findMany({ where: { practiceId: id, userId: partner.id, kind: "PRACTICE_ADOPTED" } })).length).toBe(1);

    await setChecklistItem(librarian, { adoptionId: started.id, itemId: "s1", done: true });
    await addChecklistItem(librarian, { adoptionId: started.id, text: "Translate the poster into Russian" });
    // Nobody else touches it.
    await expectAppError(setChecklistItem(otherPartner, { adoptionId: started.id, itemId: "s2", done: true }), "NOT_FOUND");
    const items = (await db.adoption.findUniqueOrThrow({ where: { id: started.id }, select: { checklist: true } })).checklist as {
      id: string;
      done: boolean;
    }[];
    expect(items.filter((i) => i.done).map((i) => i.id)).toEqual(["s1"]);
    expect(items.at(-1)).toMatchObject({ id: "o1", text: "Translate the poster into Russian", done: false });

    let reading = await getPracticeForReading(slug, "en", null);
    expect(reading?.adoptions.count).toBe(1);
    expect(reading?.adoptions.byStatus.PLANNED).toBe(1);

    await recordOutcome(librarian, {
      adoptionId: started.id,
      status: "ADAPTED",
      whatChanged: "Fortnightly instead of weekly; CV workshops added.",
      outcomeStory: "Twelve people came regularly; three found work.",
    });
    reading = await getPracticeForReading(slug, "en", null);
    expect(reading?.adoptions.count).toBe(1);
    expect(reading?.adoptions.byStatus).toMatchObject({ PLANNED: 0, ADAPTED: 1 });
    expect(reading?.adoptions.list[0]).toMatchObject({
      libraryName: "Liepāja central library",
      city: "Liepāja",
      status: "ADAPTED",
      whatChanged: "Fortnightly instead of weekly; CV workshops added.",
    });
    expect(
      (await db.notification.findMany({ where: { practiceId: id, userId: partner.id, kind: "PRACTICE_ADOPTION_OUTCOME" } })).length,
    ).toBe(1);
    expect((await caughtMailsTo(partner.email)).some((m) => m.text.includes("Fortnightly instead of weekly"))).toBe(true);

    const after = await practiceFigures();
    expect(after.published - before.published).toBe(0);
    expect(after.adoptions.total - before.adoptions.total).toBe(1);
    expect(after.adoptions.ADAPTED - before.adoptions.ADAPTED).toBe(1);

    // A partner's adoption shows on their organisation's page.
    const byOrg = await startAdoption(otherPartner, {
      practiceId: id,
      libraryName: `Other library ${run}`,
      country: "PL",
      city: "Kraków",
      plannedFor: "",
      notes: "",
    });
    const profile = await getOrganisationProfile(otherOrgSlug, "en");
    expect(profile?.adoptions.map((a) => a.id)).toContain(byOrg.id);
    const own = await getOrganisationProfile(orgSlug, "en");
    expect(own?.practices.map((p) => p.slug)).toContain(slug);
  });

  it("tells the authors once when the same outcome is sent twice at once (a double click, two tabs)", async () => {
    const { id } = await createPractice(partner, { title: `Book club ${run}`, sourceLocale: "en" });
    await savePractice(partner, { ...fullSave(id, 1, { title: `Book club ${run}` }), submit: true });
    await approvePractice(coordinator, { practiceId: id, note: "" });
    const adoption = await startAdoption(librarian, {
      practiceId: id,
      libraryName: "Twice",
      country: "LV",
      city: "",
      plannedFor: "",
      notes: "",
    });
    const outcome = { adoptionId: adoption.id, status: "DONE" as const, whatChanged: "", outcomeStory: "It worked." };
    // Both read the adoption while another transaction holds its row, then write one after the other.
    const both = await whileUncommitted(
      (tx) => tx.$queryRaw`SELECT id FROM "Adoption" WHERE id = ${adoption.id} FOR UPDATE`,
      () => Promise.all([recordOutcome(librarian, outcome), recordOutcome(librarian, outcome)]),
      2,
    );
    expect(both.status).toBe("fulfilled");
    expect(await db.notification.count({ where: { practiceId: id, userId: partner.id, kind: "PRACTICE_ADOPTION_OUTCOME" } })).toBe(1);
    expect(await db.adoption.findUniqueOrThrow({ where: { id: adoption.id }, select: { status: true } })).toEqual({ status: "DONE" });
  });
});
