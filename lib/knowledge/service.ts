import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { renderRichText } from "@/lib/rich-text/render";
import { enqueueSearchUpdate } from "@/lib/search/outbox";
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
