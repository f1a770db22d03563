// `npm run bench -- --docs N`: N generated, published knowledge pages (slugs "bench-doc-0000000"…)
// in the bench database, then the search index rebuilt from PostgreSQL. Imports lib/ modules,
// which read the environment once (lib/env.ts) and start with `import "server-only"`: import this
// file dynamically, after DATABASE_URL / MEILI_* are set, under `tsx --conditions=react-server`.
import type { JSONContent } from "@tiptap/core";
import { db } from "../../lib/db";
import { slugifyHeading } from "../../lib/rich-text/render";
import { defaultSearchTarget, isApiError } from "../../lib/search/client";
import { reindex } from "../../lib/search/reindex";
import { searchSources } from "../../lib/search/registry";
import "../../lib/search/sources";
import { waitUntil } from "./proc";
import { progressBar } from "./progress";
import { FriendlyError, isStopping, type Log } from "./ui";

export const BENCH_DOC_PREFIX = "bench-doc-";
const BATCH = 1000;
const SECTIONS = ["METHODOLOGY", "STRATEGY", "GUIDES", "TOOLS"] as const;
const nf = new Intl.NumberFormat("en");

// ── Text ─────────────────────────────────────────────────────────────────────────────────────
// Deterministic (page i always gets the same text), with a frequent core vocabulary of the
// domain and a long tail: invented town and person names, languages, rarer terms.
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rand = ReturnType<typeof rng>;
/** Skewed towards the start of the list (common words), with a tail. */
const pick = <T>(r: Rand, list: readonly T[], skew = 1.6): T => list[Math.floor(list.length * r() ** skew)] as T;
const between = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Comma-separated words and phrases. */
const words = (list: string) =>
  list
    .split(",")
    .map((w) => w.trim())
    .filter(Boolean);

const SUBJECTS = words(`
  library staff, volunteers, the welcome team, newcomers, families who have just arrived, young people,
  partner organisations, the municipality, local schools, social workers, interpreters, adult learners,
  refugee-led associations, branch managers, front-desk colleagues, parents, teachers, mentors,
  the outreach librarian, community leaders, job centres, health mediators, students, retired readers,
  the regional network, cultural mediators, youth workers, coordinators, neighbourhood groups,
  trainees
`);
const MODALS = words(`
  can, should, often, usually, may, will, must, could, need to, sometimes, regularly, prefer to
`);
const VERBS = words(`
  organise, plan, offer, support, translate, explain, review, share, collect, adapt, welcome, evaluate,
  promote, document, coordinate, prepare, host, guide, introduce, simplify, test, discuss, fund,
  schedule, improve, recommend, display, lend, digitise, train, map, publish, celebrate, rethink,
  monitor, co-design, pilot, advertise, reserve, facilitate
`);
const ADJECTIVES = words(`
  multilingual, informal, weekly, accessible, free, digital, local, simple, practical, shared, quiet,
  regular, short, open, friendly, bilingual, visual, clear, small, first, monthly, flexible, inclusive,
  trauma-informed, low-threshold, intercultural, peer-led, hands-on, mobile, seasonal, evening,
  family-friendly, easy-to-read, volunteer-run, collaborative, participatory
`);
const NOUNS = words(`
  conversation group, language café, reading circle, homework club, registration form, library card,
  welcome desk, picture dictionary, job fair, CV workshop, legal clinic, computer course, story time,
  signage, leaflet, volunteer rota, housing advice, health information, tandem programme, book club,
  citizenship course, maker space, study room, audio guide, toy library, phone charging point,
  welcome pack, floor plan, evaluation survey, partnership agreement, training session,
  translation app, collection of dictionaries, board game evening, sewing workshop, coding club,
  exhibition, oral history project, podcast, cooking event, walking tour, summer school,
  bicycle repair session, newsletter, feedback box, interpretation service, accessibility audit,
  digital literacy course, job search session, mentoring scheme
`);
const RARE = words(`
  bibliotherapy, accreditation, onboarding, multilingualism, literacy, safeguarding, orientation,
  residence permit, asylum procedure, naturalisation, apprenticeship, recognition of diplomas,
  childcare, tenancy, vaccination, pharmacy, public transport, bank account, tax return, enrolment,
  scholarship, numeracy, phonics, storytelling, e-government, cybersecurity, misinformation,
  data protection, privacy notice, consent form, anonymisation, sustainability, microcredential,
  crowdfunding, procurement, inventory, cataloguing, metadata, interlibrary loan, e-book platform,
  audiobook, large-print edition, braille, sign language, dyslexia, neurodiversity, loneliness,
  wellbeing, resilience, belonging, hospitality, solidarity, citizenship, participation, advocacy,
  outreach
`);
const LANGUAGES = words(`
  Arabic, Ukrainian, Dari, Pashto, Tigrinya, Somali, Farsi, Kurdish, Romanian, Polish, Latvian,
  Italian, French, Dutch, Spanish, Turkish, Urdu, Bengali, Amharic, Russian, Albanian, Georgian, Tamil,
  Lingala, Wolof, Hausa, Swahili, Vietnamese, Mandarin, Portuguese, Greek, Armenian
`);
const PLACES = words(`
  entrance, children's corner, reading room, study area, front desk, community room, garden, foyer,
  mobile library, town hall
`);
const FIRST_NAMES = words(`
  Amina, Oleksandr, Fatima, Yusuf, Marta, Hassan, Irina, Samir, Lucia, Ahmad, Olena, Tomas, Leila,
  Mehmet, Anna, Kofi, Sara, Dmytro, Nadia, Ibrahim, Elena, Zainab, Pieter, Giulia
`);
const SYLLABLES = words(`
  ka, ve, lo, mir, dan, tri, sel, por, ba, gen, ro, tu, lin, os, mar, vik, an, el, is, ur, zan, ber,
  go, ni, sta, fel, dor, ha, jo, qu, ren, sko, wil, ya, bre, cor
`);
const SUFFIXES = ["", "a", "en", "berg", "ville", "ovo", "ia", "stad", "ino", "ak", "ey", "heim"] as const;

