import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { locales } from "@/lib/i18n/locales";
import { defaultSearchTarget, isUnreachable, quote } from "@/lib/search/client";
import { dateToMonth, lineItems, readChecklist } from "./content";
import { canReview, canSeeContact, livePracticeWhere, writableWhere } from "./policy";
import { FACETS, type Facet, PRACTICES_PER_PAGE, type PracticeFilter, REVIEW_FIELDS, type ReviewField } from "./schemas";
import { SEARCH_TYPE } from "./search-type";

// The only place that reads case studies and adoptions. Readers get the published copy
// (livePracticeWhere); authors get their organisation's working copies (writableWhere in the
// `where`); reviewers get any submission. Everything returned is a plain object.

export type TranslationState = "missing" | "draft" | "current" | "outdated";

/** Like the knowledge hub: a translation is outdated when the source was published again after it was made. */
export function translationState(
  t: { publishedAt: Date | null; sourceVersion: number | null } | undefined,
  sourcePublishedVersion: number | null,
): TranslationState {
  if (!t) return "missing";
  if (!t.publishedAt) return "draft";
  if (sourcePublishedVersion !== null && (t.sourceVersion ?? 0) < sourcePublishedVersion) return "outdated";
  return "current";
}

type PublishedText = { locale: string; publishedTitle: string | null; publishedSummary: string | null; publishedAt: Date | null };

/** The reader's language when the case study is published in it, else its source language. */
function pick<T extends PublishedText>(translations: T[], locale: string, sourceLocale: string): T | undefined {
  const live = translations.filter((t) => t.publishedAt);
  return live.find((t) => t.locale === locale) ?? live.find((t) => t.locale === sourceLocale) ?? live[0];
}

// ─── the list, its facets and the text search ──────────────────────────────────────────────

export type PracticeCard = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  /** The language the title and summary are in. */
  locale: string;
  country: string;
  city: string;
  libraryName: string;
  organisation: { slug: string; name: string };
  themes: string[];
  isExample: boolean;
  adoptions: number;
  publishedAt: string;
};

const cardSelect = {
  id: true,
  slug: true,
  sourceLocale: true,
  isExample: true,
  firstPublishedAt: true,
  publishedCountry: true,
  publishedCity: true,
  publishedLibraryName: true,
  publishedThemes: true,
  organisation: { select: { slug: true, name: true } },
  translations: {
    where: { publishedAt: { not: null } },
    select: { locale: true, publishedTitle: true, publishedSummary: true, publishedAt: true },
  },
  _count: { select: { adoptions: { where: { status: { not: "DROPPED" } } } } },
} satisfies Prisma.PracticeSelect;

function toCard(p: Prisma.PracticeGetPayload<{ select: typeof cardSelect }>, locale: string): PracticeCard {
  const t = pick(p.translations, locale, p.sourceLocale);
  return {
    id: p.id,
    slug: p.slug,
    title: t?.publishedTitle ?? p.slug,
    summary: t?.publishedSummary ?? "",
    locale: t?.locale ?? p.sourceLocale,
    country: p.publishedCountry ?? "",
    city: p.publishedCity ?? "",
    libraryName: p.publishedLibraryName ?? "",
    organisation: p.organisation,
    themes: p.publishedThemes,
    isExample: p.isExample,
    adoptions: p._count.adoptions,
    publishedAt: (p.firstPublishedAt ?? new Date(0)).toISOString(),
  };
}

/** The Prisma filter of every facet but `except` (facet counts are disjunctive, like search's). */
function facetWhere(filter: PracticeFilter, except?: Facet): Prisma.PracticeWhereInput {
  const and: Prisma.PracticeWhereInput[] = [livePracticeWhere];
  if (except !== "country" && filter.country.length) and.push({ publishedCountry: { in: filter.country } });
  if (except !== "theme" && filter.theme.length) and.push({ publishedThemes: { hasSome: filter.theme } });
  if (except !== "group" && filter.group.length) and.push({ publishedTargetGroups: { hasSome: filter.group } });
  if (except !== "lang" && filter.lang.length) and.push({ publishedLanguagesUsed: { hasSome: filter.lang } });
  if (except !== "org" && filter.org.length) and.push({ organisation: { slug: { in: filter.org } } });
  return { AND: and };
}

/** The same filter as SQL, for the facet counts (arrays are unnested, which Prisma's groupBy cannot do). */
function facetSql(filter: PracticeFilter, except: Facet, ids: string[] | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`p."firstPublishedAt" IS NOT NULL AND p.status <> 'ARCHIVED'`];
  if (except !== "country" && filter.country.length) parts.push(Prisma.sql`p."publishedCountry" = ANY(${filter.country}::text[])`);
  if (except !== "theme" && filter.theme.length) parts.push(Prisma.sql`p."publishedThemes" && ${filter.theme}::text[]`);
  if (except !== "group" && filter.group.length) parts.push(Prisma.sql`p."publishedTargetGroups" && ${filter.group}::text[]`);
  if (except !== "lang" && filter.lang.length) parts.push(Prisma.sql`p."publishedLanguagesUsed" && ${filter.lang}::text[]`);
  if (except !== "org" && filter.org.length) parts.push(Prisma.sql`o.slug = ANY(${filter.org}::text[])`);
  if (ids) parts.push(Prisma.sql`p.id = ANY(${ids}::text[])`);
  return Prisma.join(parts, " AND ");
}

