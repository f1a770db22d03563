import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { livePracticeWhere } from "@/lib/practices/policy";
import type { Facet, PracticeFilter } from "@/lib/practices/schemas";

// What several readers of case studies share: a translation's state, the reader's language of a
// case study, its card, the facet filter, the plain-text fallback and the reading select.

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

export type PublishedText = { locale: string; publishedTitle: string | null; publishedSummary: string | null; publishedAt: Date | null };

/** The reader's language when the case study is published in it, else its source language. */
export function pick<T extends PublishedText>(translations: T[], locale: string, sourceLocale: string): T | undefined {
  const live = translations.filter((t) => t.publishedAt);
  return live.find((t) => t.locale === locale) ?? live.find((t) => t.locale === sourceLocale) ?? live[0];
}

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

export const cardSelect = {
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

export function toCard(p: Prisma.PracticeGetPayload<{ select: typeof cardSelect }>, locale: string): PracticeCard {
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

export function facetWhere(filter: PracticeFilter, except?: Facet): Prisma.PracticeWhereInput {
  const and: Prisma.PracticeWhereInput[] = [livePracticeWhere];
  if (except !== "country" && filter.country.length) and.push({ publishedCountry: { in: filter.country } });
  if (except !== "theme" && filter.theme.length) and.push({ publishedThemes: { hasSome: filter.theme } });
  if (except !== "group" && filter.group.length) and.push({ publishedTargetGroups: { hasSome: filter.group } });
  if (except !== "lang" && filter.lang.length) and.push({ publishedLanguagesUsed: { hasSome: filter.lang } });
  if (except !== "org" && filter.org.length) and.push({ organisation: { slug: { in: filter.org } } });
  return { AND: and };
}

/** Without the search engine: the words as they are, in titles, summaries and stories. */
export async function plainTextIds(q: string): Promise<string[]> {
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

export const readingSelect = {
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
