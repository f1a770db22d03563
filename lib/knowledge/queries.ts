import "server-only";
import { cache } from "react";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { locales } from "@/lib/i18n/locales";
import type { Section } from "./schemas";

import { isLive, livePageWhere, maySeeUnpublished } from "./policy";
import { boundTree, INDEX_PAGES_PER_SECTION } from "./tree";

export type TranslationState = "missing" | "draft" | "current" | "outdated";

/** A translation is outdated when the source was published again after it was last saved. */
export function translationState(
  t: { publishedAt: Date | null; sourceVersion: number | null } | undefined,
  sourcePublishedVersion: number | null,
): TranslationState {
  if (!t) return "missing";
  if (!t.publishedAt) return "draft";
  if (sourcePublishedVersion !== null && (t.sourceVersion ?? 0) < sourcePublishedVersion) return "outdated";
  return "current";
}

export type TreeNode = {
  id: string;
  slug: string;
  title: string;
  /** The language of `title`: the reader's, or the page's own when it has no translation yet. */
  titleLocale: string;
  status: string;
  live: boolean;
  children: TreeNode[];
};

/**
 * Every section with its page tree as the index shows it: the first INDEX_PAGES_PER_SECTION pages
 * in reading order (lib/knowledge/tree.ts) and how many it leaves out, titled in `locale` where a
 * published translation exists, else in the source language. Editors also see unpublished and
 * archived pages. Two reads: the tree's skeleton (no text), then the titles of the pages kept —
 * at 100,000 pages, reading every title (two rows a page) took seconds of the index's render.
 */
export const listKnowledgeTree = cache(
  async (locale: string, reader: { role: Role } | null): Promise<Record<Section, { nodes: TreeNode[]; omitted: number }>> => {
    const includeUnpublished = maySeeUnpublished(reader);
    const pages = await db.knowledgePage.findMany({
      where: includeUnpublished ? {} : livePageWhere,
      orderBy: [{ section: "asc" }, { position: "asc" }, { createdAt: "asc" }],
      select: { id: true, slug: true, section: true, parentId: true, status: true, sourceLocale: true, firstPublishedAt: true },
    });
    type Skeleton = (typeof pages)[number] & { children: Skeleton[] };
    const nodes = new Map<string, Skeleton>(pages.map((p) => [p.id, { ...p, children: [] }]));
    const roots: Record<Section, Skeleton[]> = { METHODOLOGY: [], STRATEGY: [], GUIDES: [], TOOLS: [] };
    for (const node of nodes.values()) {
      const parent = node.parentId ? nodes.get(node.parentId) : undefined;
      if (parent) parent.children.push(node);
      else roots[node.section].push(node);
    }
    const bounded = Object.fromEntries(
      (Object.keys(roots) as Section[]).map((section) => [section, boundTree(roots[section], INDEX_PAGES_PER_SECTION)]),
    ) as Record<Section, { nodes: Skeleton[]; omitted: number }>;

    const kept: Skeleton[] = [];
    const collect = (list: Skeleton[]) => {
      for (const n of list) {
        kept.push(n);
        collect(n.children);
      }
    };
    for (const { nodes: list } of Object.values(bounded)) collect(list);
    const titles = await db.pageTranslation.findMany({
      where: { pageId: { in: kept.map((p) => p.id) }, locale: { in: [...new Set([locale, ...kept.map((p) => p.sourceLocale)])] } },
      select: { pageId: true, locale: true, title: true, publishedTitle: true },
    });
    // By page and language (a find() per page was quadratic).
    const byPageLocale = new Map(titles.map((t) => [`${t.pageId}\u0000${t.locale}`, t]));
    const titleOf = (p: Skeleton): { title: string; locale: string } => {
      const own = byPageLocale.get(`${p.id}\u0000${locale}`);
      const source = byPageLocale.get(`${p.id}\u0000${p.sourceLocale}`);
      const ownTitle = includeUnpublished ? own?.title : own?.publishedTitle;
      if (ownTitle) return { title: ownTitle, locale };
      return { title: (includeUnpublished ? source?.title : source?.publishedTitle) ?? p.slug, locale: p.sourceLocale };
    };
    const toNode = (p: Skeleton): TreeNode => {
      const { title, locale: titleLocale } = titleOf(p);
      return { id: p.id, slug: p.slug, title, titleLocale, status: p.status, live: isLive(p), children: p.children.map(toNode) };
    };
    return Object.fromEntries(
      Object.entries(bounded).map(([section, { nodes: list, omitted }]) => [section, { nodes: list.map(toNode), omitted }]),
    ) as Record<Section, { nodes: TreeNode[]; omitted: number }>;
  },
);

