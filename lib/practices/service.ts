import "server-only";
import type { z } from "zod";
import { audit } from "@/lib/audit";
import { ROLES, roleCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { NotificationKind, PracticeStatus, Prisma } from "@/lib/generated/prisma/client";
import { emptyDoc, renderRichText } from "@/lib/rich-text/render";
import { enqueueSearchUpdate } from "@/lib/search/outbox";
import { buildChecklist, type ChecklistItem, dayToDate, lineItems, monthToDate, readChecklist, slugify } from "./content";
import { type PracticeMail, type PracticeMailKind, sendPracticeMail } from "./mails";
import {
  canAdopt,
  EDITABLE_STATUSES,
  isAuthor,
  livePracticeWhere,
  ownAdoption,
  ownPractice,
  type PracticeActor,
  type PracticeTransition,
  practiceWorkflow,
  statusAfterEdit,
  writableWhere,
} from "./policy";
import type {
  addChecklistItemSchema,
  adoptionNotesSchema,
  approveSchema,
  checklistItemSchema,
  createPracticeSchema,
  PracticeFacts,
  RecordOutcomeInput,
  ReviewField,
  SavePracticeInput,
  startAdoptionSchema,
} from "./schemas";
import { SEARCH_TYPE } from "./search-type";

// Every write of the good-practice area. Server actions (lib/practices/actions.ts) check the
// permission and parse the input; this module applies the rules only the database knows —
// ownership (in the `where`, lib/practices/policy.ts), the workflow's current status (in the
// `where` of each transition, so two reviewers cannot both act), versions — and writes the audit
// entry, the notifications and the search outbox row in the same transaction. Emails go after
// the commit.

type Tx = Prisma.TransactionClient;
export type Actor = PracticeActor & { name: string };

/** Saves by the same author within this window share one revision (like the knowledge hub). */
const REVISION_WINDOW_MS = 10 * 60_000;

// ─── helpers ────────────────────────────────────────────────────────────────────────────────

async function uniqueSlug(tx: Tx, title: string): Promise<string> {
  const base = slugify(title);
  const taken = new Set((await tx.practice.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function factsData(facts: PracticeFacts) {
  return {
    country: facts.country,
    city: facts.city,
    libraryName: facts.libraryName,
    themes: facts.themes,
    targetGroups: facts.targetGroups,
    languagesUsed: facts.languagesUsed,
    periodStart: monthToDate(facts.periodStart),
    periodEnd: monthToDate(facts.periodEnd),
    partnersInvolved: facts.partnersInvolved,
    contactName: facts.contactName,
    contactEmail: facts.contactEmail,
  } satisfies Prisma.PracticeUpdateInput;
}

type Snapshot = {
  title: string;
  summary: string;
  story: Prisma.InputJsonValue;
  resources: string;
  steps: string;
  results: string;
  lessons: string;
  /** The facts, with the source language only. */
  facts?: object;
};

/** Records a version of one language; an author's consecutive saves within ten minutes share one. */
async function recordRevision(
  tx: Tx,
  data: {
    practiceId: string;
    locale: string;
    version: number;
    kind: "create" | "save" | "submit" | "publish";
    authorId: string;
    snapshot: Snapshot;
  },
) {
  const snapshot = data.snapshot as unknown as Prisma.InputJsonValue;
  if (data.kind === "save") {
    const last = await tx.practiceRevision.findFirst({
      where: { practiceId: data.practiceId, locale: data.locale },
      orderBy: { createdAt: "desc" },
      select: { id: true, authorId: true, kind: true, createdAt: true },
    });
    if (last && last.kind === "save" && last.authorId === data.authorId && Date.now() - last.createdAt.getTime() < REVISION_WINDOW_MS) {
      await tx.practiceRevision.update({ where: { id: last.id }, data: { version: data.version, snapshot } });
      return;
    }
  }
  await tx.practiceRevision.create({ data: { ...data, snapshot } });
}

const workingCopySelect = {
  locale: true,
  title: true,
  summary: true,
  storyJson: true,
  resources: true,
  steps: true,
  results: true,
  lessons: true,
  version: true,
  publishedVersion: true,
  sourceVersion: true,
} satisfies Prisma.PracticeTranslationSelect;

type WorkingCopy = Prisma.PracticeTranslationGetPayload<{ select: typeof workingCopySelect }>;

function snapshotOf(t: WorkingCopy, facts?: object): Snapshot {
  return {
    title: t.title,
    summary: t.summary,
    story: t.storyJson as Prisma.InputJsonValue,
    resources: t.resources,
    steps: t.steps,
    results: t.results,
    lessons: t.lessons,
    ...(facts ? { facts } : {}),
  };
}

const factsSelect = {
  country: true,
  city: true,
  libraryName: true,
  themes: true,
  targetGroups: true,
  languagesUsed: true,
  periodStart: true,
  periodEnd: true,
  partnersInvolved: true,
  contactName: true,
  contactEmail: true,
} satisfies Prisma.PracticeSelect;

/**
 * Makes a workflow transition (lib/practices/policy.ts practiceWorkflow): the service asks the
 * same table the pages offer from, and the statuses it may start from are in the `where`, so two
 * people acting at once cannot both succeed.
 */
async function transition(
  tx: Tx,
  practice: { id: string; organisationId: string; firstPublishedAt: Date | null },
  name: PracticeTransition,
  actor: PracticeActor,
): Promise<PracticeStatus> {
  if (!practiceWorkflow.may(actor, name, { isAuthor: isAuthor(actor, practice) })) throw new AppError("FORBIDDEN");
  const to = practiceWorkflow.next(name, practice);
  const { count } = await tx.practice.updateMany({
    where: { id: practice.id, status: { in: [...practiceWorkflow.rules[name].from] } },
    data: { status: to, statusChangedAt: new Date(), statusChangedById: actor.id },
  });
  if (count === 0) throw new AppError("CONFLICT", { message: "practices.errors.statusChanged" });
  return to;
}

type LockedPractice = { id: string; organisationId: string; status: PracticeStatus; sourceLocale: string; firstPublishedAt: Date | null };

/**
 * Reads the person's own case study (ownership in the `where`) under its row lock, for the
 * authors' writes that depend on its status (save, new translation, submit, withdraw; uploads only
 * check ownership): a submission, an approval or another write waits for this transaction to
 * commit (or this one waits for it and then sees its result), so a status checked here still
 * holds at commit — a reviewer never approves text written after the status they acted on.
 */
async function lockOwnPractice(tx: Tx, user: PracticeActor, practiceId: string): Promise<LockedPractice> {
  const own = ownPractice(user, practiceId);
  const [practice] = await tx.$queryRaw<LockedPractice[]>`
    SELECT id, "organisationId", status::text AS status, "sourceLocale", "firstPublishedAt" FROM "Practice"
    WHERE id = ${own.id} AND "organisationId" = ${own.organisationId} FOR UPDATE`;
  if (!practice) throw new AppError("NOT_FOUND");
  return practice;
}

/** Authors change the working copy only in these statuses: under review it is the reviewer's turn. */
function assertEditable(status: PracticeStatus) {
  if (status === "IN_REVIEW") throw new AppError("CONFLICT", { message: "practices.errors.inReview" });
  if (!(EDITABLE_STATUSES as readonly string[]).includes(status)) throw new AppError("CONFLICT", { message: "practices.errors.archived" });
}

/** The people to tell about a case study: whoever created or wrote it, else its organisation's writers. */
async function authorsOf(tx: Tx, practice: { id: string; organisationId: string; createdById: string | null }, exceptId: string) {
  const writers = await tx.practiceRevision.findMany({
    where: { practiceId: practice.id, kind: { in: ["create", "save", "submit"] }, authorId: { not: null } },
    distinct: ["authorId"],
    select: { authorId: true },
  });
  const ids = new Set([practice.createdById, ...writers.map((w) => w.authorId)].filter((id): id is string => Boolean(id)));
  const select = { id: true, name: true, email: true, locale: true, emailVerifiedAt: true } as const;
  let people = ids.size > 0 ? await tx.user.findMany({ where: { id: { in: [...ids] }, status: "ACTIVE" }, select }) : [];
  if (people.length === 0) {
    // Seeded examples have no author account: their organisation's writers hear instead.
    const roles = ROLES.filter((r) => roleCan(r, "practices.write"));
    people = await tx.user.findMany({
      where: { organisationId: practice.organisationId, status: "ACTIVE", role: { in: [...roles] } },
      select,
    });
  }
  return people.filter((p) => p.id !== exceptId);
}

type Recipients = Awaited<ReturnType<typeof authorsOf>>;

async function notifyAuthors(
  tx: Tx,
  people: Recipients,
  kind: NotificationKind,
  base: { actorId: string; practiceId: string; data?: Prisma.InputJsonValue },
) {
  if (people.length === 0) return;
  await tx.notification.createMany({ data: people.map((p) => ({ userId: p.id, kind, ...base })) });
}

/** Emails after the commit; each in the recipient's language; failures are logged by sendPracticeMail. */
async function mailAuthors(people: Recipients, kind: PracticeMailKind, mail: Omit<PracticeMail, "kind" | "to">) {
  await Promise.all(
    people
      .filter((p) => p.emailVerifiedAt)
      .map((p) => sendPracticeMail({ ...mail, kind, to: { email: p.email, name: p.name, locale: p.locale } })),
  );
}

async function sourceTitle(tx: Tx, practiceId: string): Promise<string> {
  const p = await tx.practice.findUniqueOrThrow({
    where: { id: practiceId },
    select: { sourceLocale: true, slug: true, translations: { select: { locale: true, title: true, publishedTitle: true } } },
  });
  const t = p.translations.find((x) => x.locale === p.sourceLocale);
  return t?.title ?? p.slug;
}

// ─── writing (authors: their own organisation's case studies) ───────────────────────────────

/** Refuses (NOT_FOUND) anyone who may not write this case study: uploads for it check this first. */
export async function assertOwnPractice(user: PracticeActor, practiceId: string): Promise<void> {
  const found = await db.practice.findFirst({ where: ownPractice(user, practiceId), select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND");
}

export async function createPractice(user: Actor, input: z.infer<typeof createPracticeSchema>): Promise<{ id: string; slug: string }> {
  const own = writableWhere(user);
  if (!own) throw new AppError("FORBIDDEN", { message: "practices.errors.noOrganisation" });
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: own.organisationId },
    select: { country: true, city: true, name: true, type: true },
  });
  const story = renderRichText(emptyDoc());
  return db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, input.title);
    const practice = await tx.practice.create({
      data: {
        slug,
        organisationId: own.organisationId,
        sourceLocale: input.sourceLocale,
        country: organisation.country,
        city: organisation.city ?? "",
        libraryName: organisation.type === "LIBRARY" ? organisation.name : "",
        createdById: user.id,
        statusChangedById: user.id,
      },
      select: { id: true, slug: true },
    });
    const translation = await tx.practiceTranslation.create({
      data: {
        practiceId: practice.id,
        locale: input.sourceLocale,
        title: input.title,
        storyJson: story.json as Prisma.InputJsonValue,
        storyHtml: story.html,
        updatedById: user.id,
      },
      select: workingCopySelect,
    });
    await recordRevision(tx, {
      practiceId: practice.id,
      locale: input.sourceLocale,
      version: 1,
      kind: "create",
      authorId: user.id,
      snapshot: snapshotOf(translation),
    });
    await audit({ actorId: user.id, action: "practice.create", targetType: "Practice", targetId: practice.id, data: { slug } }, tx);
    return practice;
  });
}

