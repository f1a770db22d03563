import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { livePracticeWhere } from "@/lib/practices/policy";
import { cardSelect, pick, toCard } from "./shared";

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
