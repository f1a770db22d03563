import { randomBytes } from "node:crypto";
import type { AdoptionStatus, PracticeStatus, Prisma } from "../lib/generated/prisma/client";
import { buildChecklist } from "../lib/practices/content";
import { SEARCH_TYPE } from "../lib/practices/search-type";
import type { ScriptClient } from "./client";

// Case studies and adoptions for prisma/seed-practices.ts and the tests, written the way the app
// writes them (working copy, published copy when published, a revision, the search outbox row).
// No server-only imports: Playwright loads this file too. Stories given as paragraphs are turned
// into the editor's JSON and escaped HTML here; the seed passes documents it rendered itself.

export type StoryContent = { json: unknown; html: string; text: string };

export type PracticeTexts = {
  title: string;
  summary?: string;
  /** Plain paragraphs, or a document rendered by lib/rich-text (the seed). */
  story?: string[] | StoryContent;
  resources?: string[];
  steps?: string[];
  results?: string;
  lessons?: string;
};

export type PracticeInput = PracticeTexts & {
  organisationSlug: string;
  slug?: string;
  sourceLocale?: string;
  status?: PracticeStatus;
  /** Published copy present (default: status PUBLISHED, or ARCHIVED). */
  published?: boolean;
  isExample?: boolean;
  createdById?: string | null;
  country?: string;
  city?: string;
  libraryName?: string;
  themes?: string[];
  targetGroups?: string[];
  languagesUsed?: string[];
  /** "2024-03" */
  periodStart?: string | null;
  periodEnd?: string | null;
  partnersInvolved?: string;
  contactName?: string;
  contactEmail?: string;
  /** Other languages, published with the source when it is. */
  translations?: Record<string, PracticeTexts>;
  publishedAt?: Date;
};

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function paragraphsToStory(paragraphs: string[]): StoryContent {
  const list = paragraphs.length > 0 ? paragraphs : [""];
  return {
    json: {
      type: "doc",
      content: list.map((p) => (p ? { type: "paragraph", content: [{ type: "text", text: p }] } : { type: "paragraph" })),
    },
    html: list.map((p) => `<p>${escapeHtml(p)}</p>`).join(""),
    text: list.join("\n"),
  };
}

function storyOf(story: PracticeTexts["story"]): StoryContent {
  if (!story) return paragraphsToStory([]);
  return Array.isArray(story) ? paragraphsToStory(story) : story;
}

const month = (m: string | null | undefined) => (m ? new Date(`${m}-01T00:00:00Z`) : null);
const unique = () => randomBytes(4).toString("hex");

function translationData(texts: PracticeTexts, published: boolean, now: Date, sourceVersion: number | null) {
  const story = storyOf(texts.story);
  const resources = (texts.resources ?? []).join("\n");
  const steps = (texts.steps ?? []).join("\n");
  const working = {
    title: texts.title,
    summary: texts.summary ?? "",
    storyJson: story.json as Prisma.InputJsonValue,
    storyHtml: story.html,
    resources,
    steps,
    results: texts.results ?? "",
    lessons: texts.lessons ?? "",
    version: 1,
    sourceVersion,
  };
  return {
    ...working,
    ...(published
      ? {
          publishedTitle: working.title,
          publishedSummary: working.summary,
          publishedStoryHtml: story.html,
          publishedStoryText: story.text,
          publishedResources: resources,
          publishedSteps: steps,
          publishedResults: working.results,
          publishedLessons: working.lessons,
          publishedVersion: 1,
          publishedAt: now,
        }
      : {}),
  };
}