/** What must be filled in before a case study goes to review: form field → message keys. */
async function missingForReview(tx: Tx, practiceId: string): Promise<Record<string, string[]>> {
  const p = await tx.practice.findUniqueOrThrow({
    where: { id: practiceId },
    select: {
      ...factsSelect,
      sourceLocale: true,
      translations: {
        select: { locale: true, summary: true, storyHtml: true, resources: true, steps: true, results: true, lessons: true },
      },
    },
  });
  const t = p.translations.find((x) => x.locale === p.sourceLocale);
  const needed = "validation.practiceNeededForReview";
  const missing: Record<string, string[]> = {};
  const need = (field: string, ok: boolean) => {
    if (!ok) missing[field] = [needed];
  };
  const storyText = (t?.storyHtml ?? "").replace(/<[^>]*>/g, "").trim();
  need("summary", Boolean(t?.summary.trim()));
  need("story", storyText.length >= 20);
  need("resources", lineItems(t?.resources).length > 0);
  need("steps", lineItems(t?.steps).length > 0);
  need("results", Boolean(t?.results.trim()));
  need("lessons", Boolean(t?.lessons.trim()));
  need("facts.city", Boolean(p.city.trim()));
  need("facts.libraryName", Boolean(p.libraryName.trim()));
  need("facts.themes", p.themes.length > 0);
  need("facts.targetGroups", p.targetGroups.length > 0);
  need("facts.languagesUsed", p.languagesUsed.length > 0);
  need("facts.periodStart", p.periodStart !== null);
  return missing;
}