const readingSelect = {
  id: true,
  slug: true,
  section: true,
  status: true,
  sourceLocale: true,
  firstPublishedAt: true,
  parentId: true,
  translations: {
    select: {
      locale: true,
      sourceVersion: true,
      publishedTitle: true,
      publishedSummary: true,
      publishedHtml: true,
      publishedHeadings: true,
      readingMinutes: true,
      publishedVersion: true,
      publishedAt: true,
    },
  },
} satisfies Prisma.KnowledgePageSelect;

type Heading = { id: string; text: string; level: number };

/**
 * The published page in `locale`, falling back to the source language when there is no
 * published translation. Null when the page does not exist or readers may not see it.
 */
export const getPageForReading = cache(async (slug: string, locale: string) => {
  const page = await db.knowledgePage.findFirst({ where: { slug, ...livePageWhere }, select: readingSelect });
  if (!page) return null;
  const source = page.translations.find((t) => t.locale === page.sourceLocale && t.publishedAt);
  const own = page.translations.find((t) => t.locale === locale && t.publishedAt);
  const shown = own ?? source;
  if (!shown?.publishedHtml) return null;
  const state = own && locale !== page.sourceLocale ? translationState(own, source?.publishedVersion ?? null) : null;

  const [breadcrumbs, children] = await Promise.all([ancestors(page.parentId, locale), publishedChildren(page.id, locale)]);
  return {
    id: page.id,
    slug: page.slug,
    section: page.section as Section,
    locale: shown.locale,
    sourceLocale: page.sourceLocale,
    /** The reader asked for a language the page is not (yet) published in. */
    fallback: !own,
    outdated: state === "outdated",
    title: shown.publishedTitle ?? "",
    summary: shown.publishedSummary ?? "",
    html: shown.publishedHtml,
    headings: (shown.publishedHeadings as Heading[] | null) ?? [],
    readingMinutes: shown.readingMinutes ?? 1,
    updatedAt: shown.publishedAt ?? page.firstPublishedAt ?? new Date(),
    availableLocales: page.translations.filter((t) => t.publishedAt).map((t) => t.locale),
    breadcrumbs,
    children,
  };
});

/**
 * The reading page's parents that readers may open, top first. A parent that is not live (never
 * published, or archived) is left out — its slug and working title are not for visitors — and
 * the chain goes on above it.
 */
async function ancestors(parentId: string | null, locale: string) {
  const chain: { slug: string; title: string }[] = [];
  let next = parentId;
  for (let depth = 0; next && depth < 10; depth++) {
    const parent = await db.knowledgePage.findFirst({
      where: { id: next },
      select: {
        slug: true,
        parentId: true,
        sourceLocale: true,
        firstPublishedAt: true,
        status: true,
        translations: { select: { locale: true, publishedTitle: true } },
      },
    });
    if (!parent) break;
    next = parent.parentId;
    if (parent.firstPublishedAt === null || parent.status === "ARCHIVED") continue;
    const title =
      parent.translations.find((t) => t.locale === locale)?.publishedTitle ??
      parent.translations.find((t) => t.locale === parent.sourceLocale)?.publishedTitle ??
      parent.slug;
    chain.unshift({ slug: parent.slug, title });
  }
  return chain;
}

async function publishedChildren(pageId: string, locale: string) {
  const children = await db.knowledgePage.findMany({
    where: { parentId: pageId, ...livePageWhere },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { slug: true, sourceLocale: true, translations: { select: { locale: true, publishedTitle: true, publishedSummary: true } } },
  });
  return children.map((c) => {
    const t =
      c.translations.find((x) => x.locale === locale && x.publishedTitle) ?? c.translations.find((x) => x.locale === c.sourceLocale);
    return { slug: c.slug, title: t?.publishedTitle ?? c.slug, summary: t?.publishedSummary ?? "", locale: t?.locale ?? c.sourceLocale };
  });
}

/**
 * Everything the editor needs for one language of a page (the source language when none is
 * given); the working copy, not the published one.
 */
