import "server-only";
import type { z } from "zod";
import { audit } from "@/lib/audit";
import type { Role } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emptyDoc, renderRichText } from "@/lib/rich-text/render";
import { revalidateKnowledgePages } from "@/lib/cache/revalidate";
import { enqueueSearchUpdate } from "@/lib/search/outbox";
import { knowledgeWorkflow, mayRestoreRevision, statusAfterEdit, type Transition } from "./policy";
import type { createPageSchema, saveDraftSchema, translationSchema } from "./schemas";
import { SEARCH_TYPE } from "./search-type";

type Tx = Prisma.TransactionClient;

/** Revisions coalesce: an author's saves within this window update one revision. */
const REVISION_WINDOW_MS = 10 * 60_000;

export { SEARCH_TYPE } from "./search-type";

/**
 * Records the working copy as a revision. Autosave would otherwise write one per few
 * seconds; consecutive saves by the same author within ten minutes share a revision.
 */
export async function recordRevision(
  tx: Tx,
  data: {
    pageId: string;
    locale: string;
    version: number;
    title: string;
    summary: string;
    contentJson: Prisma.InputJsonValue;
    contentHtml: string;
    authorId: string;
    kind: "save" | "publish" | "submit" | "restore" | "create";
  },
) {
  if (data.kind === "publish") {
    // Publishing a version that a save already recorded marks that revision as published.
    const { count } = await tx.pageRevision.updateMany({
      where: { pageId: data.pageId, locale: data.locale, version: data.version },
      data: { kind: "publish" },
    });
    if (count > 0) return;
  }
  if (data.kind === "save") {
    const last = await tx.pageRevision.findFirst({
      where: { pageId: data.pageId, locale: data.locale },
      orderBy: { createdAt: "desc" },
      select: { id: true, authorId: true, kind: true, createdAt: true },
    });
    if (last && last.kind === "save" && last.authorId === data.authorId && Date.now() - last.createdAt.getTime() < REVISION_WINDOW_MS) {
      await tx.pageRevision.update({
        where: { id: last.id },
        data: {
          version: data.version,
          title: data.title,
          summary: data.summary,
          contentJson: data.contentJson,
          contentHtml: data.contentHtml,
        },
      });
      return;
    }
  }
  await tx.pageRevision.create({ data });
}

/**
 * Copies every saved working copy to its published fields (what readers see), renders
 * the table of contents and plain text, and queues the page for the search index.
 * Translations that were never saved after being created stay unpublished.
 */
export async function publishTranslations(tx: Tx, pageId: string, authorId: string) {
  const translations = await tx.pageTranslation.findMany({
    where: { pageId },
    select: {
      id: true,
      locale: true,
      title: true,
      summary: true,
      contentJson: true,
      version: true,
      publishedVersion: true,
      sourceVersion: true,
      page: { select: { sourceLocale: true } },
    },
  });
  const now = new Date();
  for (const t of translations) {
    const isSource = t.locale === t.page.sourceLocale;
    if (!isSource && t.sourceVersion === null) continue;
    if (t.publishedVersion === t.version) continue;
    const rendered = renderRichText(t.contentJson);
    await tx.pageTranslation.update({
      where: { id: t.id },
      data: {
        publishedTitle: t.title,
        publishedSummary: t.summary,
        publishedHtml: rendered.html,
        publishedHeadings: rendered.headings,
        publishedText: rendered.text,
        readingMinutes: rendered.readingMinutes,
        publishedVersion: t.version,
        publishedAt: now,
      },
    });
    await recordRevision(tx, {
      pageId,
      locale: t.locale,
      version: t.version,
      title: t.title,
      summary: t.summary,
      contentJson: rendered.json as Prisma.InputJsonValue,
      contentHtml: rendered.html,
      authorId,
      kind: "publish",
    });
  }
  await enqueueSearchUpdate(tx, SEARCH_TYPE, pageId);
}

// ─── writes (called by lib/knowledge/actions.ts, which checks the permission first) ─────────

type Actor = Pick<CurrentUser, "id">;