/** An invented name: thousands of distinct words, the long tail of the vocabulary. */
function inventedName(r: Rand): string {
  let name = "";
  for (let i = between(r, 2, 3); i > 0; i--) name += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return cap(name + SUFFIXES[Math.floor(r() * SUFFIXES.length)]);
}

function phrase(r: Rand, town: string, org: string, person: string): string {
  const noun = pick(r, NOUNS);
  switch (Math.floor(r() * 12)) {
    case 0:
      return `for newcomers in ${town}`;
    case 1:
      return `with the help of ${org}`;
    case 2:
      return `in ${pick(r, LANGUAGES, 2)} and ${pick(r, LANGUAGES, 2)}`;
    case 3:
      return `at the ${pick(r, PLACES)}`;
    case 4:
      return `without asking for documents`;
    case 5:
      return `so that ${pick(r, SUBJECTS)} feel at home`;
    case 6:
      return `as ${person} suggested after the ${noun}`;
    case 7:
      return `around questions of ${pick(r, RARE, 1)}`;
    case 8:
      return `during the first weeks after arrival`;
    case 9:
      return `next to the ${pick(r, ADJECTIVES)} ${noun}`;
    case 10:
      return `before the summer holidays`;
    default:
      return `together with ${pick(r, SUBJECTS)}`;
  }
}

function sentence(r: Rand, town: string, org: string, person: string): string {
  const object = `${r() < 0.5 ? "a " : "the "}${pick(r, ADJECTIVES)} ${pick(r, NOUNS)}`.replace(/^a (?=[aeiou])/, "an ");
  let s = `${pick(r, SUBJECTS)} ${pick(r, MODALS)} ${pick(r, VERBS)} ${object} ${phrase(r, town, org, person)}`;
  if (r() < 0.45)
    s += `, ${r() < 0.5 ? "and" : "because"} ${pick(r, SUBJECTS)} ${pick(r, MODALS)} ${pick(r, VERBS)} the ${pick(r, NOUNS)} ${phrase(r, town, org, person)}`;
  if (r() < 0.15) s += ` (${pick(r, RARE, 1)}, ${pick(r, RARE, 1)})`;
  return `${cap(s)}.`;
}

