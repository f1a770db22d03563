// Case studies for `npm run bench`: N generated, published practices (slugs "bench-practice-0001"…),
// spread over the partner organisations, the six partner countries and every theme, so that the
// list with two facets selected filters a realistic share of them. Created once in the bench
// database and reused; the count is topped up or trimmed to N. Imports lib/ modules (env read once,
// "server-only"): import this file dynamically, after DATABASE_URL is set, under
// `tsx --conditions=react-server`.
import { db } from "../../lib/db";
import type { Prisma } from "../../lib/generated/prisma/client";
import { practiceSearchSource } from "../../lib/practices/search-source";
import { TARGET_GROUPS, THEMES } from "../../lib/practices/vocabulary";
import { htmlToRichText, renderRichText } from "../../lib/rich-text/render";
import { progressBar } from "./progress";
import { FriendlyError, isStopping, type Log } from "./ui";

const PREFIX = "bench-practice-";
const BATCH = 200;
const COUNTRIES = ["FR", "IT", "LV", "PL", "RO", "NL"] as const;
const LANGUAGES = ["uk", "ar", "fa", "ru", "ti", "so", "en", "fr"] as const;

// No word of the search targets' terms (bench.ts SEARCH_TERMS): a rebuilt index holds these too.
const STORY_HTML =
  "<h2>How it started</h2><p>Generated case study for the benchmark. It stands for an ordinary story of a few paragraphs, the same in every generated practice.</p><ul><li><p>Weekly sessions</p></li><li><p>Small groups</p></li></ul><p>Partners and newcomers run it together.</p>";

export type PracticePrep = { count: number; created: number; deleted: number; ms: number };

const slugOf = (i: number) => `${PREFIX}${String(i).padStart(4, "0")}`;

/** Makes exactly `count` generated practices exist (numbered 1..count), with a progress bar. */
export async function syncBenchPractices(count: number, log: Log): Promise<PracticePrep> {
  const t0 = Date.now();
  const organisations = await db.organisation.findMany({ where: { isPartner: true }, orderBy: { slug: "asc" }, select: { id: true } });
  if (organisations.length === 0) {
    throw new FriendlyError("The bench database has no partner organisations: run with SEED=always to seed them (prisma/seed.ts).");
  }
  const existing = new Set(
    (await db.practice.findMany({ where: { slug: { startsWith: PREFIX } }, select: { slug: true } })).map((p) => p.slug),
  );
  const extra = [...existing].filter((slug) => Number(slug.slice(PREFIX.length)) > count);
  let deleted = 0;
  if (extra.length > 0) {
    deleted = (await db.practice.deleteMany({ where: { slug: { in: extra } } })).count;
    log(`Practices: removed ${deleted} generated case studies beyond --practices ${count}.`);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !existing.has(slugOf(i)));
  if (missing.length === 0) return { count, created: 0, deleted, ms: Date.now() - t0 };

  // Rendered once, as the app stores a published story (sanitised HTML and plain text).
  const story = renderRichText(htmlToRichText(STORY_HTML));
  const publishedAt = new Date();
  const bar = progressBar("Generating case studies", "practices");
  const started = Date.now();
  let created = 0;
  try {
    for (let from = 0; from < missing.length; from += BATCH) {
      if (isStopping()) throw new FriendlyError("Interrupted.");
      const batch = missing.slice(from, from + BATCH);
      const rows = batch.map((i) => {
        const country = COUNTRIES[i % COUNTRIES.length] as string;
        const themes = [...new Set([THEMES[i % THEMES.length], THEMES[(i * 3 + 1) % THEMES.length]])] as string[];
        const groups = [TARGET_GROUPS[i % TARGET_GROUPS.length], TARGET_GROUPS[(i + 3) % TARGET_GROUPS.length]] as string[];
        const languages = [LANGUAGES[i % LANGUAGES.length], LANGUAGES[(i + 1) % LANGUAGES.length]] as string[];
        const facts = {
          country,
          city: "Bench town",
          libraryName: `Bench library ${i % 50}`,
          themes,
          targetGroups: groups,
          languagesUsed: languages,
          periodStart: new Date(Date.UTC(2020 + (i % 5), i % 12, 1)),
          partnersInvolved: "Generated partners",
        };
        return {
          slug: slugOf(i),
          organisationId: (organisations[i % organisations.length] as { id: string }).id,
          status: "PUBLISHED" as const,
          sourceLocale: "en",
          isExample: true,
          ...facts,
          firstPublishedAt: new Date(publishedAt.getTime() - i * 60_000),
          publishedAt,
          publishedCountry: facts.country,
          publishedCity: facts.city,
          publishedLibraryName: facts.libraryName,
          publishedThemes: facts.themes,
          publishedTargetGroups: facts.targetGroups,
          publishedLanguagesUsed: facts.languagesUsed,
          publishedPeriodStart: facts.periodStart,
          publishedPartners: facts.partnersInvolved,
        } satisfies Prisma.PracticeCreateManyInput;
      });
      // No search outbox rows: 1,000 rows would keep the app's indexer busy during the measurements
      // (bench.ts rebuilds the index from PostgreSQL when the search target runs).
      await db.$transaction(
        async (tx) => {
          const practices = await tx.practice.createManyAndReturn({ data: rows, select: { id: true, slug: true } });
          const texts = {
            summary: "A generated case study: weekly sessions in small groups, run with partners.",
            resources: "A room\nTwo volunteers\nTea",
            steps: "Find partners\nAnnounce it\nRun the first session",
            results: "Generated results.",
            lessons: "Generated lessons.",
          };
          await tx.practiceTranslation.createMany({
            data: practices.map((p) => ({
              practiceId: p.id,
              locale: "en",
              title: `Bench practice ${p.slug.slice(PREFIX.length)}`,
              ...texts,
              storyJson: story.json as Prisma.InputJsonValue,
              storyHtml: story.html,
              publishedTitle: `Bench practice ${p.slug.slice(PREFIX.length)}`,
              publishedSummary: texts.summary,
              publishedStoryHtml: story.html,
              publishedStoryText: story.text,
              publishedResources: texts.resources,
              publishedSteps: texts.steps,
              publishedResults: texts.results,
              publishedLessons: texts.lessons,
              publishedVersion: 1,
              publishedAt,
            })),
          });
          created += practices.length;
        },
        { timeout: 120_000, maxWait: 60_000 },
      ); // a busy machine: one batch may take seconds
      bar.update(created, missing.length, created / Math.max((Date.now() - started) / 1000, 0.001));
    }
  } finally {
    bar.end();
  }
  return { count, created, deleted, ms: Date.now() - t0 };
}

/** Search documents of case studies (one per published translation): they share the index. */
export const practiceSearchDocuments = () => practiceSearchSource.estimate?.() ?? Promise.resolve(0);
export const disconnect = () => db.$disconnect();
