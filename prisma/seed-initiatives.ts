import { createInitiative } from "./factories";
import type { ScriptClient } from "./client";
import { EXAMPLE_INITIATIVES } from "./seed-content/initiatives";

// Demo content (seeded with the demo accounts only): the examples are created once, queued for the
// search index, and left alone afterwards (partners may edit them). The demo librarian's suggestion
// gives the coordinators' review queue an example.

const DEMO_SUGGESTION = {
  slug: "gruppo-di-conversazione-genova",
  name: "Gruppo di conversazione del sabato",
  type: "LANGUAGE_CAFE" as const,
  hostName: "Biblioteca Berio",
  country: "IT",
  city: "Genoa",
  address: "Via del Seminario 16",
  lat: 44.4041,
  lng: 8.9373,
  languages: ["it", "en", "uk"],
  targetGroups: ["ADULTS"],
  schedule: "Sabato 10:00 – 11:30",
  lang: "it",
  description: "Un gruppo di conversazione in italiano che ho scoperto in biblioteca: lo propongo per la mappa.",
};

function monthsAgo(months: number): Date {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export async function seedInitiatives(db: ScriptClient): Promise<{ created: number; total: number }> {
  const existing = new Set(
    (await db.initiative.findMany({ where: { slug: { in: EXAMPLE_INITIATIVES.map((e) => e.slug) } }, select: { slug: true } })).map(
      (r) => r.slug,
    ),
  );
  let created = 0;
  for (const [i, example] of EXAMPLE_INITIATIVES.entries()) {
    const { monthsAgo: months = 1 + (i % 5), ...input } = example;
    const isNew = !existing.has(example.slug);
    if (!isNew) continue;
    await createInitiative(db, { ...input, status: "PUBLISHED", isExample: true, lastVerifiedAt: monthsAgo(months), index: true });
    created++;
    process.stdout.write(`\rExample initiatives: ${i + 1}/${EXAMPLE_INITIATIVES.length}`);
  }
  if (created > 0) process.stdout.write("\n");
  const librarian = await db.user.findUnique({ where: { email: "librarian@demo.e-panema.eu" }, select: { id: true } });
  if (librarian && !(await db.initiative.findUnique({ where: { slug: DEMO_SUGGESTION.slug }, select: { id: true } }))) {
    await createInitiative(db, { ...DEMO_SUGGESTION, status: "SUGGESTED", suggestedById: librarian.id, isExample: true });
  }
  return { created, total: EXAMPLE_INITIATIVES.length };
}