export async function createPage(user: Actor, data: z.infer<typeof createPageSchema>) {
  if (await db.knowledgePage.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
    throw AppError.field("slug", "validation.slugTaken", "CONFLICT");
  }
  if (data.parentId && !(await db.knowledgePage.findUnique({ where: { id: data.parentId }, select: { id: true } }))) {
    throw AppError.field("parentId", "validation.invalid");
  }
  const rendered = renderRichText(emptyDoc());
  await db.$transaction(async (tx) => {
    const position = await tx.knowledgePage.count({ where: { section: data.section, parentId: data.parentId ?? null } });
    const page = await tx.knowledgePage.create({
      data: {
        slug: data.slug,
        section: data.section,
        parentId: data.parentId,
        position,
        sourceLocale: data.sourceLocale,
        createdById: user.id,
        statusChangedById: user.id,
      },
      select: { id: true },
    });
    await tx.pageTranslation.create({
      data: {
        pageId: page.id,
        locale: data.sourceLocale,
        title: data.title,
        contentJson: rendered.json as Prisma.InputJsonValue,
        contentHtml: rendered.html,
        updatedById: user.id,
      },
    });
    await audit({ actorId: user.id, action: "page.create", targetType: "KnowledgePage", targetId: page.id, data: { slug: data.slug } }, tx);
  });
}

/**
 * Autosave of one language's working copy. Optimistic concurrency: the save applies only
 * to the version the editor started from, so two editors never overwrite each other.
 */
export async function saveDraft(user: Actor, data: z.infer<typeof saveDraftSchema>): Promise<{ version: number; savedAt: string }> {
  const rendered = renderRichText(data.content);
  return db.$transaction(async (tx) => {
    const page = await tx.knowledgePage.findUnique({
      where: { id: data.pageId },
      select: { id: true, status: true, sourceLocale: true },
    });
    if (!page) throw new AppError("NOT_FOUND");
    const source =
      data.locale === page.sourceLocale
        ? null
        : await tx.pageTranslation.findUnique({
            where: { pageId_locale: { pageId: page.id, locale: page.sourceLocale } },
            select: { version: true },
          });
    const version = data.baseVersion + 1;
    const { count } = await tx.pageTranslation.updateMany({
      where: { pageId: page.id, locale: data.locale, version: data.baseVersion },
      data: {
        title: data.title,
        summary: data.summary,
        contentJson: rendered.json as Prisma.InputJsonValue,
        contentHtml: rendered.html,
        version,
        updatedById: user.id,
        ...(source ? { sourceVersion: source.version } : {}),
      },
    });
    if (count === 0) {
      const exists = await tx.pageTranslation.count({ where: { pageId: page.id, locale: data.locale } });
      throw exists ? new AppError("CONFLICT", { message: "errors.editConflict" }) : new AppError("NOT_FOUND");
    }
    // Unpublished changes on a page under review or live send it back to draft.
    if (statusAfterEdit(page.status) !== page.status) {
      await tx.knowledgePage.update({
        where: { id: page.id },
        data: { status: "DRAFT", statusChangedAt: new Date(), statusChangedById: user.id },
      });
    }
    await recordRevision(tx, {
      pageId: page.id,
      locale: data.locale,
      version,
      title: data.title,
      summary: data.summary,
      contentJson: rendered.json as Prisma.InputJsonValue,
      contentHtml: rendered.html,
      authorId: user.id,
      kind: "save",
    });
    return { version, savedAt: new Date().toISOString() };
  });
}

/** Starts a translation as a copy of the source's working copy, to be translated in place. */
export async function createTranslation(user: Actor, { pageId, locale }: z.infer<typeof translationSchema>) {
  await db.$transaction(async (tx) => {
    const page = await tx.knowledgePage.findUnique({ where: { id: pageId }, select: { sourceLocale: true } });
    if (!page) throw new AppError("NOT_FOUND");
    if (page.sourceLocale === locale) throw new AppError("CONFLICT");
    const source = await tx.pageTranslation.findUniqueOrThrow({ where: { pageId_locale: { pageId, locale: page.sourceLocale } } });
    const existing = await tx.pageTranslation.count({ where: { pageId, locale } });
    if (existing) return;
    await tx.pageTranslation.create({
      data: {
        pageId,
        locale,
        title: source.title,
        summary: source.summary,
        contentJson: source.contentJson as Prisma.InputJsonValue,
        contentHtml: source.contentHtml,
        updatedById: user.id,
      },
    });
    await audit(
      { actorId: user.id, action: "page.translation.create", targetType: "KnowledgePage", targetId: pageId, data: { locale } },
      tx,
    );
  });
}