export type FacetCounts = Record<Facet, Record<string, number>> & { orgNames: Record<string, string> };

/** How many live case studies each facet value would give, with the other facets applied. One round trip. */
async function facetCounts(filter: PracticeFilter, ids: string[] | null): Promise<FacetCounts> {
  const from = Prisma.sql`FROM "Practice" p JOIN "Organisation" o ON o.id = p."organisationId"`;
  const rows = await db.$queryRaw<{ facet: Facet; value: string; label: string | null; n: number }[]>`
    SELECT 'country' AS facet, p."publishedCountry" AS value, NULL AS label, count(*)::int AS n ${from}
      WHERE ${facetSql(filter, "country", ids)} GROUP BY 2
    UNION ALL
    SELECT 'theme', v, NULL, count(*)::int ${from} CROSS JOIN LATERAL unnest(p."publishedThemes") v
      WHERE ${facetSql(filter, "theme", ids)} GROUP BY 2
    UNION ALL
    SELECT 'group', v, NULL, count(*)::int ${from} CROSS JOIN LATERAL unnest(p."publishedTargetGroups") v
      WHERE ${facetSql(filter, "group", ids)} GROUP BY 2
    UNION ALL
    SELECT 'lang', v, NULL, count(*)::int ${from} CROSS JOIN LATERAL unnest(p."publishedLanguagesUsed") v
      WHERE ${facetSql(filter, "lang", ids)} GROUP BY 2
    UNION ALL
    SELECT 'org', o.slug, o.name, count(*)::int ${from}
      WHERE ${facetSql(filter, "org", ids)} GROUP BY 2, 3`;
  const out = { country: {}, theme: {}, group: {}, lang: {}, org: {}, orgNames: {} } as FacetCounts;
  for (const row of rows) {
    if (row.value === null) continue;
    out[row.facet][row.value] = row.n;
    if (row.facet === "org" && row.label) out.orgNames[row.value] = row.label;
  }
  return out;
}

/**
 * Ids of live case studies matching the words, best first (Meilisearch: typo tolerant, every
 * language). Throws AppError("UNAVAILABLE") when search cannot be reached.
 */
export async function searchPracticeIds(q: string): Promise<string[]> {
  const target = defaultSearchTarget();
  if (!target) throw new AppError("UNAVAILABLE", { message: "search.unavailable" });
  try {
    const res = await target.client.index(target.index).search<{ entity: string }>(q, {
      filter: [`type = ${quote(SEARCH_TYPE)}`, `visibility = "public"`],
      distinct: "group",
      limit: 1000,
      attributesToRetrieve: ["entity"],
    });
    return res.hits.map((h) => h.entity.slice(SEARCH_TYPE.length + 1));
  } catch (error) {
    if (isUnreachable(error)) throw new AppError("UNAVAILABLE", { message: "search.unavailable" });
    if ((error as { cause?: { code?: string } }).cause?.code === "index_not_found") return [];
    throw error;
  }
}

/** Without the search engine: the words as they are, in titles, summaries and stories. */
async function plainTextIds(q: string): Promise<string[]> {
  const rows = await db.practiceTranslation.findMany({
    where: {
      publishedAt: { not: null },
      practice: livePracticeWhere,
      OR: [
        { publishedTitle: { contains: q, mode: "insensitive" } },
        { publishedSummary: { contains: q, mode: "insensitive" } },
        { publishedStoryText: { contains: q, mode: "insensitive" } },
      ],
    },
    distinct: ["practiceId"],
    take: 1000,
    select: { practiceId: true },
  });
  return rows.map((r) => r.practiceId);
}

export type PracticeList = {
  items: PracticeCard[];
  total: number;
  page: number;
  pages: number;
  facets: FacetCounts;
  /** The words were matched literally because the search engine was unavailable. */
  searchFallback: boolean;
};