async function submitInTx(tx: Tx, user: Actor, practice: LockedPractice) {
  const practiceId = practice.id;
  const missing = await missingForReview(tx, practiceId);
  if (Object.keys(missing).length > 0) throw new AppError("INVALID", { message: "practices.errors.incomplete", fieldErrors: missing });
  await transition(tx, practice, "submit", user);
  // Resubmitting answers the reviewer's comments; they stay in the history.
  await tx.reviewComment.updateMany({ where: { practiceId, resolvedAt: null }, data: { resolvedAt: new Date() } });
  const facts = await tx.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { ...factsSelect, sourceLocale: true } });
  const translations = await tx.practiceTranslation.findMany({ where: { practiceId }, select: workingCopySelect });
  for (const t of translations) {
    if (t.publishedVersion === t.version) continue;
    const { sourceLocale, ...f } = facts;
    await recordRevision(tx, {
      practiceId,
      locale: t.locale,
      version: t.version,
      kind: "submit",
      authorId: user.id,
      snapshot: snapshotOf(t, t.locale === sourceLocale ? f : undefined),
    });
  }
  await audit({ actorId: user.id, action: "practice.submit", targetType: "Practice", targetId: practiceId }, tx);
}

/**
 * Saves one language's working copy (and the facts, with the source language). Optimistic
 * concurrency: the save applies only over the version the form was loaded with. Changes to a
 * published case study make a new draft; readers keep seeing the published copy until approved.
 */