type Block = { kind: "h2"; text: string } | { kind: "p"; text: string } | { kind: "ul"; items: string[] };

export type BenchDoc = { title: string; summary: string; section: (typeof SECTIONS)[number]; blocks: Block[] };

export function benchDoc(i: number): BenchDoc {
  const r = rng(0x9e3779b1 ^ (i * 2654435761));
  const town = inventedName(r);
  const org = `${inventedName(r)} ${pick(r, ["Public Library", "Welcome Centre", "Association", "Community Hub", "Adult School", "Foundation"])}`;
  const person = `${pick(r, FIRST_NAMES, 1)} ${inventedName(r)}`;
  const noun = pick(r, NOUNS);
  const title = cap(`${pick(r, ADJECTIVES)} ${noun} for ${pick(r, SUBJECTS)} in ${town}`);
  const summary = sentence(r, town, org, person);
  const headings = [
    `Why a ${noun} matters`,
    `Getting started in ${town}`,
    `Working with ${org}`,
    `What ${person} learned`,
    `Practical tips`,
    `Resources in ${pick(r, LANGUAGES, 2)}`,
    `Questions of ${pick(r, RARE, 1)}`,
  ];
  const blocks: Block[] = [];
  const sections = between(r, 2, 4);
  for (let s = 0; s < sections; s++) {
    blocks.push({ kind: "h2", text: headings[(i + s) % headings.length] as string });
    for (let p = between(r, 1, 3); p > 0; p--) {
      const sentences: string[] = [];
      for (let k = between(r, 2, 5); k > 0; k--) sentences.push(sentence(r, town, org, person));
      blocks.push({ kind: "p", text: sentences.join(" ") });
    }
    if (r() < 0.3) {
      const items: string[] = [];
      for (let k = between(r, 2, 4); k > 0; k--) items.push(cap(`${pick(r, ADJECTIVES)} ${pick(r, NOUNS)}`));
      blocks.push({ kind: "ul", items });
    }
  }
  return { title, summary, section: SECTIONS[i % SECTIONS.length] as BenchDoc["section"], blocks };
}

const escapeHtml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * What lib/rich-text's renderRichText() stores for these documents (JSON, sanitised HTML,
 * headings, plain text), without its cost (~9 ms a page: 90 s for 10,000). Same output as
 * renderRichText(json) for these block kinds (compared on 300 pages when this was written).
 */
export function renderBenchDoc(doc: BenchDoc) {
  const json: JSONContent[] = [];
  const html: string[] = [];
  const text: string[] = [];
  const headings: { id: string; text: string; level: 2 }[] = [];
  const taken = new Set<string>();
  const para = (t: string): JSONContent => ({ type: "paragraph", content: [{ type: "text", text: t }] });
  for (const b of doc.blocks) {
    if (b.kind === "h2") {
      const base = slugifyHeading(b.text);
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      headings.push({ id, text: b.text, level: 2 });
      json.push({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: b.text }] });
      html.push(`<h2 id="${id}">${escapeHtml(b.text)}</h2>`);
      text.push(b.text);
    } else if (b.kind === "p") {
      json.push(para(b.text));
      html.push(`<p>${escapeHtml(b.text)}</p>`);
      text.push(b.text);
    } else {
      json.push({ type: "bulletList", content: b.items.map((t) => ({ type: "listItem", content: [para(t)] })) });
      html.push(`<ul>${b.items.map((t) => `<li><p>${escapeHtml(t)}</p></li>`).join("")}</ul>`);
      text.push(...b.items);
    }
  }
  const plain = text.join("\n");
  const words = plain.split(/[\s\p{Z}]+/u).filter(Boolean).length;
  return {
    json: { type: "doc", content: json } as JSONContent,
    html: html.join(""),
    headings,
    text: plain,
    readingMinutes: Math.max(1, Math.round(words / 200)),
  };
}