/** The published list for /practices: facets (OR within one, AND across), words, pages. */
export async function listPractices(filter: PracticeFilter, locale: string, perPage = PRACTICES_PER_PAGE): Promise<PracticeList> {
  let ids: string[] | null = null;
  let searchFallback = false;
  if (filter.q) {
    try {
      ids = await searchPracticeIds(filter.q);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "UNAVAILABLE")) throw error;
      ids = await plainTextIds(filter.q);
      searchFallback = true;
    }
  }
  const where: Prisma.PracticeWhereInput = { AND: [facetWhere(filter), ...(ids ? [{ id: { in: ids } }] : [])] };
  const listed = (page: number) =>
    db.practice.findMany({
      where,
      select: cardSelect,
      orderBy: [{ firstPublishedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
    });
  // Without ranked words, the page's rows are read alongside the counts (one round trip's time).
  const ranked = ids !== null && !searchFallback;
  const [total, facets, early] = await Promise.all([
    db.practice.count({ where }),
    facetCounts(filter, ids),
    ranked ? null : listed(filter.page),
  ]);
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(filter.page, pages);
  let rows: Prisma.PracticeGetPayload<{ select: typeof cardSelect }>[];
  if (ranked && ids) {
    // Keep the search engine's ranking: filter the ranked ids, then read one page of them.
    const matching = new Set((await db.practice.findMany({ where, select: { id: true } })).map((r) => r.id));
    const pageIds = ids.filter((id) => matching.has(id)).slice((page - 1) * perPage, page * perPage);
    const found = await db.practice.findMany({ where: { id: { in: pageIds } }, select: cardSelect });
    rows = pageIds.flatMap((id) => found.filter((r) => r.id === id));
  } else {
    // A page beyond the last one shows the last one.
    rows = early && page === filter.page ? early : await listed(page);
  }
  return { items: rows.map((r) => toCard(r, locale)), total, page, pages, facets, searchFallback };
}

// ─── one case study, for readers ────────────────────────────────────────────────────────────

const readingSelect = {
  id: true,
  slug: true,
  sourceLocale: true,
  isExample: true,
  organisationId: true,
  firstPublishedAt: true,
  publishedAt: true,
  publishedCountry: true,
  publishedCity: true,
  publishedLibraryName: true,
  publishedThemes: true,
  publishedTargetGroups: true,
  publishedLanguagesUsed: true,
  publishedPeriodStart: true,
  publishedPeriodEnd: true,
  publishedPartners: true,
  publishedContactName: true,
  publishedContactEmail: true,
  organisation: { select: { slug: true, name: true } },
  translations: {
    select: {
      locale: true,
      sourceVersion: true,
      publishedTitle: true,
      publishedSummary: true,
      publishedStoryHtml: true,
      publishedResources: true,
      publishedSteps: true,
      publishedResults: true,
      publishedLessons: true,
      publishedVersion: true,
      publishedAt: true,
    },
  },
} satisfies Prisma.PracticeSelect;

export type AdoptionView = {
  id: string;
  libraryName: string;
  city: string;
  country: string;
  status: "PLANNED" | "DONE" | "ADAPTED" | "DROPPED";
  whatChanged: string;
  outcomeStory: string;
  startedAt: string;
  completedAt: string | null;
};

/**
 * The published case study in `locale`, falling back to its source language. Null when it does
 * not exist or readers may not see it (a draft, an archived one). Contact details only for members.
 */
export const getPracticeForReading = cache(async (slug: string, locale: string, viewer: Pick<CurrentUser, "id"> | null) => {
  const p = await db.practice.findFirst({ where: { slug, ...livePracticeWhere }, select: readingSelect });
  if (!p) return null;
  const own = p.translations.find((t) => t.locale === locale && t.publishedAt);
  const source = p.translations.find((t) => t.locale === p.sourceLocale && t.publishedAt);
  const shown = own ?? source;
  if (!shown?.publishedStoryHtml && !shown?.publishedTitle) return null;
  const state = own && locale !== p.sourceLocale ? translationState(own, source?.publishedVersion ?? null) : null;
  const [adoptions, all] = await Promise.all([
    db.adoption.findMany({
      where: { practiceId: p.id },
      orderBy: [{ completedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      take: 50,
      select: {
        id: true,
        libraryName: true,
        city: true,
        country: true,
        status: true,
        whatChanged: true,
        outcomeStory: true,
        createdAt: true,
        completedAt: true,
      },
    }),
    db.adoption.groupBy({ by: ["status"], where: { practiceId: p.id }, _count: { _all: true } }),
  ]);
  const counts = { PLANNED: 0, DONE: 0, ADAPTED: 0, DROPPED: 0 };
  for (const row of all) counts[row.status] = row._count._all;
  return {
    id: p.id,
    slug: p.slug,
    organisationId: p.organisationId,
    locale: shown.locale,
    sourceLocale: p.sourceLocale,
    fallback: !own,
    outdated: state === "outdated",
    isExample: p.isExample,
    title: shown.publishedTitle ?? p.slug,
    summary: shown.publishedSummary ?? "",
    storyHtml: shown.publishedStoryHtml ?? "",
    resources: lineItems(shown.publishedResources),
    steps: lineItems(shown.publishedSteps),
    results: shown.publishedResults ?? "",
    lessons: shown.publishedLessons ?? "",
    country: p.publishedCountry ?? "",
    city: p.publishedCity ?? "",
    libraryName: p.publishedLibraryName ?? "",
    themes: p.publishedThemes,
    targetGroups: p.publishedTargetGroups,
    languagesUsed: p.publishedLanguagesUsed,
    periodStart: p.publishedPeriodStart,
    periodEnd: p.publishedPeriodEnd,
    partners: p.publishedPartners ?? "",
    /** null for visitors; members see the contact (which may be empty). */
    contact: canSeeContact(viewer) ? { name: p.publishedContactName ?? "", email: p.publishedContactEmail ?? "" } : null,
    organisation: p.organisation,
    publishedAt: p.firstPublishedAt ?? new Date(0),
    updatedAt: shown.publishedAt ?? p.publishedAt ?? new Date(0),
    availableLocales: p.translations.filter((t) => t.publishedAt).map((t) => t.locale),
    adoptions: {
      /** Libraries that adopted it (planned, done or adapted; dropped ones are listed but not counted). */
      count: counts.PLANNED + counts.DONE + counts.ADAPTED,
      byStatus: counts,
      list: adoptions.map(
        (a): AdoptionView => ({
          id: a.id,
          libraryName: a.libraryName,
          city: a.city,
          country: a.country,
          status: a.status,
          whatChanged: a.whatChanged,
          outcomeStory: a.outcomeStory,
          startedAt: a.createdAt.toISOString(),
          completedAt: a.completedAt?.toISOString() ?? null,
        }),
      ),
    },
  };
});

export type PracticeReading = NonNullable<Awaited<ReturnType<typeof getPracticeForReading>>>;

/** Up to three other live case studies sharing themes or the country, most in common first. */
export async function relatedPractices(
  practice: { id: string; themes: string[]; country: string },
  locale: string,
): Promise<PracticeCard[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM "Practice" p
    WHERE p."firstPublishedAt" IS NOT NULL AND p.status <> 'ARCHIVED' AND p.id <> ${practice.id}
      AND (p."publishedThemes" && ${practice.themes}::text[] OR p."publishedCountry" = ${practice.country})
    ORDER BY cardinality(ARRAY(SELECT unnest(p."publishedThemes") INTERSECT SELECT unnest(${practice.themes}::text[])))
             + CASE WHEN p."publishedCountry" = ${practice.country} THEN 1 ELSE 0 END DESC,
             p."firstPublishedAt" DESC, p.id
    LIMIT 3`;
  if (rows.length === 0) return [];
  const found = await db.practice.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: cardSelect });
  return rows.flatMap((r) => found.filter((f) => f.id === r.id)).map((f) => toCard(f, locale));
}

/** The viewer's own adoption of this practice, if they started one. */
export async function myAdoptionOf(practiceId: string, userId: string) {
  return db.adoption.findUnique({ where: { practiceId_adopterId: { practiceId, adopterId: userId } }, select: { id: true, status: true } });
}

// ─── authors: their organisation's case studies ────────────────────────────────────────────

export type OwnPracticeRow = {
  slug: string;
  title: string;
  status: string;
  live: boolean;
  updatedAt: string;
  openComments: number;
};

export async function listOwnPractices(user: CurrentUser): Promise<OwnPracticeRow[]> {
  const own = writableWhere(user);
  if (!own) return [];
  const rows = await db.practice.findMany({
    where: own,
    orderBy: [{ updatedAt: "desc" }],
    take: 200,
    select: {
      slug: true,
      status: true,
      sourceLocale: true,
      firstPublishedAt: true,
      updatedAt: true,
      translations: { select: { locale: true, title: true, updatedAt: true } },
      _count: { select: { reviewComments: { where: { resolvedAt: null } } } },
    },
  });
  return rows.map((r) => {
    const source = r.translations.find((t) => t.locale === r.sourceLocale);
    const latest = Math.max(r.updatedAt.getTime(), ...r.translations.map((t) => t.updatedAt.getTime()));
    return {
      slug: r.slug,
      title: source?.title ?? r.slug,
      status: r.status,
      live: r.firstPublishedAt !== null && r.status !== "ARCHIVED",
      updatedAt: new Date(latest).toISOString(),
      openComments: r._count.reviewComments,
    };
  });
}

export type CommentView = {
  id: string;
  field: ReviewField | null;
  body: string;
  author: string | null;
  createdAt: string;
  resolved: boolean;
};

function toComment(c: {
  id: string;
  field: string | null;
  body: string;
  createdAt: Date;
  resolvedAt: Date | null;
  author: { name: string } | null;
}): CommentView {
  return {
    id: c.id,
    field: c.field && (REVIEW_FIELDS as readonly string[]).includes(c.field) ? (c.field as ReviewField) : null,
    body: c.body,
    author: c.author?.name ?? null,
    createdAt: c.createdAt.toISOString(),
    resolved: c.resolvedAt !== null,
  };
}

const commentSelect = { id: true, field: true, body: true, createdAt: true, resolvedAt: true, author: { select: { name: true } } } as const;

const workingSelect = {
  id: true,
  slug: true,
  status: true,
  sourceLocale: true,
  organisationId: true,
  isExample: true,
  firstPublishedAt: true,
  statusChangedAt: true,
  statusChangedBy: { select: { name: true } },
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
  organisation: { select: { slug: true, name: true } },
  translations: {
    select: {
      locale: true,
      title: true,
      summary: true,
      storyJson: true,
      storyHtml: true,
      resources: true,
      steps: true,
      results: true,
      lessons: true,
      version: true,
      sourceVersion: true,
      publishedVersion: true,
      publishedAt: true,
      updatedAt: true,
      updatedBy: { select: { name: true } },
    },
  },
  reviewComments: { orderBy: { createdAt: "desc" }, take: 100, select: commentSelect },
} satisfies Prisma.PracticeSelect;

type Working = Prisma.PracticeGetPayload<{ select: typeof workingSelect }>;

function workingView(p: Working, requestedLocale?: string) {
  const source = p.translations.find((t) => t.locale === p.sourceLocale);
  const locale = requestedLocale ?? p.sourceLocale;
  const current = p.translations.find((t) => t.locale === locale) ?? null;
  return {
    id: p.id,
    slug: p.slug,
    status: p.status,
    organisationId: p.organisationId,
    sourceLocale: p.sourceLocale,
    /** The language being edited or reviewed. */
    locale,
    isSource: locale === p.sourceLocale,
    isExample: p.isExample,
    organisation: p.organisation,
    live: p.firstPublishedAt !== null && p.status !== "ARCHIVED",
    statusChangedAt: p.statusChangedAt.toISOString(),
    statusChangedBy: p.statusChangedBy?.name ?? null,
    facts: {
      country: p.country,
      city: p.city,
      libraryName: p.libraryName,
      themes: p.themes,
      targetGroups: p.targetGroups,
      languagesUsed: p.languagesUsed,
      periodStart: dateToMonth(p.periodStart),
      periodEnd: dateToMonth(p.periodEnd),
      partnersInvolved: p.partnersInvolved,
      contactName: p.contactName,
      contactEmail: p.contactEmail,
    },
    translation: current && {
      locale: current.locale,
      title: current.title,
      summary: current.summary,
      story: current.storyJson as object,
      storyHtml: current.storyHtml,
      resources: current.resources,
      steps: current.steps,
      results: current.results,
      lessons: current.lessons,
      version: current.version,
      unpublishedChanges: current.publishedVersion === null || current.version > current.publishedVersion,
      updatedAt: current.updatedAt.toISOString(),
      updatedBy: current.updatedBy?.name ?? null,
    },
    languages: locales.map((l) => {
      const t = p.translations.find((x) => x.locale === l);
      return {
        locale: l,
        isSource: l === p.sourceLocale,
        state: (l === p.sourceLocale
          ? t?.publishedAt
            ? "current"
            : "draft"
          : translationState(t, source?.publishedVersion ?? null)) as TranslationState,
      };
    }),
    comments: p.reviewComments.map(toComment),
  };
}

export type PracticeWorking = ReturnType<typeof workingView>;

/** The working copy for its authors (their organisation's only; anyone else gets null → 404). */
export async function getPracticeForEditing(slug: string, user: CurrentUser, locale?: string): Promise<PracticeWorking | null> {
  const own = writableWhere(user);
  if (!own) return null;
  const p = await db.practice.findFirst({ where: { slug, ...own }, select: workingSelect });
  return p ? workingView(p, locale) : null;
}

/** A submission for a reviewer (any organisation), with what differs from the published copy. */
export async function getPracticeForReview(id: string, user: CurrentUser, locale?: string) {
  if (!canReview(user)) return null;
  const p = await db.practice.findUnique({
    where: { id },
    select: {
      ...workingSelect,
      publishedCountry: true,
      publishedCity: true,
      publishedLibraryName: true,
      publishedThemes: true,
      publishedTargetGroups: true,
      publishedLanguagesUsed: true,
      publishedPeriodStart: true,
      publishedPeriodEnd: true,
      publishedPartners: true,
      publishedContactName: true,
      publishedContactEmail: true,
      createdBy: { select: { name: true } },
    },
  });
  if (!p) return null;
  const view = workingView(p, locale);
  const t = p.translations.find((x) => x.locale === view.locale);
  const published = t && {
    ...(await db.practiceTranslation.findUnique({
      where: { practiceId_locale: { practiceId: p.id, locale: view.locale } },
      select: {
        publishedTitle: true,
        publishedSummary: true,
        publishedStoryHtml: true,
        publishedResources: true,
        publishedSteps: true,
        publishedResults: true,
        publishedLessons: true,
      },
    })),
  };
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? "") === JSON.stringify(b ?? "");
  const changed: ReviewField[] = p.firstPublishedAt
    ? REVIEW_FIELDS.filter((f) => {
        if (!t || !published) return false;
        switch (f) {
          case "title":
            return !same(t.title, published.publishedTitle);
          case "summary":
            return !same(t.summary, published.publishedSummary);
          case "story":
            return !same(t.storyHtml, published.publishedStoryHtml);
          case "resources":
            return !same(t.resources, published.publishedResources);
          case "steps":
            return !same(t.steps, published.publishedSteps);
          case "results":
            return !same(t.results, published.publishedResults);
          case "lessons":
            return !same(t.lessons, published.publishedLessons);
          case "place":
            return !same([p.country, p.city, p.libraryName], [p.publishedCountry, p.publishedCity, p.publishedLibraryName]);
          case "themes":
            return !same(p.themes, p.publishedThemes);
          case "targetGroups":
            return !same(p.targetGroups, p.publishedTargetGroups);
          case "languagesUsed":
            return !same(p.languagesUsed, p.publishedLanguagesUsed);
          case "period":
            return !same(
              [p.periodStart?.getTime(), p.periodEnd?.getTime()],
              [p.publishedPeriodStart?.getTime(), p.publishedPeriodEnd?.getTime()],
            );
          case "partnersInvolved":
            return !same(p.partnersInvolved, p.publishedPartners);
          case "contact":
            return !same([p.contactName, p.contactEmail], [p.publishedContactName, p.publishedContactEmail]);
          default:
            return false;
        }
      })
    : [];
  return { ...view, createdBy: p.createdBy?.name ?? null, changed };
}

export type PracticeReview = NonNullable<Awaited<ReturnType<typeof getPracticeForReview>>>;

/** Submissions waiting for a coordinator, oldest first (the review queue's practice rows). */
export async function listPracticeSubmissions() {
  const rows = await db.practice.findMany({
    where: { status: "IN_REVIEW" },
    orderBy: [{ statusChangedAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      slug: true,
      sourceLocale: true,
      firstPublishedAt: true,
      statusChangedAt: true,
      statusChangedBy: { select: { name: true } },
      organisation: { select: { name: true } },
      translations: { select: { locale: true, title: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.translations.find((t) => t.locale === r.sourceLocale)?.title ?? r.slug,
    locale: r.sourceLocale,
    organisation: r.organisation.name,
    submittedBy: r.statusChangedBy?.name ?? null,
    submittedAt: r.statusChangedAt,
    /** Changes to a case study that is already published (else a first submission). */
    update: r.firstPublishedAt !== null,
  }));
}

export const countPracticeSubmissions = () => db.practice.count({ where: { status: "IN_REVIEW" } });

// ─── adoptions ──────────────────────────────────────────────────────────────────────────────

/** One adoption, for the member who started it (anyone else: null → 404). */
export async function getAdoption(id: string, userId: string, locale: string) {
  const a = await db.adoption.findFirst({
    where: { id, adopterId: userId },
    select: {
      id: true,
      libraryName: true,
      country: true,
      city: true,
      checklist: true,
      notes: true,
      plannedFor: true,
      status: true,
      outcomeStory: true,
      whatChanged: true,
      completedAt: true,
      createdAt: true,
      practice: {
        select: {
          slug: true,
          sourceLocale: true,
          firstPublishedAt: true,
          status: true,
          translations: { select: { locale: true, publishedTitle: true, publishedSummary: true, publishedAt: true } },
        },
      },
    },
  });
  if (!a) return null;
  const t = pick(a.practice.translations, locale, a.practice.sourceLocale);
  return {
    id: a.id,
    libraryName: a.libraryName,
    country: a.country,
    city: a.city,
    checklist: readChecklist(a.checklist),
    notes: a.notes,
    plannedFor: a.plannedFor ? a.plannedFor.toISOString().slice(0, 10) : "",
    status: a.status,
    outcomeStory: a.outcomeStory,
    whatChanged: a.whatChanged,
    completedAt: a.completedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    practice: {
      slug: a.practice.slug,
      title: t?.publishedTitle ?? a.practice.slug,
      locale: t?.locale ?? a.practice.sourceLocale,
      live: a.practice.firstPublishedAt !== null && a.practice.status !== "ARCHIVED",
    },
  };
}

export async function listMyAdoptions(userId: string, locale: string) {
  const rows = await db.adoption.findMany({
    where: { adopterId: userId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      status: true,
      checklist: true,
      plannedFor: true,
      createdAt: true,
      practice: {
        select: {
          slug: true,
          sourceLocale: true,
          translations: { select: { locale: true, publishedTitle: true, publishedSummary: true, publishedAt: true } },
        },
      },
    },
  });
  return rows.map((r) => {
    const items = readChecklist(r.checklist);
    const t = pick(r.practice.translations, locale, r.practice.sourceLocale);
    return {
      id: r.id,
      status: r.status,
      done: items.filter((i) => i.done).length,
      total: items.length,
      plannedFor: r.plannedFor ? r.plannedFor.toISOString().slice(0, 10) : null,
      practiceTitle: t?.publishedTitle ?? r.practice.slug,
      practiceLocale: t?.locale ?? r.practice.sourceLocale,
    };
  });
}

// ─── organisation pages ────────────────────────────────────────────────────────────────────

/** A public profile: the organisation, its published case studies and the adoptions its members made. */
export const getOrganisationProfile = cache(async (slug: string, locale: string) => {
  const org = await db.organisation.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, type: true, country: true, city: true, website: true, description: true, isPartner: true },
  });
  if (!org) return null;
  const [practices, adoptions] = await Promise.all([
    db.practice.findMany({
      where: { organisationId: org.id, ...livePracticeWhere },
      orderBy: [{ firstPublishedAt: "desc" }, { id: "asc" }],
      take: 100,
      select: cardSelect,
    }),
    db.adoption.findMany({
      where: { organisationId: org.id, practice: livePracticeWhere },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: {
        id: true,
        libraryName: true,
        city: true,
        country: true,
        status: true,
        whatChanged: true,
        createdAt: true,
        practice: {
          select: {
            slug: true,
            sourceLocale: true,
            translations: { select: { locale: true, publishedTitle: true, publishedSummary: true, publishedAt: true } },
          },
        },
      },
    }),
  ]);
  return {
    ...org,
    practices: practices.map((p) => toCard(p, locale)),
    adoptions: adoptions.map((a) => {
      const t = pick(a.practice.translations, locale, a.practice.sourceLocale);
      return {
        id: a.id,
        libraryName: a.libraryName,
        city: a.city,
        country: a.country,
        status: a.status,
        whatChanged: a.whatChanged,
        startedAt: a.createdAt.toISOString(),
        practice: { slug: a.practice.slug, title: t?.publishedTitle ?? a.practice.slug, locale: t?.locale ?? a.practice.sourceLocale },
      };
    }),
  };
});

// ─── figures for coordinators ──────────────────────────────────────────────────────────────

/** Published case studies and adoptions per country, submissions waiting: the dashboard's good-practice figures. */
export async function practiceFigures() {
  const [published, inReview, byCountry, adoptionsByStatus, adoptionsByCountry] = await Promise.all([
    db.practice.count({ where: livePracticeWhere }),
    db.practice.count({ where: { status: "IN_REVIEW" } }),
    db.practice.groupBy({
      by: ["publishedCountry"],
      where: livePracticeWhere,
      _count: { _all: true },
      orderBy: { publishedCountry: "asc" },
    }),
    db.adoption.groupBy({ by: ["status"], _count: { _all: true } }),
    db.adoption.groupBy({ by: ["country"], _count: { _all: true }, orderBy: { country: "asc" } }),
  ]);
  const status = { PLANNED: 0, DONE: 0, ADAPTED: 0, DROPPED: 0 };
  for (const row of adoptionsByStatus) status[row.status] = row._count._all;
  const countries = new Map<string, { practices: number; adoptions: number }>();
  for (const row of byCountry) if (row.publishedCountry) countries.set(row.publishedCountry, { practices: row._count._all, adoptions: 0 });
  for (const row of adoptionsByCountry) {
    const c = countries.get(row.country) ?? { practices: 0, adoptions: 0 };
    c.adoptions = row._count._all;
    countries.set(row.country, c);
  }
  return {
    published,
    inReview,
    adoptions: { total: status.PLANNED + status.DONE + status.ADAPTED + status.DROPPED, ...status },
    byCountry: [...countries]
      .map(([country, c]) => ({ country, ...c }))
      .sort((a, b) => b.practices - a.practices || a.country.localeCompare(b.country)),
  };
}

// ─── open data ─────────────────────────────────────────────────────────────────────────────

export const LICENCE = {
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

const openDataSelect = {
  ...readingSelect,
  _count: { select: { adoptions: { where: { status: { not: "DROPPED" } } } } },
} satisfies Prisma.PracticeSelect;

/** One case study as open data: stable field names, the published copy only, never the contact. */
export type OpenPractice = {
  id: string;
  slug: string;
  url: string;
  title: string;
  summary: string;
  language: string;
  sourceLanguage: string;
  availableLanguages: string[];
  organisation: { slug: string; name: string };
  libraryName: string;
  country: string;
  city: string;
  themes: string[];
  targetGroups: string[];
  languagesUsed: string[];
  periodStart: string | null;
  periodEnd: string | null;
  partnersInvolved: string;
  storyHtml: string;
  resourcesNeeded: string[];
  steps: string[];
  resultsAndImpact: string;
  lessonsLearned: string;
  adoptions: number;
  isExample: boolean;
  firstPublishedAt: string;
  updatedAt: string;
  licence: string;
};

function toOpen(p: Prisma.PracticeGetPayload<{ select: typeof openDataSelect }>, locale: string, appUrl: string): OpenPractice {
  const t = pick(p.translations, locale, p.sourceLocale);
  return {
    id: p.id,
    slug: p.slug,
    url: `${appUrl}/${t?.locale ?? p.sourceLocale}/practices/${p.slug}`,
    title: t?.publishedTitle ?? p.slug,
    summary: t?.publishedSummary ?? "",
    language: t?.locale ?? p.sourceLocale,
    sourceLanguage: p.sourceLocale,
    availableLanguages: p.translations.filter((x) => x.publishedAt).map((x) => x.locale),
    organisation: p.organisation,
    libraryName: p.publishedLibraryName ?? "",
    country: p.publishedCountry ?? "",
    city: p.publishedCity ?? "",
    themes: p.publishedThemes,
    targetGroups: p.publishedTargetGroups,
    languagesUsed: p.publishedLanguagesUsed,
    periodStart: dateToMonth(p.publishedPeriodStart) || null,
    periodEnd: dateToMonth(p.publishedPeriodEnd) || null,
    partnersInvolved: p.publishedPartners ?? "",
    storyHtml: t?.publishedStoryHtml ?? "",
    resourcesNeeded: lineItems(t?.publishedResources),
    steps: lineItems(t?.publishedSteps),
    resultsAndImpact: t?.publishedResults ?? "",
    lessonsLearned: t?.publishedLessons ?? "",
    adoptions: p._count.adoptions,
    isExample: p.isExample,
    firstPublishedAt: (p.firstPublishedAt ?? new Date(0)).toISOString(),
    updatedAt: (t?.publishedAt ?? p.publishedAt ?? new Date(0)).toISOString(),
    licence: LICENCE.id,
  };
}

async function openDataWhere(filter: PracticeFilter): Promise<Prisma.PracticeWhereInput> {
  if (!filter.q) return facetWhere(filter);
  let ids: string[];
  try {
    ids = await searchPracticeIds(filter.q);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "UNAVAILABLE")) throw error;
    ids = await plainTextIds(filter.q);
  }
  return { AND: [facetWhere(filter), { id: { in: ids } }] };
}

/** A page of the open data (newest first). */
export async function listOpenPractices(filter: PracticeFilter, opts: { perPage: number; locale: string; appUrl: string }) {
  const where = await openDataWhere(filter);
  const total = await db.practice.count({ where });
  const rows = await db.practice.findMany({
    where,
    select: openDataSelect,
    orderBy: [{ firstPublishedAt: "desc" }, { id: "asc" }],
    skip: (filter.page - 1) * opts.perPage,
    take: opts.perPage,
  });
  return { total, items: rows.map((r) => toOpen(r, opts.locale, opts.appUrl)) };
}

/** Every matching case study, in batches, for the CSV export (streamed: memory stays flat). */
export async function* allOpenPractices(filter: PracticeFilter, opts: { locale: string; appUrl: string }): AsyncGenerator<OpenPractice[]> {
  const where = await openDataWhere(filter);
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.practice.findMany({
      where,
      select: openDataSelect,
      orderBy: { id: "asc" },
      take: 200,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (rows.length === 0) return;
    yield rows.map((r) => toOpen(r, opts.locale, opts.appUrl));
    cursor = rows[rows.length - 1]?.id;
  }
}

export { FACETS };

/** Every organisation with its number of published case studies (the /organisations index). */
export const listOrganisationProfiles = cache(async () => {
  const orgs = await db.organisation.findMany({
    orderBy: [{ isPartner: "desc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      type: true,
      country: true,
      city: true,
      isPartner: true,
      _count: { select: { practices: { where: livePracticeWhere } } },
    },
  });
  return orgs.map(({ _count, ...o }) => ({ ...o, practices: _count.practices }));
});

// ─── notifications ─────────────────────────────────────────────────────────────────────────

export type PracticeNotice = {
  slug: string;
  title: string;
  /** Adoption notices: the adopting library and its outcome. */
  library: string;
  status: string;
};

/** What the notifications page shows for case-study notices (by notification id), in the reader's language. */
export async function practiceNotices(userId: string, ids: string[], locale: string): Promise<Map<string, PracticeNotice>> {
  if (ids.length === 0) return new Map();
  const rows = await db.notification.findMany({
    where: { id: { in: ids }, userId, practiceId: { not: null } },
    select: {
      id: true,
      data: true,
      practice: {
        select: { slug: true, sourceLocale: true, translations: { select: { locale: true, title: true, publishedTitle: true } } },
      },
    },
  });
  const out = new Map<string, PracticeNotice>();
  for (const r of rows) {
    if (!r.practice) continue;
    const t =
      r.practice.translations.find((x) => x.locale === locale) ??
      r.practice.translations.find((x) => x.locale === r.practice?.sourceLocale);
    const data = (r.data && typeof r.data === "object" && !Array.isArray(r.data) ? r.data : {}) as Record<string, unknown>;
    out.set(r.id, {
      slug: r.practice.slug,
      title: t?.publishedTitle ?? t?.title ?? r.practice.slug,
      library: typeof data.library === "string" ? data.library : "",
      status: typeof data.status === "string" ? data.status : "",
    });
  }
  return out;
}