export async function savePractice(user: Actor, input: SavePracticeInput): Promise<{ version: number; status: PracticeStatus }> {
  let story: ReturnType<typeof renderRichText>;
  try {
    story = renderRichText(input.story);
  } catch (error) {
    if (error instanceof AppError) throw new AppError("INVALID", { fieldErrors: { story: [error.messageKey] } });
    throw error;
  }
  return db.$transaction(async (tx) => {
    const practice = await lockOwnPractice(tx, user, input.practiceId);
    assertEditable(practice.status);
    const isSource = input.locale === practice.sourceLocale;
    if (isSource && !input.facts) throw AppError.field("facts", "validation.required");
    const source = isSource
      ? null
      : await tx.practiceTranslation.findUnique({
          where: { practiceId_locale: { practiceId: practice.id, locale: practice.sourceLocale } },
          select: { version: true },
        });
    const version = input.baseVersion + 1;
    const fields = {
      title: input.title,
      summary: input.summary,
      storyJson: story.json as Prisma.InputJsonValue,
      storyHtml: story.html,
      resources: input.resources,
      steps: input.steps,
      results: input.results,
      lessons: input.lessons,
    };
    const { count } = await tx.practiceTranslation.updateMany({
      where: { practiceId: practice.id, locale: input.locale, version: input.baseVersion },
      data: { ...fields, version, updatedById: user.id, ...(source ? { sourceVersion: source.version } : {}) },
    });
    if (count === 0) {
      const exists = await tx.practiceTranslation.count({ where: { practiceId: practice.id, locale: input.locale } });
      throw exists ? new AppError("CONFLICT", { message: "practices.errors.editConflict" }) : new AppError("NOT_FOUND");
    }
    const facts = isSource && input.facts ? factsData(input.facts) : undefined;
    let status: PracticeStatus = statusAfterEdit(practice.status);
    if (facts || status !== practice.status) {
      await tx.practice.update({
        where: { id: practice.id },
        data: { ...facts, ...(status !== practice.status ? { status, statusChangedAt: new Date(), statusChangedById: user.id } : {}) },
      });
    }
    await recordRevision(tx, {
      practiceId: practice.id,
      locale: input.locale,
      version,
      kind: "save",
      authorId: user.id,
      snapshot: { ...fields, story: fields.storyJson, ...(facts ? { facts } : {}) },
    });
    if (input.submit) {
      await submitInTx(tx, user, practice);
      status = "IN_REVIEW";
    }
    return { version, status };
  });
}