export const benchSlug = (i: number) => `${BENCH_DOC_PREFIX}${String(i).padStart(7, "0")}`;

// ── Database ─────────────────────────────────────────────────────────────────────────────────
export type SyncResult = { created: number; deleted: number; ms: number };

type Row = { i: number; slug: string; doc: BenchDoc; rendered: ReturnType<typeof renderBenchDoc>; at: Date };

/**
 * One INSERT per table for a whole batch, each column sent as one array (unnest): Prisma's
 * createMany sent ~120 pages/s here, most of the time in building and serialising its query.
 */
async function insertBatch(rows: Row[]): Promise<void> {
  const col = <T>(f: (r: Row) => T) => rows.map(f);
  const ids = col((r) => r.slug);
  const ats = col((r) => r.at.toISOString());
  await db.$transaction([
    db.$executeRaw`
      INSERT INTO "KnowledgePage" (id, slug, section, position, "sourceLocale", status, "statusChangedAt", "firstPublishedAt", "createdAt", "updatedAt")
      SELECT id, id, section::"KnowledgeSection", position, 'en', 'PUBLISHED', at::timestamp, at::timestamp, at::timestamp, at::timestamp
      FROM unnest(${ids}::text[], ${col((r) => r.doc.section)}::text[], ${col((r) => 1000 + r.i)}::int[], ${ats}::text[])
        AS t(id, section, position, at)`,
    db.$executeRaw`
      INSERT INTO "PageTranslation" (id, "pageId", locale, title, summary, "contentJson", "contentHtml", version, "publishedTitle",
        "publishedSummary", "publishedHtml", "publishedHeadings", "publishedText", "readingMinutes", "publishedVersion", "publishedAt",
        "createdAt", "updatedAt")
      SELECT id || '-en', id, 'en', title, summary, json::jsonb, html, 1, title, summary, html, headings::jsonb, text, minutes, 1,
        at::timestamp, at::timestamp, at::timestamp
      FROM unnest(${ids}::text[], ${col((r) => r.doc.title)}::text[], ${col((r) => r.doc.summary)}::text[],
        ${col((r) => JSON.stringify(r.rendered.json))}::text[], ${col((r) => r.rendered.html)}::text[],
        ${col((r) => JSON.stringify(r.rendered.headings))}::text[], ${col((r) => r.rendered.text)}::text[],
        ${col((r) => r.rendered.readingMinutes)}::int[], ${ats}::text[])
        AS t(id, title, summary, json, html, headings, text, minutes, at)`,
  ]);
}

/**
 * Makes the bench database hold exactly pages bench-doc-0000000 … N-1 (published, English):
 * removes the others, creates the missing ones in batches. Pages already there are kept.
 */
export async function syncBenchDocs(count: number, log: Log): Promise<SyncResult> {
  const t0 = Date.now();
  const existing = await db.knowledgePage.findMany({ where: { slug: { startsWith: BENCH_DOC_PREFIX } }, select: { id: true, slug: true } });
  const wanted = new Set(Array.from({ length: count }, (_, i) => benchSlug(i)));
  const have = new Set(existing.map((p) => p.slug));
  const stale = existing.filter((p) => !wanted.has(p.slug)).map((p) => p.id);
  const missing = [...wanted].filter((slug) => !have.has(slug)).map((slug) => Number(slug.slice(BENCH_DOC_PREFIX.length)));
  if (stale.length === 0 && missing.length === 0) {
    log(`Bench documents: ${nf.format(count)} already in the database, reused.`);
    return { created: 0, deleted: 0, ms: Date.now() - t0 };
  }
  for (let i = 0; i < stale.length; i += 5000) {
    await db.knowledgePage.deleteMany({ where: { id: { in: stale.slice(i, i + 5000) } } });
  }
  if (stale.length > 0) log(`Bench documents: removed ${nf.format(stale.length)} not wanted any more.`);
  if (missing.length === 0) return { created: 0, deleted: stale.length, ms: Date.now() - t0 };

  const bar = progressBar("Generating bench documents", "pages");
  const started = Date.now();
  let done = 0;
  bar.update(0, missing.length, 0);
  try {
    for (let b = 0; b < missing.length; b += BATCH) {
      if (isStopping()) throw new FriendlyError("Interrupted.");
      const rows = missing.slice(b, b + BATCH).map((i) => {
        const doc = benchDoc(i);
        // Spread over the last two years, so that "newest first" has something to sort.
        const at = new Date(Date.UTC(2026, 0, 1) - ((i * 7919) % (730 * 24 * 60)) * 60_000);
        return { i, slug: benchSlug(i), doc, rendered: renderBenchDoc(doc), at };
      });
      await insertBatch(rows);
      done += rows.length;
      bar.update(done, missing.length, done / Math.max((Date.now() - started) / 1000, 0.001));
    }
  } finally {
    bar.end();
  }
  return { created: missing.length, deleted: stale.length, ms: Date.now() - t0 };
}

