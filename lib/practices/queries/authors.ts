import "server-only";
import type { CurrentUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { locales } from "@/lib/i18n/locales";
import { dateToMonth } from "@/lib/practices/content";
import { canReview, writableWhere } from "@/lib/practices/policy";
import { REVIEW_FIELDS, type ReviewField } from "@/lib/practices/schemas";
import { translationState, type TranslationState } from "./shared";

// ─── authors: their organisation's case studies ────────────────────────────────────────────

export type OwnPracticeRow = {
  slug: string;
  title: string;
  status: string;
  live: boolean;
  updatedAt: string;
  openComments: number;
};

/** "Our case studies": the member's organisation (none: they cannot write yet) and its case studies. */
export type OwnPractices = { organisation: string | null; rows: OwnPracticeRow[] };

/** What "Our case studies" shows (GET /api/practices/mine: the page is a shell every member shares). */
export async function ownPractices(user: CurrentUser): Promise<OwnPractices> {
  if (!user.organisationId) return { organisation: null, rows: [] };
  return { organisation: user.organisationName ?? "", rows: await listOwnPractices(user) };
}

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
