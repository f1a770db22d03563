import type { Prisma } from "../lib/generated/prisma/client";
import { SEARCH_TYPE } from "../lib/knowledge/search-type";
import { htmlToRichText, renderRichText } from "../lib/rich-text/render";
import { enqueueSearchUpdate } from "../lib/search/outbox";
import type { ScriptClient } from "./client";
import { KNOWLEDGE_PAGES } from "./seed-content/knowledge";

// Loaded by prisma/seed.ts under `tsx --conditions=react-server` (lib/rich-text is server-only).
// Creates each page once, published, with its translations; existing pages are left alone so
// that edits made on the platform are never overwritten by a later seed.

export async function seedKnowledge(db: ScriptClient, authorEmail: string | null) {
  const author = authorEmail ? await db.user.findUnique({ where: { email: authorEmail }, select: { id: true } }) : null;
  let created = 0;
  const ordered = [...KNOWLEDGE_PAGES].sort((a, b) => Number(Boolean(a.parentSlug)) - Number(Boolean(b.parentSlug)));
  for (const [i, seed] of ordered.entries()) {
    process.stdout.write(`\rKnowledge pages: ${i + 1}/${ordered.length}`);
    if (await db.knowledgePage.findUnique({ where: { slug: seed.slug }, select: { id: true } })) continue;
    const parent = seed.parentSlug
      ? await db.knowledgePage.findUniqueOrThrow({ where: { slug: seed.parentSlug }, select: { id: true } })
      : null;
    const now = new Date();
    await db.$transaction(async (tx) => {
      const page = await tx.knowledgePage.create({
        data: {
          slug: seed.slug,
          section: seed.section,
          parentId: parent?.id ?? null,
          position: seed.position,
          sourceLocale: "en",
          status: "PUBLISHED",
          firstPublishedAt: now,
          statusChangedById: author?.id ?? null,
          createdById: author?.id ?? null,
        },
        select: { id: true },
      });
      for (const [locale, content] of Object.entries(seed.translations)) {
        if (!content) continue;
        const rendered = renderRichText(htmlToRichText(content.html));
        const json = rendered.json as Prisma.InputJsonValue;
        await tx.pageTranslation.create({
          data: {
            pageId: page.id,
            locale,
            title: content.title,
            summary: content.summary,
            contentJson: json,
            contentHtml: rendered.html,
            version: 1,
            sourceVersion: locale === "en" ? null : 1,
            updatedById: author?.id ?? null,
            publishedTitle: content.title,
            publishedSummary: content.summary,
            publishedHtml: rendered.html,
            publishedHeadings: rendered.headings,
            publishedText: rendered.text,
            readingMinutes: rendered.readingMinutes,
            publishedVersion: 1,
            publishedAt: now,
          },
        });
        await tx.pageRevision.create({
          data: {
            pageId: page.id,
            locale,
            version: 1,
            title: content.title,
            summary: content.summary,
            contentJson: json,
            contentHtml: rendered.html,
            authorId: author?.id ?? null,
            kind: "publish",
          },
        });
      }
      await enqueueSearchUpdate(tx, SEARCH_TYPE, page.id);
    });
    created++;
  }
  process.stdout.write("\n");
  return created;
}
