import { htmlToRichText, renderRichText } from "../lib/rich-text/render";
import type { ScriptClient } from "./client";
import { createAdoption, createPractice, createReviewComment, type PracticeTexts } from "./factories";
import { DEMO_PARTNER_PRACTICES, SEED_PRACTICES, type SeedPractice, type SeedPracticeTexts } from "./seed-content/practices";

// Loaded by prisma/seed.ts under `tsx --conditions=react-server` (lib/rich-text is server-only).
// Creates each example case study once (by slug), published and labelled as an example; existing
// ones are left alone, so edits made on the platform are never overwritten by a later seed.

function texts(t: SeedPracticeTexts): PracticeTexts {
  const rendered = renderRichText(htmlToRichText(t.story));
  return { ...t, story: { json: rendered.json, html: rendered.html, text: rendered.text } };
}

function input(seed: SeedPractice) {
  const { en, lv, fr, slug, organisationSlug, ...facts } = seed;
  return {
    ...facts,
    ...texts(en),
    slug,
    organisationSlug,
    sourceLocale: "en",
    isExample: true,
    translations: { ...(lv ? { lv: texts(lv) } : {}), ...(fr ? { fr: texts(fr) } : {}) },
  };
}

/** Example adoptions (libraries outside the platform, shown on the practices' pages). */
const EXAMPLE_ADOPTIONS = [
  {
    practice: "latvian-conversation-cafe",
    libraryName: "Central library",
    country: "LV",
    city: "Liepāja",
    status: "ADAPTED" as const,
    whatChanged: "Fortnightly instead of weekly, and one table for parents with small children.",
    outcomeStory: "Thirty people came in the first three months; the parents' table was the most popular.",
    done: 11,
  },
  {
    practice: "homework-club-for-newly-arrived-pupils",
    libraryName: "Biblioteca comunale",
    country: "IT",
    city: "Bergamo",
    status: "PLANNED" as const,
    done: 3,
  },
  {
    practice: "job-club-cvs-and-interview-practice",
    libraryName: "County library",
    country: "RO",
    city: "Cluj-Napoca",
    status: "DONE" as const,
    whatChanged: "",
    outcomeStory: "Two four-week cycles with twenty participants; HR volunteers came from a local software company.",
    done: 10,
  },
];

export async function seedPractices(db: ScriptClient, withDemo: boolean) {
  let created = 0;
  const examples = [...SEED_PRACTICES];
  for (const [i, seed] of examples.entries()) {
    process.stdout.write(`\rCase studies: ${i + 1}/${examples.length}`);
    if (await db.practice.findUnique({ where: { slug: seed.slug }, select: { id: true } })) continue;
    // One transaction per case study: an interrupted seed leaves none half-written.
    await db.$transaction((tx) => createPractice(tx, { ...input(seed), status: "PUBLISHED" }));
    created++;
  }
  process.stdout.write("\n");
  if (created > 0) {
    for (const a of EXAMPLE_ADOPTIONS) {
      const practice = await db.practice.findUniqueOrThrow({ where: { slug: a.practice }, select: { id: true } });
      await createAdoption(db, { ...a, practiceId: practice.id, adopterId: null });
    }
  }

  if (withDemo) {
    const partner = await db.user.findUnique({ where: { email: "partner@demo.e-panema.eu" }, select: { id: true } });
    const coordinator = await db.user.findUnique({ where: { email: "coordinator@demo.e-panema.eu" }, select: { id: true } });
    const librarian = await db.user.findUnique({ where: { email: "librarian@demo.e-panema.eu" }, select: { id: true } });
    for (const seed of DEMO_PARTNER_PRACTICES) {
      if (!partner || (await db.practice.findUnique({ where: { slug: seed.slug }, select: { id: true } }))) continue;
      const practice = await db.$transaction((tx) =>
        createPractice(tx, {
          ...input(seed),
          isExample: true,
          status: seed.status,
          published: false,
          createdById: partner.id,
        }),
      );
      for (const c of seed.comments ?? []) {
        await createReviewComment(db, { practiceId: practice.id, field: c.field, body: c.body, authorId: coordinator?.id ?? null });
      }
      if (seed.status === "CHANGES_REQUESTED" && coordinator) {
        await db.practice.update({ where: { id: practice.id }, data: { statusChangedById: coordinator.id } });
        await db.notification.create({
          data: {
            userId: partner.id,
            kind: "PRACTICE_CHANGES_REQUESTED",
            actorId: coordinator.id,
            practiceId: practice.id,
            data: { comments: seed.comments?.length ?? 0 },
          },
        });
      }
      created++;
    }
    // The demo librarian is planning to adopt the conversation café in her library.
    const cafe = await db.practice.findUnique({ where: { slug: "latvian-conversation-cafe" }, select: { id: true } });
    if (librarian && cafe && !(await db.adoption.count({ where: { adopterId: librarian.id } }))) {
      await createAdoption(db, {
        practiceId: cafe.id,
        adopterId: librarian.id,
        libraryName: "Biblioteca civica",
        country: "IT",
        city: "Bologna",
        notes: "Ask the Italian-Ukrainian association for two hosts.",
        done: 2,
      });
    }
  }
  return created;
}
