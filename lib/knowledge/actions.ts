"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { audit } from "@/lib/audit";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { type ActionResult, AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formFields, keepInput, parseOrThrow, runAction } from "@/lib/result";
import { emptyDoc, renderRichText } from "@/lib/rich-text/render";
import { enqueueSearchUpdate } from "@/lib/search/outbox";
import { createPageSchema, pageActionSchema, restoreSchema, saveDraftSchema, translationSchema } from "./schemas";
import { publishTranslations, recordRevision, SEARCH_TYPE } from "./service";

const revalidateKnowledge = () => revalidatePath("/[locale]/knowledge", "layout");

export async function createPageAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const locale = await getLocale();
  const result = keepInput(
    formData,
    await runAction(async () => {
      const user = await requirePermission("knowledge.edit");
      const data = parseOrThrow(createPageSchema, formFields(formData));
      if (await db.knowledgePage.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
        throw new AppError("CONFLICT", "errors.INVALID", { slug: ["validation.slugTaken"] });
      }
      if (data.parentId && !(await db.knowledgePage.findUnique({ where: { id: data.parentId }, select: { id: true } }))) {
        throw new AppError("INVALID", "errors.INVALID", { parentId: ["validation.invalid"] });
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
        await audit(
          { actorId: user.id, action: "page.create", targetType: "KnowledgePage", targetId: page.id, data: { slug: data.slug } },
          tx,
        );
      });
      return null;
    }),
  );
  if (!result.ok) return result;
  const slug = String(formData.get("slug") ?? "")
    .trim()
    .toLowerCase();
  redirect(`/${locale}/knowledge/${slug}/edit?lang=${String(formData.get("sourceLocale"))}`);
}

/**
 * Autosave of one language's working copy. Optimistic concurrency: the save applies only
 * to the version the editor started from, so two editors never overwrite each other.
 */
export async function saveDraftAction(input: unknown): Promise<ActionResult<{ version: number; savedAt: string }>> {
  return runAction(async () => {
    const user = await requirePermission("knowledge.edit");
    const data = parseOrThrow(saveDraftSchema, input);
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
        throw exists ? new AppError("CONFLICT", "errors.editConflict") : new AppError("NOT_FOUND");
      }
      // Unpublished changes on a page under review or live send it back to draft.
      if (page.status !== "DRAFT" && page.status !== "ARCHIVED") {
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
  });
}

/** Starts a translation as a copy of the source's working copy, to be translated in place. */
export async function createTranslationAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("knowledge.edit");
    const { pageId, locale } = parseOrThrow(translationSchema, input);
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
    return null;
  });
}

type Transition = "submit" | "publish" | "archive" | "unarchive" | "backToDraft";

const transitions: Record<Transition, { from: string[]; permission: "knowledge.edit" | "knowledge.publish" }> = {
  submit: { from: ["DRAFT"], permission: "knowledge.edit" },
  backToDraft: { from: ["IN_REVIEW"], permission: "knowledge.edit" },
  publish: { from: ["DRAFT", "IN_REVIEW"], permission: "knowledge.publish" },
  archive: { from: ["DRAFT", "IN_REVIEW", "PUBLISHED"], permission: "knowledge.publish" },
  unarchive: { from: ["ARCHIVED"], permission: "knowledge.publish" },
};

/** Moves a page through draft → in review → published → archived, with who and when. */
export async function changePageStatusAction(input: unknown): Promise<ActionResult<{ status: string }>> {
  return runAction(async () => {
    const raw = (input ?? {}) as { transition?: string };
    const transition = raw.transition as Transition;
    if (!(transition in transitions)) throw new AppError("INVALID");
    const rule = transitions[transition];
    const user = await requirePermission(rule.permission);
    const { pageId } = parseOrThrow(pageActionSchema, input);
    const status = await db.$transaction(async (tx) => {
      const page = await tx.knowledgePage.findUnique({ where: { id: pageId }, select: { status: true, firstPublishedAt: true } });
      if (!page) throw new AppError("NOT_FOUND");
      if (!rule.from.includes(page.status)) throw new AppError("CONFLICT", "errors.statusChanged");
      const now = new Date();
      const next =
        transition === "submit"
          ? "IN_REVIEW"
          : transition === "publish"
            ? "PUBLISHED"
            : transition === "archive"
              ? "ARCHIVED"
              : transition === "unarchive"
                ? page.firstPublishedAt
                  ? "PUBLISHED"
                  : "DRAFT"
                : "DRAFT";
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
      if (count === 0) throw new AppError("CONFLICT", "errors.statusChanged");
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
    revalidateKnowledge();
    return { status };
  });
}

/** Makes an old revision the working copy again (a new version; history is kept). */
export async function restoreRevisionAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => {
    const user = await requirePermission("knowledge.publish");
    const { revisionId } = parseOrThrow(restoreSchema, input);
    const version = await db.$transaction(async (tx) => {
      const revision = await tx.pageRevision.findUnique({ where: { id: revisionId } });
      if (!revision) throw new AppError("NOT_FOUND");
      const current = await tx.pageTranslation.findUnique({
        where: { pageId_locale: { pageId: revision.pageId, locale: revision.locale } },
        select: { version: true },
      });
      if (!current) throw new AppError("NOT_FOUND");
      const version = current.version + 1;
      await tx.pageTranslation.update({
        where: { pageId_locale: { pageId: revision.pageId, locale: revision.locale } },
        data: {
          title: revision.title,
          summary: revision.summary,
          contentJson: revision.contentJson as Prisma.InputJsonValue,
          contentHtml: revision.contentHtml,
          version,
          updatedById: user.id,
        },
      });
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
    revalidateKnowledge();
    return { version };
  });
}