/** Starts a translation as a copy of the source's working copy, to be translated in place. */
export async function createTranslation(user: Actor, { practiceId, locale }: { practiceId: string; locale: string }) {
  await db.$transaction(async (tx) => {
    const practice = await lockOwnPractice(tx, user, practiceId);
    if (practice.sourceLocale === locale) throw new AppError("CONFLICT");
    assertEditable(practice.status);
    if (await tx.practiceTranslation.count({ where: { practiceId, locale } })) return;
    const source = await tx.practiceTranslation.findUniqueOrThrow({
      where: { practiceId_locale: { practiceId, locale: practice.sourceLocale } },
      select: { title: true, summary: true, storyJson: true, storyHtml: true, resources: true, steps: true, results: true, lessons: true },
    });
    await tx.practiceTranslation.create({
      data: { ...source, storyJson: source.storyJson as Prisma.InputJsonValue, practiceId, locale, updatedById: user.id },
    });
    await audit(
      { actorId: user.id, action: "practice.translation.create", targetType: "Practice", targetId: practiceId, data: { locale } },
      tx,
    );
  });
}

/** Sends the case study to the coordinators' review queue. */
export async function submitPractice(user: Actor, practiceId: string) {
  await db.$transaction(async (tx) => {
    await submitInTx(tx, user, await lockOwnPractice(tx, user, practiceId));
  });
}

/** Takes a submission back from review to change it. */
export async function withdrawPractice(user: Actor, practiceId: string) {
  await db.$transaction(async (tx) => {
    const practice = await lockOwnPractice(tx, user, practiceId);
    await transition(tx, practice, "withdraw", user);
    await audit({ actorId: user.id, action: "practice.withdraw", targetType: "Practice", targetId: practice.id }, tx);
  });
}

// ─── review (coordinators; the actions check practices.review / practices.publish) ─────────

const reviewedSelect = {
  id: true,
  slug: true,
  organisationId: true,
  createdById: true,
  sourceLocale: true,
  firstPublishedAt: true,
} as const;

/** Sends a submission back to its authors with comments (per field or general). */
export async function requestChanges(
  reviewer: Actor,
  input: { practiceId: string; comments: { field: ReviewField | null; body: string }[] },
) {
  if (input.comments.length === 0) throw AppError.field("general", "validation.reviewCommentRequired");
  const { people, practice, title } = await db.$transaction(async (tx) => {
    const practice = await tx.practice.findUnique({ where: { id: input.practiceId }, select: reviewedSelect });
    if (!practice) throw new AppError("NOT_FOUND");
    await transition(tx, practice, "requestChanges", reviewer);
    await tx.reviewComment.createMany({
      data: input.comments.map((c) => ({ practiceId: practice.id, field: c.field, body: c.body, authorId: reviewer.id })),
    });
    await audit(
      {
        actorId: reviewer.id,
        action: "practice.requestChanges",
        targetType: "Practice",
        targetId: practice.id,
        data: { comments: input.comments.length },
      },
      tx,
    );
    const people = await authorsOf(tx, practice, reviewer.id);
    await notifyAuthors(tx, people, "PRACTICE_CHANGES_REQUESTED", {
      actorId: reviewer.id,
      practiceId: practice.id,
      data: { comments: input.comments.length },
    });
    return { people, practice, title: await sourceTitle(tx, practice.id) };
  });
  await mailAuthors(people, "changesRequested", {
    practice: { slug: practice.slug, title },
    actor: reviewer.name,
    comments: input.comments,
  });
}