export async function getPageForEditing(slug: string, requestedLocale?: string) {
  const page = await db.knowledgePage.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      section: true,
      status: true,
      sourceLocale: true,
      firstPublishedAt: true,
      statusChangedAt: true,
      statusChangedBy: { select: { name: true } },
      translations: {
        select: {
          locale: true,
          title: true,
          summary: true,
          contentJson: true,
          version: true,
          sourceVersion: true,
          publishedVersion: true,
          publishedAt: true,
          updatedAt: true,
          updatedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!page) return null;
  const source = page.translations.find((t) => t.locale === page.sourceLocale);
  const locale = requestedLocale ?? page.sourceLocale;
  const current = page.translations.find((t) => t.locale === locale) ?? null;
  return {
    id: page.id,
    slug: page.slug,
    /** The language being edited. */
    locale,
    section: page.section as Section,
    status: page.status,
    sourceLocale: page.sourceLocale,
    live: isLive(page),
    statusChangedAt: page.statusChangedAt,
    statusChangedBy: page.statusChangedBy?.name ?? null,
    translation: current && {
      locale: current.locale,
      title: current.title,
      summary: current.summary,
      content: current.contentJson,
      version: current.version,
      unpublishedChanges: current.publishedVersion === null || current.version > current.publishedVersion,
      updatedAt: current.updatedAt,
      updatedBy: current.updatedBy?.name ?? null,
    },
    languages: locales.map((l) => {
      const t = page.translations.find((x) => x.locale === l);
      return {
        locale: l,
        isSource: l === page.sourceLocale,
        state: l === page.sourceLocale ? (t?.publishedAt ? "current" : "draft") : translationState(t, source?.publishedVersion ?? null),
      };
    }),
  };
}

/**
 * The latest 100 revisions of one language, newest first. `number` counts them from 1 (the
 * first saved version) for people; `version` is the working copy's internal counter, which
 * autosaves also advance and which therefore does not start at 1 in the history.
 */
export async function listRevisions(pageId: string, locale: string) {
  const [total, rows] = await Promise.all([
    db.pageRevision.count({ where: { pageId, locale } }),
    db.pageRevision.findMany({
      where: { pageId, locale },
      orderBy: [{ createdAt: "desc" }, { version: "desc" }],
      take: 100,
      select: { id: true, version: true, kind: true, title: true, createdAt: true, author: { select: { name: true } } },
    }),
  ]);
  return rows.map((r, i) => ({ ...r, number: total - i }));
}

/** A revision and the one before it (same page and language), for the diff view. */
export async function getRevisionWithPrevious(revisionId: string) {
  const revision = await db.pageRevision.findUnique({
    where: { id: revisionId },
    select: {
      id: true,
      pageId: true,
      locale: true,
      version: true,
      kind: true,
      title: true,
      summary: true,
      contentHtml: true,
      createdAt: true,
      author: { select: { name: true } },
      page: { select: { slug: true } },
    },
  });
  if (!revision) return null;
  const previous = await db.pageRevision.findFirst({
    where: { pageId: revision.pageId, locale: revision.locale, createdAt: { lt: revision.createdAt } },
    orderBy: { createdAt: "desc" },
    select: { id: true, version: true, title: true, summary: true, contentHtml: true, createdAt: true },
  });
  return { revision, previous };
}

/** Page × language matrix for coordinators. */
export async function translationStatusTable() {
  const pages = await db.knowledgePage.findMany({
    where: { status: { not: "ARCHIVED" } },
    orderBy: [{ section: "asc" }, { position: "asc" }],
    select: {
      id: true,
      slug: true,
      section: true,
      sourceLocale: true,
      translations: { select: { locale: true, title: true, publishedAt: true, publishedVersion: true, sourceVersion: true } },
    },
  });
  return pages.map((p) => {
    const source = p.translations.find((t) => t.locale === p.sourceLocale);
    return {
      slug: p.slug,
      section: p.section as Section,
      title: source?.title ?? p.slug,
      sourceLocale: p.sourceLocale,
      states: Object.fromEntries(
        locales.map((l) => [
          l,
          l === p.sourceLocale
            ? "source"
            : translationState(
                p.translations.find((t) => t.locale === l),
                source?.publishedVersion ?? null,
              ),
        ]),
      ) as Record<string, TranslationState | "source">,
    };
  });
}

export async function listParentCandidates() {
  return db.knowledgePage
    .findMany({
      where: { status: { not: "ARCHIVED" } },
      orderBy: [{ section: "asc" }, { position: "asc" }],
      select: { id: true, section: true, slug: true, sourceLocale: true, translations: { select: { locale: true, title: true } } },
    })
    .then((pages) =>
      pages.map((p) => ({
        id: p.id,
        section: p.section as Section,
        title: p.translations.find((t) => t.locale === p.sourceLocale)?.title ?? p.slug,
      })),
    );
}