/** Creates a case study (published when its status says so) with its translations. */
export async function createPractice(db: ScriptClient, input: PracticeInput) {
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { slug: input.organisationSlug },
    select: { id: true, country: true },
  });
  const status = input.status ?? "PUBLISHED";
  const published = input.published ?? (status === "PUBLISHED" || status === "ARCHIVED");
  const now = input.publishedAt ?? new Date();
  const sourceLocale = input.sourceLocale ?? "en";
  const facts = {
    country: input.country ?? organisation.country,
    city: input.city ?? "",
    libraryName: input.libraryName ?? "",
    themes: input.themes ?? [],
    targetGroups: input.targetGroups ?? [],
    languagesUsed: input.languagesUsed ?? [],
    periodStart: month(input.periodStart),
    periodEnd: month(input.periodEnd),
    partnersInvolved: input.partnersInvolved ?? "",
    contactName: input.contactName ?? "",
    contactEmail: input.contactEmail ?? "",
  };
  return db.$transaction(async (tx) => {
    const practice = await tx.practice.create({
      data: {
        slug: input.slug ?? `practice-${unique()}`,
        organisationId: organisation.id,
        status,
        sourceLocale,
        isExample: input.isExample ?? false,
        createdById: input.createdById ?? null,
        statusChangedById: input.createdById ?? null,
        ...facts,
        ...(published
          ? {
              firstPublishedAt: now,
              publishedAt: now,
              publishedCountry: facts.country,
              publishedCity: facts.city,
              publishedLibraryName: facts.libraryName,
              publishedThemes: facts.themes,
              publishedTargetGroups: facts.targetGroups,
              publishedLanguagesUsed: facts.languagesUsed,
              publishedPeriodStart: facts.periodStart,
              publishedPeriodEnd: facts.periodEnd,
              publishedPartners: facts.partnersInvolved,
              publishedContactName: facts.contactName,
              publishedContactEmail: facts.contactEmail,
            }
          : {}),
      },
      select: { id: true, slug: true },
    });
    const languages: [string, PracticeTexts][] = [[sourceLocale, input], ...Object.entries(input.translations ?? {})];
    for (const [locale, texts] of languages) {
      const data = translationData(texts, published, now, locale === sourceLocale ? null : 1);
      await tx.practiceTranslation.create({ data: { ...data, practiceId: practice.id, locale, updatedById: input.createdById ?? null } });
      await tx.practiceRevision.create({
        data: {
          practiceId: practice.id,
          locale,
          version: 1,
          kind: published ? "publish" : "save",
          authorId: input.createdById ?? null,
          snapshot: {
            title: data.title,
            summary: data.summary,
            story: data.storyJson,
            resources: data.resources,
            steps: data.steps,
          } as Prisma.InputJsonValue,
        },
      });
    }
    if (published) await tx.searchOutbox.create({ data: { entityType: SEARCH_TYPE, entityId: practice.id } });
    return practice;
  });
}

export type AdoptionInput = {
  practiceId: string;
  adopterId: string | null;
  organisationSlug?: string | null;
  libraryName: string;
  country: string;
  city?: string;
  status?: AdoptionStatus;
  whatChanged?: string;
  outcomeStory?: string;
  notes?: string;
  /** Checked-off items, by position in the checklist. */
  done?: number;
};

/** An adoption with the checklist the app would build from the practice's published copy. */
export async function createAdoption(db: ScriptClient, input: AdoptionInput) {
  const practice = await db.practice.findUniqueOrThrow({
    where: { id: input.practiceId },
    select: { sourceLocale: true, translations: { select: { locale: true, publishedResources: true, publishedSteps: true } } },
  });
  const t = practice.translations.find((x) => x.locale === practice.sourceLocale);
  const checklist = buildChecklist(t?.publishedResources, t?.publishedSteps).map((item, i) => ({ ...item, done: i < (input.done ?? 0) }));
  const organisation = input.organisationSlug
    ? await db.organisation.findUniqueOrThrow({ where: { slug: input.organisationSlug }, select: { id: true } })
    : null;
  const status = input.status ?? "PLANNED";
  return db.adoption.create({
    data: {
      practiceId: input.practiceId,
      adopterId: input.adopterId,
      organisationId: organisation?.id ?? null,
      libraryName: input.libraryName,
      country: input.country,
      city: input.city ?? "",
      checklist: checklist as unknown as Prisma.InputJsonValue,
      notes: input.notes ?? "",
      status,
      whatChanged: input.whatChanged ?? "",
      outcomeStory: input.outcomeStory ?? "",
      completedAt: status === "PLANNED" ? null : new Date(),
    },
    select: { id: true },
  });
}
