import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { whileUncommitted } from "@/lib/testing/concurrency";
import { createKnowledgePage, createUser } from "@/prisma/factories";
import { createPageSchema } from "./schemas";
import { SEARCH_TYPE } from "./search-type";
import { changeStatus, createPage, createTranslation, restoreRevision, saveDraft } from "./service";

// The knowledge hub's writes against real PostgreSQL: what the data must be after each one,
// including the audit trail and the search outbox.
const run = Date.now().toString(36);
let n = 0;
const slug = (name: string) => `${name}-${run}-${++n}`;
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

type Person = { id: string; role: "LIBRARIAN" | "COORDINATOR" };
let coordinator: Person;
let colleague: Person;
let librarian: Person;

beforeAll(async () => {
  coordinator = { ...(await createUser(db, { role: "COORDINATOR" })), role: "COORDINATOR" };
  colleague = { ...(await createUser(db, { role: "COORDINATOR" })), role: "COORDINATOR" };
  librarian = { ...(await createUser(db, { role: "LIBRARIAN" })), role: "LIBRARIAN" };
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const pageBySlug = (s: string) =>
  db.knowledgePage.findUniqueOrThrow({
    where: { slug: s },
    select: { id: true, status: true, firstPublishedAt: true, sourceLocale: true },
  });
const translation = (pageId: string, locale: string) =>
  db.pageTranslation.findUniqueOrThrow({ where: { pageId_locale: { pageId, locale } } });
const auditTrail = async (pageId: string) =>
  await db.auditLog.findMany({
    where: { targetId: pageId },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true, data: true },
  });
const outboxRows = (pageId: string) => db.searchOutbox.count({ where: { entityType: SEARCH_TYPE, entityId: pageId } });

/** A new page through the service, with one saved version of its source text. */
async function draftPage(name: string, text = "First words.") {
  const s = slug(name);
  await createPage(coordinator, createPageSchema.parse({ title: `A page called ${name}`, slug: s, section: "GUIDES", sourceLocale: "en" }));
  const page = await pageBySlug(s);
  const saved = await saveDraft(coordinator, {
    pageId: page.id,
    locale: "en",
    title: `A page called ${name}`,
    summary: "",
    content: doc(text),
    baseVersion: 1,
  });
  return { ...page, slug: s, version: saved.version };
}

describe("creating a page", () => {
  it("creates a draft in its source language and records who did it", async () => {
    const s = slug("new-page");
    await createPage(
      coordinator,
      createPageSchema.parse({ title: "Welcoming at the desk", slug: s, section: "GUIDES", sourceLocale: "fr" }),
    );
    const page = await pageBySlug(s);
    expect(page).toMatchObject({ status: "DRAFT", firstPublishedAt: null, sourceLocale: "fr" });
    const source = await translation(page.id, "fr");
    expect(source).toMatchObject({ title: "Welcoming at the desk", version: 1, publishedAt: null, updatedById: coordinator.id });
    expect(await auditTrail(page.id)).toEqual([{ action: "page.create", actorId: coordinator.id, data: { slug: s } }]);
    expect(await outboxRows(page.id)).toBe(0);
  });

  it("refuses a slug that is taken, and a parent that does not exist", async () => {
    const existing = await createKnowledgePage(db, { slug: slug("taken") });
    const taken = await refusal(
      createPage(coordinator, createPageSchema.parse({ title: "Another page", slug: existing.slug, section: "TOOLS", sourceLocale: "en" })),
    );
    expect(taken.code).toBe("CONFLICT");
    expect(taken.fieldErrors).toEqual({ slug: ["validation.slugTaken"] });
    const orphan = await refusal(
      createPage(
        coordinator,
        createPageSchema.parse({ title: "Orphan", slug: slug("orphan"), section: "TOOLS", sourceLocale: "en", parentId: "no-such-page" }),
      ),
    );
    expect(orphan.fieldErrors).toEqual({ parentId: ["validation.invalid"] });
  });
});

describe("autosave", () => {
  it("saves the working copy as a new version and keeps one revision per author per ten minutes", async () => {
    const page = await draftPage("autosave");
    expect(page.version).toBe(2);
    await saveDraft(coordinator, {
      pageId: page.id,
      locale: "en",
      title: "Autosaved",
      summary: "Short",
      content: doc("Second words."),
      baseVersion: 2,
    });
    const working = await translation(page.id, "en");
    expect(working).toMatchObject({ version: 3, title: "Autosaved", summary: "Short", publishedAt: null });
    expect(working.contentHtml).toContain("Second words.");
    const revisions = await db.pageRevision.findMany({ where: { pageId: page.id, locale: "en" }, select: { kind: true, version: true } });
    expect(revisions).toEqual([{ kind: "save", version: 3 }]);
    // Another author's save is a revision of its own.
    await saveDraft(colleague, {
      pageId: page.id,
      locale: "en",
      title: "Autosaved",
      summary: "Short",
      content: doc("Third words."),
      baseVersion: 3,
    });
    expect(await db.pageRevision.count({ where: { pageId: page.id, locale: "en" } })).toBe(2);
    // Saving never touches the search index: drafts are not searchable.
    expect(await outboxRows(page.id)).toBe(0);
  });

  it("refuses a save based on an older version (someone else saved meanwhile) and keeps what is stored", async () => {
    const page = await draftPage("conflict", "Mine.");
    await saveDraft(colleague, {
      pageId: page.id,
      locale: "en",
      title: "Theirs",
      summary: "",
      content: doc("Theirs."),
      baseVersion: page.version,
    });
    const conflict = await refusal(
      saveDraft(coordinator, {
        pageId: page.id,
        locale: "en",
        title: "Mine again",
        summary: "",
        content: doc("Mine again."),
        baseVersion: page.version,
      }),
    );
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.messageKey).toBe("errors.editConflict");
    const stored = await translation(page.id, "en");
    expect(stored).toMatchObject({ title: "Theirs", version: page.version + 1 });
    expect(stored.contentHtml).toContain("Theirs.");
  });

  it("answers NOT_FOUND for a page or a language that does not exist", async () => {
    const page = await draftPage("missing");
    expect(
      (
        await refusal(
          saveDraft(coordinator, { pageId: "nope", locale: "en", title: "x y z", summary: "", content: doc("x"), baseVersion: 1 }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await refusal(
          saveDraft(coordinator, { pageId: page.id, locale: "pl", title: "x y z", summary: "", content: doc("x"), baseVersion: 1 }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });

  it("sends a published page back to draft when its text changes; readers keep the published copy", async () => {
    const page = await draftPage("edited-after-publishing", "Published words.");
    await changeStatus(coordinator, page.id, "publish");
    await saveDraft(coordinator, {
      pageId: page.id,
      locale: "en",
      title: "Changed",
      summary: "",
      content: doc("Unreviewed words."),
      baseVersion: page.version,
    });
    expect((await pageBySlug(page.slug)).status).toBe("DRAFT");
    const stored = await translation(page.id, "en");
    expect(stored.publishedHtml).toContain("Published words.");
    expect(stored.contentHtml).toContain("Unreviewed words.");
  });
});

describe("translations", () => {
  it("starts a translation as a copy of the source's working copy, once", async () => {
    const page = await draftPage("translated", "Source text.");
    await createTranslation(coordinator, { pageId: page.id, locale: "lv" });
    await createTranslation(colleague, { pageId: page.id, locale: "lv" });
    const lv = await translation(page.id, "lv");
    expect(lv).toMatchObject({ title: "A page called translated", version: 1, sourceVersion: null, updatedById: coordinator.id });
    expect(lv.contentHtml).toContain("Source text.");
    const trail = await auditTrail(page.id);
    expect(trail.filter((e) => e.action === "page.translation.create")).toEqual([
      { action: "page.translation.create", actorId: coordinator.id, data: { locale: "lv" } },
    ]);
    const same = await refusal(createTranslation(coordinator, { pageId: page.id, locale: "en" }));
    expect(same.code).toBe("CONFLICT");
  });

  it("publishes a saved translation with its source, and leaves one never saved unpublished", async () => {
    const page = await draftPage("bilingual", "Hello.");
    await createTranslation(coordinator, { pageId: page.id, locale: "fr" });
    await createTranslation(coordinator, { pageId: page.id, locale: "it" });
    await saveDraft(coordinator, {
      pageId: page.id,
      locale: "fr",
      title: "Une page",
      summary: "",
      content: doc("Bonjour."),
      baseVersion: 1,
    });
    await changeStatus(coordinator, page.id, "publish");
    const [en, fr, it] = await Promise.all([translation(page.id, "en"), translation(page.id, "fr"), translation(page.id, "it")]);
    expect(en.publishedHtml).toContain("Hello.");
    expect(fr).toMatchObject({ publishedTitle: "Une page", publishedVersion: 2, sourceVersion: page.version });
    expect(fr.publishedHtml).toContain("Bonjour.");
    expect(it.publishedAt).toBeNull();
  });
});

describe("the review workflow", () => {
  it("moves a page draft → in review → draft → in review → published → archived → published, each step audited", async () => {
    const page = await draftPage("workflow");
    expect(await changeStatus(coordinator, page.id, "submit")).toBe("IN_REVIEW");
    expect(await changeStatus(coordinator, page.id, "backToDraft")).toBe("DRAFT");
    expect(await changeStatus(colleague, page.id, "submit")).toBe("IN_REVIEW");
    expect(await changeStatus(colleague, page.id, "publish")).toBe("PUBLISHED");
    const published = await pageBySlug(page.slug);
    expect(published.firstPublishedAt).toBeInstanceOf(Date);
    expect(await changeStatus(coordinator, page.id, "archive")).toBe("ARCHIVED");
    expect(await changeStatus(coordinator, page.id, "unarchive")).toBe("PUBLISHED");
    expect((await pageBySlug(page.slug)).firstPublishedAt).toEqual(published.firstPublishedAt);
    const trail = await auditTrail(page.id);
    expect(trail.map((e) => [e.action, e.data])).toEqual([
      ["page.create", { slug: page.slug }],
      ["page.submit", { from: "DRAFT", to: "IN_REVIEW" }],
      ["page.backToDraft", { from: "IN_REVIEW", to: "DRAFT" }],
      ["page.submit", { from: "DRAFT", to: "IN_REVIEW" }],
      ["page.publish", { from: "IN_REVIEW", to: "PUBLISHED" }],
      ["page.archive", { from: "PUBLISHED", to: "ARCHIVED" }],
      ["page.unarchive", { from: "ARCHIVED", to: "PUBLISHED" }],
    ]);
    expect(trail[4].actorId).toBe(colleague.id);
  });

  it("queues the page for search when it is published, archived or unarchived — not on other steps", async () => {
    const page = await draftPage("searchable");
    await changeStatus(coordinator, page.id, "submit");
    expect(await outboxRows(page.id)).toBe(0);
    await changeStatus(coordinator, page.id, "publish");
    expect(await outboxRows(page.id)).toBe(1);
    await changeStatus(coordinator, page.id, "archive");
    expect(await outboxRows(page.id)).toBe(2);
    await changeStatus(coordinator, page.id, "unarchive");
    expect(await outboxRows(page.id)).toBe(3);
  });

  it("publishes the working copy: published fields, a publish revision, the first publication date", async () => {
    const page = await draftPage("published-copy", "Words for readers.");
    await changeStatus(coordinator, page.id, "publish");
    const en = await translation(page.id, "en");
    expect(en).toMatchObject({ publishedTitle: "A page called published-copy", publishedVersion: page.version });
    expect(en.publishedHtml).toContain("Words for readers.");
    expect(en.publishedText).toContain("Words for readers.");
    const revision = await db.pageRevision.findUniqueOrThrow({
      where: { pageId_locale_version: { pageId: page.id, locale: "en", version: page.version } },
      select: { kind: true },
    });
    expect(revision.kind).toBe("publish");
  });

  it("unarchives a page that was never published to draft", async () => {
    const page = await draftPage("archived-draft");
    await changeStatus(coordinator, page.id, "archive");
    expect(await changeStatus(coordinator, page.id, "unarchive")).toBe("DRAFT");
    expect((await pageBySlug(page.slug)).firstPublishedAt).toBeNull();
  });

  it("refuses a step that does not apply to the page's status, and steps the person may not take", async () => {
    const page = await draftPage("refusals");
    const wrongStep = await refusal(changeStatus(coordinator, page.id, "backToDraft"));
    expect(wrongStep.code).toBe("CONFLICT");
    expect(wrongStep.messageKey).toBe("errors.statusChanged");
    expect((await refusal(changeStatus(librarian, page.id, "publish"))).code).toBe("FORBIDDEN");
    expect((await refusal(changeStatus(coordinator, "no-such-page", "publish"))).code).toBe("NOT_FOUND");
    expect((await pageBySlug(page.slug)).status).toBe("DRAFT");
    expect((await auditTrail(page.id)).map((e) => e.action)).toEqual(["page.create"]);
  });

  it("publishes once when two coordinators publish at the same moment", async () => {
    const page = await draftPage("race");
    const outcomes = await Promise.allSettled([
      changeStatus(coordinator, page.id, "publish"),
      changeStatus(colleague, page.id, "publish"),
      changeStatus(coordinator, page.id, "publish"),
    ]);
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(2);
    for (const l of lost) expect(l.reason).toMatchObject({ code: "CONFLICT", messageKey: "errors.statusChanged" });
    expect((await auditTrail(page.id)).filter((e) => e.action === "page.publish")).toHaveLength(1);
    expect(await outboxRows(page.id)).toBe(1);
    expect(await db.pageRevision.count({ where: { pageId: page.id, kind: "publish" } })).toBe(1);
  });
});

describe("restoring a revision", () => {
  it("makes an old revision the working copy as a new version, sends a published page back to draft and audits it", async () => {
    const page = await draftPage("restorable", "The original wording.");
    const original = await db.pageRevision.findFirstOrThrow({ where: { pageId: page.id, locale: "en", version: page.version } });
    await saveDraft(colleague, {
      pageId: page.id,
      locale: "en",
      title: "Rewritten",
      summary: "",
      content: doc("A worse wording."),
      baseVersion: page.version,
    });
    await changeStatus(coordinator, page.id, "publish");
    const version = await restoreRevision(coordinator, original.id);
    expect(version).toBe(page.version + 2);
    const en = await translation(page.id, "en");
    expect(en).toMatchObject({ version, title: "A page called restorable" });
    expect(en.contentHtml).toContain("The original wording.");
    expect(en.publishedHtml).toContain("A worse wording."); // readers keep what was published until the next publication
    expect((await pageBySlug(page.slug)).status).toBe("DRAFT");
    const latest = await db.pageRevision.findFirstOrThrow({ where: { pageId: page.id, locale: "en" }, orderBy: { createdAt: "desc" } });
    expect(latest).toMatchObject({ kind: "restore", version, authorId: coordinator.id });
    const restored = (await auditTrail(page.id)).find((e) => e.action === "page.restore");
    expect(restored).toEqual({
      action: "page.restore",
      actorId: coordinator.id,
      data: { locale: "en", fromVersion: page.version, newVersion: version },
    });
    expect((await refusal(restoreRevision(coordinator, "no-such-revision"))).code).toBe("NOT_FOUND");
    // The service asks the policy itself: a replayed call without the permission changes nothing.
    const partner = { id: coordinator.id, role: "PARTNER" as const };
    expect((await refusal(restoreRevision(partner, original.id))).code).toBe("FORBIDDEN");
    expect((await translation(page.id, "en")).version).toBe(version);
  });

  it("refuses to restore over a save that lands while it runs, as a stale save is refused", async () => {
    const page = await draftPage("restore-race", "The original wording.");
    const original = await db.pageRevision.findFirstOrThrow({ where: { pageId: page.id, locale: "en", version: page.version } });
    // A colleague's save is written but not committed when the restore reads the version.
    const outcome = await whileUncommitted(
      (tx) =>
        tx.pageTranslation.update({
          where: { pageId_locale: { pageId: page.id, locale: "en" } },
          data: { title: "Saved meanwhile", version: page.version + 1 },
        }),
      () => restoreRevision(coordinator, original.id),
    );
    expect(outcome.status).toBe("rejected");
    expect((outcome as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", messageKey: "errors.editConflict" });
    expect(await translation(page.id, "en")).toMatchObject({ title: "Saved meanwhile", version: page.version + 1 });
    expect(await db.pageRevision.count({ where: { pageId: page.id, kind: "restore" } })).toBe(0);
  });
});
