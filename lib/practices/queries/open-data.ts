import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dateToMonth, lineItems } from "@/lib/practices/content";
import type { PracticeFilter } from "@/lib/practices/schemas";
import { searchPracticeIds } from "./list";
import { facetWhere, pick, plainTextIds, readingSelect } from "./shared";

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
