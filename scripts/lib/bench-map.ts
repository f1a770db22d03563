// Initiatives for `npm run bench`: N generated, published initiatives (slugs "bench-initiative-…",
// kept between runs) spread over the partner countries, one in ten sensitive, all verified
// recently (so the hourly overdue round has nothing to flag). No search outbox rows: bench.ts
// rebuilds the index from PostgreSQL when it differs. Imports lib/ (server-only): import this
// file dynamically, after DATABASE_URL is set, under `tsx --conditions=react-server`.
import { db } from "../../lib/db";
import type { Prisma } from "../../lib/generated/prisma/client";
import { publicPlace } from "../../lib/initiatives/geo";
import { initiativeSearchSource } from "../../lib/initiatives/search-source";
import { INITIATIVE_TYPES, TARGET_GROUPS } from "../../lib/initiatives/vocabulary";
import { progressBar } from "./progress";
import { FriendlyError, isStopping, type Log } from "./ui";

const PREFIX = "bench-initiative-";
const BATCH = 1000;

// Towns of the six partner countries; generated places scatter up to ~20 km around them.
const TOWNS: [string, string, number, number][] = [
  ["FR", "Paris", 48.8566, 2.3522],
  ["FR", "Lyon", 45.764, 4.8357],
  ["FR", "Marseille", 43.2965, 5.3698],
  ["IT", "Rome", 41.9028, 12.4964],
  ["IT", "Milan", 45.4642, 9.19],
  ["IT", "Naples", 40.8518, 14.2681],
  ["LV", "Riga", 56.9496, 24.1052],
  ["LV", "Sigulda", 57.1537, 24.8597],
  ["PL", "Warsaw", 52.2297, 21.0122],
  ["PL", "Kraków", 50.0647, 19.945],
  ["RO", "Bucharest", 44.4268, 26.1025],
  ["RO", "Cluj-Napoca", 46.7712, 23.6236],
  ["NL", "Amsterdam", 52.3676, 4.9041],
  ["NL", "Rotterdam", 51.9244, 4.4777],
];
const LANGS = ["en", "fr", "it", "lv", "pl", "ro", "nl", "uk", "ar", "ru"];

/** A deterministic pseudo-random number in [0, 1) for the i-th initiative (same data every run). */
const rand = (i: number, salt: number) => {
  const x = Math.sin(i * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
};

function generated(i: number): Prisma.InitiativeCreateManyInput {
  const [country, city, lat0, lng0] = TOWNS[i % TOWNS.length] as (typeof TOWNS)[number];
  const lat = lat0 + (rand(i, 1) - 0.5) * 0.36;
  const lng = lng0 + (rand(i, 2) - 0.5) * 0.56;
  const sensitive = i % 10 === 0;
  const address = `Bench street ${i}`;
  const type = INITIATIVE_TYPES[i % INITIATIVE_TYPES.length] as (typeof INITIATIVE_TYPES)[number];
  return {
    slug: `${PREFIX}${String(i).padStart(6, "0")}`,
    name: `Bench initiative ${i}`,
    type,
    status: "PUBLISHED",
    hostName: `Bench library ${i % 500}`,
    country,
    city,
    address,
    lat,
    lng,
    sensitive,
    ...publicPlace({ lat, lng, address, sensitive }),
    languages: [LANGS[i % LANGS.length] as string, LANGS[(i + 3) % LANGS.length] as string],
    targetGroups: [TARGET_GROUPS[i % TARGET_GROUPS.length] as string],
    schedule: "Tuesdays 17:00–19:00",
    description: "Generated for the benchmark.",
    lang: "en",
    lastVerifiedAt: new Date(),
    publishedAt: new Date(),
  };
}

export type MapPrep = { count: number; created: number; deleted: number; ms: number };

/** Exactly `count` bench initiatives in the database (creates the missing, deletes the extra). */
export async function syncBenchInitiatives(count: number, log: Log): Promise<MapPrep> {
  const t0 = Date.now();
  const existing = await db.initiative.count({ where: { slug: { startsWith: PREFIX } } });
  let deleted = 0;
  if (existing > count) {
    deleted = (
      await db.initiative.deleteMany({ where: { slug: { startsWith: PREFIX, gte: `${PREFIX}${String(count).padStart(6, "0")}` } } })
    ).count;
  }
  let created = 0;
  if (existing < count) {
    const bar = progressBar("Generating bench initiatives", "initiatives");
    try {
      for (let from = 0; from < count; from += BATCH) {
        if (isStopping()) throw new FriendlyError("Interrupted.");
        const data = Array.from({ length: Math.min(BATCH, count - from) }, (_, k) => generated(from + k));
        created += (await db.initiative.createMany({ data, skipDuplicates: true })).count;
        bar.update(Math.min(from + BATCH, count), count, created / Math.max((Date.now() - t0) / 1000, 0.001));
      }
    } finally {
      bar.end();
    }
  }
  if (created > 0 || deleted > 0) log(`Bench initiatives: ${created} created, ${deleted} removed.`);
  return { count, created, deleted, ms: Date.now() - t0 };
}

/** Search documents of the initiatives (published ones): they share the index with pages and posts. */
export const initiativeSearchDocuments = () => initiativeSearchSource.estimate?.() ?? Promise.resolve(0);
export const disconnect = () => db.$disconnect();