/** Copies the working copies (facts and every saved language) to what readers see, and queues the search update. */
async function publishInTx(tx: Tx, practiceId: string, actorId: string) {
  const p = await tx.practice.findUniqueOrThrow({
    where: { id: practiceId },
    select: { ...factsSelect, sourceLocale: true, firstPublishedAt: true },
  });
  const now = new Date();
  await tx.practice.update({
    where: { id: practiceId },
    data: {
      publishedCountry: p.country,
      publishedCity: p.city,
      publishedLibraryName: p.libraryName,
      publishedThemes: p.themes,
      publishedTargetGroups: p.targetGroups,
      publishedLanguagesUsed: p.languagesUsed,
      publishedPeriodStart: p.periodStart,
      publishedPeriodEnd: p.periodEnd,
      publishedPartners: p.partnersInvolved,
      publishedContactName: p.contactName,
      publishedContactEmail: p.contactEmail,
      publishedAt: now,
      ...(p.firstPublishedAt ? {} : { firstPublishedAt: now }),
    },
  });
  const translations = await tx.practiceTranslation.findMany({ where: { practiceId }, select: { ...workingCopySelect, id: true } });
  for (const t of translations) {
    const isSource = t.locale === p.sourceLocale;
    // A translation started but never saved is still a copy of the source: not published.
    if (!isSource && t.sourceVersion === null) continue;
    if (t.publishedVersion === t.version) continue;
    const story = renderRichText(t.storyJson);
    await tx.practiceTranslation.update({
      where: { id: t.id },
      data: {
        publishedTitle: t.title,
        publishedSummary: t.summary,
        publishedStoryHtml: story.html,
        publishedStoryText: story.text,
        publishedResources: t.resources,
        publishedSteps: t.steps,
        publishedResults: t.results,
        publishedLessons: t.lessons,
        publishedVersion: t.version,
        publishedAt: now,
      },
    });
    const { sourceLocale: _s, firstPublishedAt: _f, ...facts } = p;
    await recordRevision(tx, {
      practiceId,
      locale: t.locale,
      version: t.version,
      kind: "publish",
      authorId: actorId,
      snapshot: snapshotOf(t, isSource ? facts : undefined),
    });
  }
  await tx.reviewComment.updateMany({ where: { practiceId, resolvedAt: null }, data: { resolvedAt: now } });
  await enqueueSearchUpdate(tx, SEARCH_TYPE, practiceId);
}

/** Approves a submission: it is published (or its changes go live) and its authors are told. */
export async function approvePractice(reviewer: Actor, input: z.infer<typeof approveSchema>) {
  const { people, practice, title } = await db.$transaction(async (tx) => {
    const practice = await tx.practice.findUnique({ where: { id: input.practiceId }, select: reviewedSelect });
    if (!practice) throw new AppError("NOT_FOUND");
    await transition(tx, practice, "publish", reviewer);
    await publishInTx(tx, practice.id, reviewer.id);
    if (input.note) {
      await tx.reviewComment.create({ data: { practiceId: practice.id, body: input.note, authorId: reviewer.id, resolvedAt: new Date() } });
    }
    await audit({ actorId: reviewer.id, action: "practice.publish", targetType: "Practice", targetId: practice.id }, tx);
    const people = await authorsOf(tx, practice, reviewer.id);
    await notifyAuthors(tx, people, "PRACTICE_PUBLISHED", { actorId: reviewer.id, practiceId: practice.id });
    return { people, practice, title: await sourceTitle(tx, practice.id) };
  });
  await mailAuthors(people, "published", { practice: { slug: practice.slug, title }, actor: reviewer.name, details: input.note });
}

