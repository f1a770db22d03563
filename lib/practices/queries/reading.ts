import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { lineItems } from "@/lib/practices/content";
import { can } from "@/lib/auth/permissions";
import { canAdopt, canSeeContact, isAuthor, livePracticeWhere, type PracticeActor } from "@/lib/practices/policy";
import { cardSelect, readingSelect, toCard, translationState, type PracticeCard } from "./shared";

// ─── one case study, for readers ────────────────────────────────────────────────────────────

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

// ─── one member's part of a case study's page ───────────────────────────────────────────────

/**
 * What one member sees on a case study's page beyond the copy every member shares (decision 013):
 * the page comes from the cache, and this from GET /api/practices/:slug/viewer.
 */
export type PracticeViewer = {
  /** They write for its organisation: the edit link. */
  author: boolean;
  /** Their adoption of it, if they started one ("Continue your adoption"). */
  adoptionId: string | null;
  /** They may start adopting it: another organisation's case study, and the permission. */
  canAdopt: boolean;
  /** They may adopt case studies at all (else the box offers them nothing). */
  adopter: boolean;
};

export async function practiceViewer(user: PracticeActor, practice: { id: string; organisationId: string }): Promise<PracticeViewer> {
  const mine = await myAdoptionOf(practice.id, user.id);
  return {
    author: isAuthor(user, practice),
    adoptionId: mine?.id ?? null,
    canAdopt: canAdopt(user, practice),
    adopter: can(user, "practices.adopt"),
  };
}

/** The same for a live case study by its address; null when readers cannot see it. */
export async function practiceViewerAt(user: PracticeActor, slug: string): Promise<PracticeViewer | null> {
  const practice = await db.practice.findFirst({ where: { slug, ...livePracticeWhere }, select: { id: true, organisationId: true } });
  return practice ? practiceViewer(user, practice) : null;
}
