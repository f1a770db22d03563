import type { ScriptClient } from "./client";
import { createKnowledgePage } from "./factories";
import { KNOWLEDGE_PAGES } from "./seed-content/knowledge";

// Loaded by prisma/seed.ts under `tsx --conditions=react-server` (lib/rich-text is server-only).
// Creates each page once, published, with its translations; existing pages are left alone so
// that edits made on the platform are never overwritten by a later seed.

/** Rendering long pages (and loading the renderer, the first time) on a busy machine takes a while. */
export const SEED_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

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
    // One transaction per page: a seed stopped half-way never leaves a page without its translations.
    await db.$transaction(
      (tx) =>
        createKnowledgePage(tx, {
          slug: seed.slug,
          section: seed.section,
          parentId: parent?.id ?? null,
          position: seed.position,
          sourceLocale: "en",
          status: "PUBLISHED",
          authorId: author?.id ?? null,
          translations: seed.translations,
        }),
      SEED_TRANSACTION,
    );
    created++;
  }
  process.stdout.write("\n");
  return created;
}