/** Hides a case study from readers, search and the open data (its adoptions are kept). */
export async function archivePractice(user: Actor, practiceId: string) {
  await db.$transaction(async (tx) => {
    const practice = await tx.practice.findUnique({
      where: { id: practiceId },
      select: { id: true, organisationId: true, status: true, firstPublishedAt: true },
    });
    if (!practice) throw new AppError("NOT_FOUND");
    await transition(tx, practice, "archive", user);
    await enqueueSearchUpdate(tx, SEARCH_TYPE, practice.id);
    await audit(
      { actorId: user.id, action: "practice.archive", targetType: "Practice", targetId: practice.id, data: { from: practice.status } },
      tx,
    );
  });
}

/** Brings an archived case study back: published again if it had been, else a draft. */
export async function unarchivePractice(user: Actor, practiceId: string): Promise<PracticeStatus> {
  return db.$transaction(async (tx) => {
    const practice = await tx.practice.findUnique({
      where: { id: practiceId },
      select: { id: true, organisationId: true, firstPublishedAt: true },
    });
    if (!practice) throw new AppError("NOT_FOUND");
    const to = await transition(tx, practice, "unarchive", user);
    await enqueueSearchUpdate(tx, SEARCH_TYPE, practice.id);
    await audit({ actorId: user.id, action: "practice.unarchive", targetType: "Practice", targetId: practice.id, data: { to } }, tx);
    return to;
  });
}

// ─── adoptions (members) ────────────────────────────────────────────────────────────────────

/**
 * Starts an adoption of a published case study: the checklist is built from its published
 * resources and steps, in the adopter's language when the case study is published in it. One
 * adoption per member and practice: starting again returns the existing one.
 */
export async function startAdoption(
  user: Actor & { locale: string },
  input: z.infer<typeof startAdoptionSchema>,
): Promise<{ id: string; created: boolean }> {
  const result = await db.$transaction(async (tx) => {
    const practice = await tx.practice.findFirst({
      where: { id: input.practiceId, ...livePracticeWhere },
      select: {
        ...reviewedSelect,
        translations: {
          where: { publishedAt: { not: null } },
          select: { locale: true, publishedTitle: true, publishedResources: true, publishedSteps: true },
        },
      },
    });
    if (!practice) throw new AppError("NOT_FOUND");
    if (!canAdopt(user, practice)) throw new AppError("CONFLICT", { message: "practices.errors.ownPractice" });
    const existing = await tx.adoption.findUnique({
      where: { practiceId_adopterId: { practiceId: practice.id, adopterId: user.id } },
      select: { id: true },
    });
    if (existing) return { id: existing.id, created: false as const };
    const t =
      practice.translations.find((x) => x.locale === user.locale) ?? practice.translations.find((x) => x.locale === practice.sourceLocale);
    const adoption = await tx.adoption.create({
      data: {
        practiceId: practice.id,
        adopterId: user.id,
        organisationId: user.organisationId,
        libraryName: input.libraryName,
        country: input.country,
        city: input.city,
        plannedFor: dayToDate(input.plannedFor),
        notes: input.notes,
        checklist: buildChecklist(t?.publishedResources, t?.publishedSteps) as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    const people = await authorsOf(tx, practice, user.id);
    await notifyAuthors(tx, people, "PRACTICE_ADOPTED", {
      actorId: user.id,
      practiceId: practice.id,
      data: { adoptionId: adoption.id, library: input.libraryName, country: input.country },
    });
    return { id: adoption.id, created: true as const, people, practice, title: t?.publishedTitle ?? practice.slug };
  });
  if (result.created) {
    await mailAuthors(result.people, "adopted", {
      practice: { slug: result.practice.slug, title: result.title },
      actor: input.libraryName,
    });
  }
  return { id: result.id, created: result.created };
}

/** Changes the adopter's checklist under the row's lock (two tabs never lose each other's ticks). */
async function updateChecklist(user: { id: string }, adoptionId: string, change: (items: ChecklistItem[]) => ChecklistItem[]) {
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ checklist: unknown }[]>`
      SELECT checklist FROM "Adoption" WHERE id = ${adoptionId} AND "adopterId" = ${user.id} FOR UPDATE`;
    if (rows.length === 0) throw new AppError("NOT_FOUND");
    const items = change(readChecklist(rows[0]?.checklist));
    await tx.adoption.update({ where: ownAdoption(user, adoptionId), data: { checklist: items as unknown as Prisma.InputJsonValue } });
  });
}

