import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { registerSearchSource } from "@/lib/search/registry";
import type { SearchDocument, SearchSource } from "@/lib/search/types";
import { livePracticeWhere } from "./policy";
import { SEARCH_TYPE } from "./search-type";

// What the search index holds for case studies: one document per published translation of every
// live case study, built from the published copy only. Drafts, submissions under review and
// changes a coordinator sent back live in the working copy, which never reaches the index; an
// archived case study has no documents at all.

const select = {
  id: true,
  slug: true,
  publishedCountry: true,
  publishedCity: true,
  publishedLibraryName: true,
  publishedThemes: true,
  publishedTargetGroups: true,
  publishedLanguagesUsed: true,
  organisation: { select: { name: true } },
  translations: {
    where: { publishedAt: { not: null } },
    select: {
      locale: true,
      publishedTitle: true,
      publishedSummary: true,
      publishedStoryText: true,
      publishedResources: true,
      publishedSteps: true,
      publishedResults: true,
      publishedLessons: true,
      publishedAt: true,
    },
  },
} satisfies Prisma.PracticeSelect;

type Row = Prisma.PracticeGetPayload<{ select: typeof select }>;

export function practiceDocuments(p: Row): SearchDocument[] {
  return p.translations.map((t) => ({
    id: `${SEARCH_TYPE}-${p.id}-${t.locale}`,
    entity: `${SEARCH_TYPE}:${p.id}`,
    // A case study's translations are one result.
    group: `${SEARCH_TYPE}:${p.id}`,
    type: SEARCH_TYPE,
    locale: t.locale,
    title: t.publishedTitle ?? p.slug,
    summary: t.publishedSummary ?? "",
    // Everything a reader could look for: the story, what it takes, how, what came of it, where, who.
    text: [
      t.publishedStoryText,
      t.publishedResources,
      t.publishedSteps,
      t.publishedResults,
      t.publishedLessons,
      p.publishedLibraryName,
      p.publishedCity,
      p.organisation.name,
    ]
      .filter(Boolean)
      .join("\n"),
    url: `/practices/${p.slug}`,
    ...(p.publishedCountry ? { country: p.publishedCountry } : {}),
    themes: p.publishedThemes,
    targetGroups: p.publishedTargetGroups,
    languagesUsed: p.publishedLanguagesUsed,
    visibility: "public",
    updatedAt: (t.publishedAt ?? new Date(0)).getTime(),
  }));
}

export const practiceSearchSource: SearchSource = {
  type: SEARCH_TYPE,
  estimate: () => db.practiceTranslation.count({ where: { publishedAt: { not: null }, practice: livePracticeWhere } }),
  async documentsFor(entityIds) {
    const rows = await db.practice.findMany({ where: { id: { in: entityIds }, ...livePracticeWhere }, select });
    const out = new Map<string, SearchDocument[]>(entityIds.map((id) => [id, []]));
    for (const row of rows) out.set(row.id, practiceDocuments(row));
    return out;
  },
  async *all() {
    let cursor: string | undefined;
    for (;;) {
      const rows = await db.practice.findMany({
        where: livePracticeWhere,
        select,
        orderBy: { id: "asc" },
        take: 200,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      });
      if (rows.length === 0) return;
      yield rows.flatMap(practiceDocuments);
      cursor = rows[rows.length - 1]?.id;
    }
  },
};

registerSearchSource(practiceSearchSource);
