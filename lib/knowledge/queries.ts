import "server-only";
import { cache } from "react";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { locales } from "@/lib/i18n/locales";
import type { Section } from "./schemas";

import { isLive, livePageWhere, maySeeUnpublished } from "./policy";
import { INDEX_PAGES_PER_SECTION } from "./tree";

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
 * in reading order (depth first, siblings by position; see lib/knowledge/tree.ts) and how many
 * it leaves out, titled in `locale` where a published translation exists, else in the source
 * language. Editors also see unpublished and archived pages; a page whose parent the reader may
 * not see is a root. PostgreSQL walks the tree and keeps the first pages of each section (a
 * recursive query on ids and positions only): at 100,000 pages, reading them all into the app
 * cost ≈ 0.9 s of CPU per render of the index. Then the kept pages and their titles are read.
 */
export type KnowledgeTree = Record<Section, { nodes: TreeNode[]; omitted: number }>;

export const listKnowledgeTree = cache(async (locale: string, reader: { role: Role } | null): Promise<KnowledgeTree> => {
  const includeUnpublished = maySeeUnpublished(reader);
  const order = await db.$queryRaw<{ id: string; parent: string | null; section: Section; total: bigint }[]>`
      WITH RECURSIVE visible AS (
        SELECT id, section, "parentId", position, "createdAt" FROM "KnowledgePage"
        WHERE ${includeUnpublished} OR ("firstPublishedAt" IS NOT NULL AND status <> 'ARCHIVED')
      ), placed AS (
        SELECT v.id, v.section, v.position, v."createdAt", p.id AS parent FROM visible v LEFT JOIN visible p ON p.id = v."parentId"
      ), ranked AS (
        SELECT id, section, parent,
          row_number() OVER (PARTITION BY COALESCE(parent, section::text) ORDER BY position, "createdAt", id) AS rank
        FROM placed
      ), tree AS (
        SELECT id, parent, section AS root, ARRAY[rank] AS path FROM ranked WHERE parent IS NULL
        UNION ALL
        SELECT r.id, r.parent, t.root, t.path || r.rank FROM ranked r JOIN tree t ON r.parent = t.id
      ), numbered AS (
        SELECT id, parent, root, path,
          row_number() OVER (PARTITION BY root ORDER BY path) AS n, count(*) OVER (PARTITION BY root) AS total
        FROM tree
      )
      SELECT id, parent, root::text AS section, total FROM numbered WHERE n <= ${INDEX_PAGES_PER_SECTION} ORDER BY root, path`;
  const ids = order.map((o) => o.id);
  const [pages, titles] = await Promise.all([
    db.knowledgePage.findMany({
      where: { id: { in: ids } },
      select: { id: true, slug: true, status: true, sourceLocale: true, firstPublishedAt: true },
    }),
    db.pageTranslation.findMany({
      where: { pageId: { in: ids } },
      select: { pageId: true, locale: true, title: true, publishedTitle: true },
    }),
  ]);
  const pageById = new Map(pages.map((p) => [p.id, p]));
  // By page and language (a find() per page was quadratic).
  const byPageLocale = new Map(titles.map((t) => [`${t.pageId}\u0000${t.locale}`, t]));
  const result: Record<Section, { nodes: TreeNode[]; omitted: number }> = {
    METHODOLOGY: { nodes: [], omitted: 0 },
    STRATEGY: { nodes: [], omitted: 0 },
    GUIDES: { nodes: [], omitted: 0 },
    TOOLS: { nodes: [], omitted: 0 },
  };
  const nodes = new Map<string, TreeNode>();
  // In reading order, so a parent is placed before its children, and children in their order.
  for (const { id, parent, section, total } of order) {
    const p = pageById.get(id);
    if (!p) continue; // deleted between the two reads
    const own = byPageLocale.get(`${id}\u0000${locale}`);
    const source = byPageLocale.get(`${id}\u0000${p.sourceLocale}`);
    const ownTitle = includeUnpublished ? own?.title : own?.publishedTitle;
    const node: TreeNode = {
      id,
      slug: p.slug,
      title: ownTitle || ((includeUnpublished ? source?.title : source?.publishedTitle) ?? p.slug),
      titleLocale: ownTitle ? locale : p.sourceLocale,
      status: p.status,
      live: isLive(p),
      children: [],
    };
    nodes.set(id, node);
    const into = parent ? nodes.get(parent)?.children : result[section].nodes;
    into?.push(node);
    result[section].omitted = Math.max(0, Number(total) - INDEX_PAGES_PER_SECTION);
  }
  return result;
});

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