export async function setChecklistItem(user: { id: string }, input: z.infer<typeof checklistItemSchema>) {
  await updateChecklist(user, input.adoptionId, (items) => {
    if (!items.some((i) => i.id === input.itemId)) throw new AppError("NOT_FOUND");
    return items.map((i) => (i.id === input.itemId ? { ...i, done: input.done } : i));
  });
}

export async function addChecklistItem(user: { id: string }, input: z.infer<typeof addChecklistItemSchema>) {
  await updateChecklist(user, input.adoptionId, (items) => {
    if (items.length >= 80) throw AppError.field("text", "validation.practiceTooManyLines");
    const n = Math.max(0, ...items.filter((i) => i.kind === "own").map((i) => Number(i.id.slice(1)) || 0)) + 1;
    return [...items, { id: `o${n}`, kind: "own", text: input.text, done: false }];
  });
}

export async function updateAdoptionNotes(user: { id: string }, input: z.infer<typeof adoptionNotesSchema>) {
  const { count } = await db.adoption.updateMany({
    where: ownAdoption(user, input.adoptionId),
    data: { notes: input.notes, plannedFor: dayToDate(input.plannedFor) },
  });
  if (count === 0) throw new AppError("NOT_FOUND");
}

/** Records how the adoption went (done, adapted, dropped); the practice's authors are told. */
export async function recordOutcome(user: Actor, input: RecordOutcomeInput) {
  const result = await db.$transaction(async (tx) => {
    const adoption = await tx.adoption.findFirst({
      where: ownAdoption(user, input.adoptionId),
      select: { id: true, libraryName: true, practice: { select: reviewedSelect } },
    });
    if (!adoption) throw new AppError("NOT_FOUND");
    const data = { status: input.status, whatChanged: input.whatChanged, outcomeStory: input.outcomeStory, completedAt: new Date() };
    // Told once per outcome (a later correction of the text does not notify again). The status
    // is compared in the write, not from the read above: of two submissions at once, the second
    // waits for the first's row lock, then no longer matches and only corrects the text.
    const changed = await tx.adoption.updateMany({ where: { ...ownAdoption(user, adoption.id), status: { not: input.status } }, data });
    if (changed.count !== 1) {
      await tx.adoption.update({ where: ownAdoption(user, adoption.id), data });
      return null;
    }
    const people = await authorsOf(tx, adoption.practice, user.id);
    await notifyAuthors(tx, people, "PRACTICE_ADOPTION_OUTCOME", {
      actorId: user.id,
      practiceId: adoption.practice.id,
      data: { adoptionId: adoption.id, library: adoption.libraryName, status: input.status },
    });
    return { people, practice: adoption.practice, library: adoption.libraryName, title: await publishedTitle(tx, adoption.practice.id) };
  });
  if (result) {
    await mailAuthors(result.people, "adoptionOutcome", {
      practice: { slug: result.practice.slug, title: result.title },
      actor: result.library,
      outcome: input.status,
      details: input.whatChanged || input.outcomeStory,
    });
  }
}

async function publishedTitle(tx: Tx, practiceId: string): Promise<string> {
  const p = await tx.practice.findUniqueOrThrow({
    where: { id: practiceId },
    select: { slug: true, sourceLocale: true, translations: { select: { locale: true, publishedTitle: true } } },
  });
  return p.translations.find((t) => t.locale === p.sourceLocale)?.publishedTitle ?? p.slug;
}