/** Moves a page through draft → in review → published → archived (rules: ./policy.ts), with who and when. */
export async function changeStatus(user: Actor & { role: Role }, pageId: string, transition: Transition): Promise<string> {
  if (!knowledgeWorkflow.may(user, transition)) throw new AppError("FORBIDDEN");
  const status = await db.$transaction(async (tx) => {
    const page = await tx.knowledgePage.findUnique({ where: { id: pageId }, select: { status: true, firstPublishedAt: true } });
    if (!page) throw new AppError("NOT_FOUND");
    if (!knowledgeWorkflow.startsFrom(transition, page.status)) throw new AppError("CONFLICT", { message: "errors.statusChanged" });
    const now = new Date();
    const next = knowledgeWorkflow.next(transition, page);
    // The status guard in the where makes concurrent transitions safe.
    const { count } = await tx.knowledgePage.updateMany({
      where: { id: pageId, status: page.status },
      data: {
        status: next,
        statusChangedAt: now,
        statusChangedById: user.id,
        ...(transition === "publish" && !page.firstPublishedAt ? { firstPublishedAt: now } : {}),
      },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "errors.statusChanged" });
    if (transition === "publish") await publishTranslations(tx, pageId, user.id);
    else if (transition === "archive" || transition === "unarchive") await enqueueSearchUpdate(tx, SEARCH_TYPE, pageId);
    await audit(
      {
        actorId: user.id,
        action: `page.${transition}`,
        targetType: "KnowledgePage",
        targetId: pageId,
        data: { from: page.status, to: next },
      },
      tx,
    );
    return next;
  });
  revalidateKnowledgePages();
  return status;
}

/** Makes an old revision the working copy again (a new version; history is kept). */
export async function restoreRevision(user: Actor & { role: Role }, revisionId: string): Promise<number> {
  // The same rule the history page asks before it offers the button.
  if (!mayRestoreRevision(user)) throw new AppError("FORBIDDEN");
  const version = await db.$transaction(async (tx) => {
    const revision = await tx.pageRevision.findUnique({ where: { id: revisionId } });
    if (!revision) throw new AppError("NOT_FOUND");
    const current = await tx.pageTranslation.findUnique({
      where: { pageId_locale: { pageId: revision.pageId, locale: revision.locale } },
      select: { version: true },
    });
    if (!current) throw new AppError("NOT_FOUND");
    const version = current.version + 1;
    // Over the version just read only, like a save: a save that lands in between is not
    // overwritten (nor its version number taken twice).
    const { count } = await tx.pageTranslation.updateMany({
      where: { pageId: revision.pageId, locale: revision.locale, version: current.version },
      data: {
        title: revision.title,
        summary: revision.summary,
        contentJson: revision.contentJson as Prisma.InputJsonValue,
        contentHtml: revision.contentHtml,
        version,
        updatedById: user.id,
      },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "errors.editConflict" });
    await tx.knowledgePage.updateMany({
      where: { id: revision.pageId, status: { in: ["PUBLISHED", "IN_REVIEW"] } },
      data: { status: "DRAFT", statusChangedAt: new Date(), statusChangedById: user.id },
    });
    await recordRevision(tx, {
      pageId: revision.pageId,
      locale: revision.locale,
      version,
      title: revision.title,
      summary: revision.summary,
      contentJson: revision.contentJson as Prisma.InputJsonValue,
      contentHtml: revision.contentHtml,
      authorId: user.id,
      kind: "restore",
    });
    await audit(
      {
        actorId: user.id,
        action: "page.restore",
        targetType: "KnowledgePage",
        targetId: revision.pageId,
        data: { locale: revision.locale, fromVersion: revision.version, newVersion: version },
      },
      tx,
    );
    return version;
  });
  revalidateKnowledgePages();
  return version;
}
