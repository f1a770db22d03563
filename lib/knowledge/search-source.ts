import { db } from "@/lib/db";
import { registerSearchSource } from "@/lib/search/registry";
import type { SearchDocument, SearchSource } from "@/lib/search/types";
import { livePageWhere } from "./policy";
import { SEARCH_TYPE } from "./search-type";

// What the search index holds for the knowledge hub: one document per published
// translation of every live page. Drafts, unpublished translations and archived pages
// are never indexed, so search can never return them.

const select = {
  id: true,
  slug: true,
  section: true,
  translations: {
    where: { publishedAt: { not: null } },
    select: { locale: true, publishedTitle: true, publishedSummary: true, publishedText: true, publishedAt: true },
  },
} as const;

type Row = {
  id: string;
  slug: string;
  section: string;
  translations: {
    locale: string;
    publishedTitle: string | null;
    publishedSummary: string | null;
    publishedText: string | null;
    publishedAt: Date | null;
  }[];
};

function toDocuments(page: Row): SearchDocument[] {
  return page.translations.map((t) => ({
    id: `${SEARCH_TYPE}-${page.id}-${t.locale}`,
    entity: `${SEARCH_TYPE}:${page.id}`,
    group: `${SEARCH_TYPE}:${page.id}`,
    type: SEARCH_TYPE,
    locale: t.locale,
    title: t.publishedTitle ?? page.slug,
    summary: t.publishedSummary ?? "",
    text: t.publishedText ?? "",
    url: `/knowledge/${page.slug}`,
    section: page.section,
    visibility: "public",
    updatedAt: (t.publishedAt ?? new Date()).getTime(),
  }));
}

export const knowledgeSearchSource: SearchSource = {
  type: SEARCH_TYPE,
  estimate: () => db.pageTranslation.count({ where: { publishedAt: { not: null }, page: livePageWhere } }),
  async documentsFor(entityIds) {
    const pages = await db.knowledgePage.findMany({ where: { id: { in: entityIds }, ...livePageWhere }, select });
    const out = new Map<string, SearchDocument[]>(entityIds.map((id) => [id, []]));
    for (const page of pages) out.set(page.id, toDocuments(page));
    return out;
  },
  async *all() {
    let cursor: string | undefined;
    for (;;) {
      const pages = await db.knowledgePage.findMany({
        where: livePageWhere,
        select,
        orderBy: { id: "asc" },
        take: 200,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      });
      if (pages.length === 0) return;
      yield pages.flatMap(toDocuments);
      cursor = pages[pages.length - 1].id;
    }
  },
};

registerSearchSource(knowledgeSearchSource);