// ── Index ────────────────────────────────────────────────────────────────────────────────────
function target() {
  const t = defaultSearchTarget();
  if (!t) throw new FriendlyError("MEILI_HOST is not set: the bench cannot build a search index.");
  return t;
}

/**
 * Documents the index must hold: what every registered search source produces (the list the
 * reindex and `search:check` read), counted by each source's own query. A sum kept by hand per
 * feature missed training's courses and lessons when that area landed, and the wait then failed.
 */
export async function expectedDocuments(): Promise<number> {
  let total = 0;
  for (const source of searchSources()) {
    if (source.estimate) total += await source.estimate();
    else for await (const batch of source.all()) total += batch.length;
  }
  return total;
}

export async function indexStats(): Promise<{ documents: number; indexing: boolean; index: string }> {
  const t = target();
  try {
    const stats = await t.client.index(t.index).getStats();
    return { documents: stats.numberOfDocuments, indexing: stats.isIndexing, index: t.index };
  } catch (error) {
    if (isApiError(error, "index_not_found")) return { documents: 0, indexing: false, index: t.index };
    throw error;
  }
}

export async function rebuildIndex(): Promise<{ documents: number; ms: number; index: string }> {
  const bar = progressBar("Rebuilding the search index", "documents");
  try {
    const r = await reindex({
      onProgress: (p) => bar.update(p.done, p.total, p.rate),
      log: (line) => {
        bar.end();
        console.log(line);
      },
    });
    return { documents: r.documents, ms: r.ms, index: r.index };
  } finally {
    bar.end();
  }
}

/**
 * Until the index holds as many documents as the database says it should and is not indexing;
 * with `drained`, also until the app's indexer has processed every outbox row (only while the app
 * runs). `expected` is asked again on every check: while the server still commits writes that
 * were queued before a load test stopped, a count read once would be stale (it was: the index
 * "held 6 more documents" than a count read just after the posting target).
 */
export async function waitForIndex(expected: () => Promise<number>, timeoutMs: number, opts: { drained: boolean }): Promise<number> {
  const types = searchSources().map((s) => s.type);
  let last = { documents: 0, expected: 0, pending: 0 };
  try {
    await waitUntil(
      async () => {
        const [stats, pending, wanted] = await Promise.all([
          indexStats(),
          db.searchOutbox.count({ where: { processedAt: null, entityType: { in: types } } }),
          expected(),
        ]);
        last = { documents: stats.documents, expected: wanted, pending };
        return stats.documents === wanted && !stats.indexing && (!opts.drained || pending === 0);
      },
      timeoutMs,
      () => (isStopping() ? "interrupted" : null),
    );
  } catch (error) {
    if (isStopping()) throw error;
    throw new FriendlyError(
      `The search index holds ${nf.format(last.documents)} documents, not the ${nf.format(last.expected)} the database holds (${last.pending} outbox rows waiting; ${(error as Error).message}): run \`npm run search:check\` on the bench data and see .data/bench/server.log.`,
    );
  }
  return last.documents;
}

export const disconnect = () => db.$disconnect();
