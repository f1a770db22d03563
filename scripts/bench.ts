// `npm run bench`: starts the production build on seeded data and measures req/s and p50/p99
// latency (autocannon) per route, next to a bare static and a bare dynamic page of the same
// server (the two baselines: every row shows its ratio to both, and the issue-9 goal it has).
//   npm run bench                                 every target, 10 s each, 10 connections
//   npm run bench -- --duration 5 --warmup 1 --connections 20
//   npm run bench -- --only home,account          these targets (the baseline always runs too)
//   npm run bench -- --docs 100000                search over 100,000 generated pages (+ the seeded ones)
//   npm run bench -- --lighthouse                 also Lighthouse (mobile) on a few pages: see scripts/lib/bench-lighthouse.ts
//   npm run bench -- --cpu-prof[=DIR]             the server writes a V8 CPU profile when it stops (.data/bench/profiles)
//   npm run bench -- --only "thread 10 (first),thread 5000 (first),thread 5000 (last),forum categories,forum post"
//   npm run bench -- --only "course catalogue,lesson,quiz submissions"
//   npm run bench -- --only "practices (2 facets),practice page" --practices 1000
// Uses the "bench" profile: its own data dir (.data/bench) and ports (PostgreSQL 54340,
// Meilisearch 7721, app BENCH_PORT or 3200), so it can run next to `npm run dev` / `npm test`.
// BENCH_DATABASE_URL / BENCH_MEILI_HOST (+ BENCH_MEILI_MASTER_KEY) point it at servers of your
// own instead; the demo seed (idempotent) is written into them. Results go to
// .data/bench/results-<timestamp>.json, rewritten after every row: a failure later never loses
// the rows measured before it.
// p50/p95/p99 are exact: every 2xx response time autocannon reports, sorted (not its histogram).
// Search: `--docs N` keeps N generated, published knowledge pages (slugs "bench-doc-…", kept
// between runs; 0 = only the seeded pages) in the bench database, rebuilds the index from
// PostgreSQL when it differs (lib/search/reindex.ts), and waits until it holds every document.
// That imports lib/ modules ("server-only"): `npm run bench` runs under tsx --conditions=react-server.
// Forum: the forum targets use topics generated once in the bench database (scripts/lib/bench-forum.ts):
// a 10-post and a 5,000-post thread (first and last page, compared after the table) and a topic the
// "forum post" target replies to, logged in, counting 201 answers only.
// Good practice: `--practices N` (default 1,000) generated, published case studies (slugs
// "bench-practice-…", kept between runs; scripts/lib/bench-practices.ts) under the list with two
// facets selected and a seeded case study's page (facts, adoptions, related practices).
// It shares .next with `npm start` / `npm test`: a build by one of them while the bench runs
// swaps the files under its server (500s, slow numbers). On 2 cores, run nothing else meanwhile.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import pg from "pg";
import { POSTS_PER_PAGE } from "../lib/forum/schemas";
import { appEnv, appPort, assertPortFree, ensurePrismaClient, migrate, type RunningApp, seed, seedOnFirstRun, startNext } from "./lib/app";
import { BENCH_ENV } from "./lib/bench-pages.mjs";
import { type LighthouseRow, lighthouse, lighthouseBin } from "./lib/bench-lighthouse";
import { buildIfStale } from "./lib/build";
import { type Env, profileDir, rel, root } from "./lib/paths";
import { ensureServices, type Services } from "./lib/services";
import { consoleLog, FriendlyError, formatSeconds, isStopping, type Log, onCleanup, runMain, step } from "./lib/ui";

interface Target {
  /** Short name for `--only` and the table. */
  name: string;
  path: string;
  /** Send the demo librarian's session cookie. */
  auth?: boolean;
  /** Paths requested in turn by every connection (autocannon `requests`); `path` is the first. */
  rotate?: string[];
  /** What the table shows instead of `path`. */
  shown?: string;
  /** GET unless set; `body` and `headers` go with every request (autocannon sends the same ones). */
  method?: "GET" | "POST";
  body?: string;
  headers?: Record<string, string>;
  /** The only status that counts as a success (its req/s and latencies); else any 2xx. */
  expect?: number;
  /** Issue 9's goal for the row: at least `min` times the baseline's req/s (and p99 at most `p99Max` times its p99). */
  goal?: Goal;
}

/**
 * Against `vs` (a baseline, the 10-post thread as a member reads it, or that thread's member part):
 * req/s ≥ min×, p95/p99 ≤ max×.
 */
type Goal = { vs: "static" | "dynamic" | "thread" | "thread viewer"; min?: number; p95Max?: number; p99Max?: number };

// Bare pages of the same server (app/bench-static, app/bench-dynamic; proxy.ts leaves them alone,
// scripts/server.mjs answers them only with EPANEMA_BENCH=1, which this script sets):
// what Next.js itself costs here, for a cached page and for one rendered per request.
const BASELINE: Target = { name: "static", path: "/bench-static" };
const BASELINE_DYNAMIC: Target = { name: "dynamic", path: "/bench-dynamic" };
const CACHED: Goal = { vs: "static", min: 0.5 };
const RENDERED: Goal = { vs: "dynamic", min: 0.5, p99Max: 3 };

// ── Targets ─────────────────────────────────────────────────────────────────────────────────
// ADD NEW ROUTES HERE: one line per route, `auth: true` for pages that need a login.
// Later features: the knowledge pages (e.g. { name: "knowledge", path: "/en/knowledge/<slug>" }),
// search (a `--docs N` option that seeds N documents into the bench profile first, then
// { name: "search", path: "/en/search?q=…" }), forum threads ({ name: "thread", path: … }).
// Data a route needs must be seeded idempotently (prisma/seed.ts or a step before the runs).
// Search terms, rotated across requests: common words, a phrase, a rarer word, and a typo
// ("registraton") that only typo tolerance finds. All occur in the seeded and generated pages.
const SEARCH_TERMS = ["library", "conversation group", "volunteers", "interpreter", "registraton"];
// "search" asks what the header's quick search asks (components/search/quick-search.tsx: titles,
// no facets); "search (facets)" adds what the search page shows (facet counts, passages).
const searchPath = (q: string, facets = false) => `/api/search?q=${encodeURIComponent(q)}&locale=en${facets ? "&facets=1" : "&snippet=0"}`;
/** Seeded by prisma/seed-knowledge.ts. */
const KNOWLEDGE: Target = { name: "knowledge page", path: "/en/knowledge/welcoming-at-the-desk-across-languages", goal: CACHED };
const SEARCH: Target = {
  name: "search",
  // Issue 9: p95 within 2× the bare dynamic page's p95.
  goal: { vs: "dynamic", p95Max: 2 },
  path: searchPath(SEARCH_TERMS[0] as string),
  rotate: SEARCH_TERMS.map((q) => searchPath(q)),
  shown: `/api/search?q=<${SEARCH_TERMS.length} terms>&locale=en&snippet=0`,
};
/** What the search page asks: the same, with facet counts and an exact total (no goal: informational). */
const SEARCH_FACETS: Target = {
  name: "search (facets)",
  path: searchPath(SEARCH_TERMS[0] as string, true),
  rotate: SEARCH_TERMS.map((q) => searchPath(q, true)),
  shown: `/api/search?q=<${SEARCH_TERMS.length} terms>&locale=en&facets=1`,
};

// Forum: the topic ids exist only once prepareForum has generated (or found) the topics; until then
// the paths hold "<id>". The 5,000-post thread is read at its first and last page: posts are
// numbered without gaps, so both should cost the same (an index range, no OFFSET).
const LARGE_THREAD_POSTS = 5000;
const LAST_PAGE = Math.ceil(LARGE_THREAD_POSTS / POSTS_PER_PAGE);
const threadPath = (id: string, page = 1) => `/en/forum/t/${id}${page > 1 ? `?page=${page}` : ""}`;
const repliesPath = (id: string) => `/api/forum/topics/${id}/replies`;
/** The member's part of a thread's page, which the browser asks for with the shared page (decision 013). */
const viewerPath = (id: string, page = 1) => `/api/forum/topics/${id}/viewer?page=${page}&locale=en`;
// Visitors get threads and lists from the cache; so do members for public threads (decision 013,
// with the member part from the viewer JSON); members get the lists from a copy of their own, with
// their unread marks from /api/forum/reads.
const THREAD_SMALL: Target = { name: "thread 10 (first)", path: threadPath("<id>"), goal: CACHED };
const THREAD_LARGE_LAST_CACHED: Target = { name: `thread ${LARGE_THREAD_POSTS} (last)`, path: threadPath("<id>", LAST_PAGE), goal: CACHED };
const THREAD_SMALL_MEMBER: Target = { name: "thread 10 (first, member)", path: threadPath("<id>"), auth: true, goal: RENDERED };
const THREAD_LARGE_FIRST: Target = {
  name: `thread ${LARGE_THREAD_POSTS} (first, member)`,
  path: threadPath("<id>"),
  auth: true,
  goal: RENDERED,
};
// The last page of a long thread costs what the first page of a short one does (1.2× its p99 at most).
const THREAD_LARGE_LAST: Target = {
  name: `thread ${LARGE_THREAD_POSTS} (last, member)`,
  path: threadPath("<id>", LAST_PAGE),
  auth: true,
  goal: { vs: "thread", min: 1 / 1.2, p99Max: 1.2 },
};
// A member's view of a public thread is the shared page (above) and its member part: the JSON below.
const THREAD_SMALL_VIEWER: Target = { name: "thread 10 (viewer)", path: viewerPath("<id>"), auth: true, goal: RENDERED };
const THREAD_LARGE_LAST_VIEWER: Target = {
  name: `thread ${LARGE_THREAD_POSTS} (last, viewer)`,
  path: viewerPath("<id>", LAST_PAGE),
  auth: true,
  goal: { vs: "thread viewer", min: 1 / 1.2, p99Max: 1.2 },
};
/** What a thread costs when the cache misses (after a write to it): an unknown query renders it per request. */
const THREAD_SMALL_RENDERED: Target = { name: "thread 10 (rendered)", path: threadPath("<id>") };
const FORUM_CATEGORIES: Target = { name: "forum categories", path: "/en/forum", goal: CACHED };
/** A member's unread marks for the forum home's latest topics, which the browser asks with the members' copy. */
const FORUM_READS: Target = { name: "forum reads", path: "/api/forum/reads?topics=<ids>", auth: true, goal: RENDERED };
const FORUM_CATEGORIES_MEMBER: Target = { name: "forum categories (member)", path: "/en/forum", auth: true, goal: RENDERED };
/** Where the bench topics go: seeded by prisma/seed-forum.ts, public (the thread pages need no login). */
const FORUM_CATEGORY = "welcoming-newcomers";
/** Replies into its own topic (not the measured threads), as the demo account: a new post per request. */
const FORUM_POST: Target = {
  name: "forum post",
  path: repliesPath("<id>"),
  auth: true,
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({
    content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Benchmark reply" }] }] },
    locale: "en",
  }),
  expect: 201,
};
const FORUM_TARGETS = [
  THREAD_SMALL,
  THREAD_LARGE_LAST_CACHED,
  FORUM_CATEGORIES,
  THREAD_SMALL_MEMBER,
  THREAD_LARGE_FIRST,
  THREAD_LARGE_LAST,
  THREAD_SMALL_VIEWER,
  THREAD_LARGE_LAST_VIEWER,
  THREAD_SMALL_RENDERED,
  FORUM_CATEGORIES_MEMBER,
  FORUM_READS,
  FORUM_POST,
];

// Initiatives map: `--initiatives N` generated initiatives (default 10,000; scripts/lib/bench-map.ts)
// next to the seeded examples. The list sorted by distance reads page 3 from Riga (gazetteer id).
const RIGA = 456172;
const MAP_TARGETS: Target[] = [
  { name: "map page", path: "/en/map" },
  { name: "initiatives list", path: "/en/map/list" },
  // Members: the map is the visitors' page; the list, a copy every member shares with exact places
  // (decision 013); rendered for the member, what they cost before.
  { name: "map page (member)", path: "/en/map", auth: true, goal: RENDERED },
  { name: "initiatives list (member)", path: "/en/map/list", auth: true, goal: RENDERED },
  { name: "initiatives list (rendered)", path: "/en/map/list?bench=1", auth: true },
  // An initiative (seeded): the members' copy (exact place), what the member may do from the JSON.
  { name: "initiative page (member)", path: "/en/map/i/valodu-kafejnica-sigulda", auth: true, goal: RENDERED },
  { name: "initiative (viewer)", path: "/api/map/initiatives/valodu-kafejnica-sigulda/viewer", auth: true, goal: RENDERED },
  { name: "initiative page (rendered)", path: "/en/map/i/valodu-kafejnica-sigulda?as=me", auth: true },
  { name: "initiatives near", path: `/en/map/list?near=${RIGA}&sort=distance&page=3` },
  { name: "initiatives geojson", path: "/api/v1/initiatives.geojson" },
  // What a browser asks (it accepts gzip): the body gzipped once for many (lib/cache/shared-body.ts).
  { name: "initiatives geojson (gzip)", path: "/api/v1/initiatives.geojson", headers: { "accept-encoding": "gzip, deflate, br, zstd" } },
  // The countries and city labels every map loads (browsers keep it a day).
  { name: "basemap (gzip)", path: "/api/map/basemap?locale=en", headers: { "accept-encoding": "gzip, deflate, br, zstd" } },
];

// Training: the catalogue (public) and a lesson the demo librarian is enrolled in (seeded by
// prisma/seed-training.ts). Quiz submissions are timed separately (scripts/lib/bench-training.ts):
// every submission needs its own open attempt, which autocannon's fixed requests cannot give.
const COURSE_CATALOGUE: Target = { name: "course catalogue", path: "/en/courses" };
// A course's page: the same cached copy for everyone, the learner's part from a JSON (decision 013).
const COURSE_PAGE_MEMBER: Target = {
  name: "course page (member)",
  path: "/en/courses/intercultural-communication-at-the-library-desk",
  auth: true,
  goal: RENDERED,
};
const COURSE_VIEWER: Target = {
  name: "course (viewer)",
  path: "/api/courses/intercultural-communication-at-the-library-desk/viewer",
  auth: true,
  goal: RENDERED,
};
// Every member reads a lesson from one cached copy (decision 013); the learner's part is the JSON.
const LESSON: Target = {
  name: "lesson",
  path: "/en/courses/intercultural-communication-at-the-library-desk/the-first-minute-at-the-desk",
  auth: true,
  goal: RENDERED,
};
const LESSON_VIEWER: Target = {
  name: "lesson (viewer)",
  path: "/api/courses/intercultural-communication-at-the-library-desk/lessons/the-first-minute-at-the-desk/viewer",
  auth: true,
  goal: RENDERED,
};
const QUIZ_SUBMISSIONS = "quiz submissions";

// Good practice: the list filtered by two facets (country and theme: about one in 24 of the
// generated case studies) and a seeded case study (translations, adoptions, related practices).
const PRACTICE_LIST: Target = { name: "practices (2 facets)", path: "/en/practices?country=FR&theme=language-learning" };
/** Seeded by prisma/seed-practices.ts. */
const PRACTICE_PAGE: Target = { name: "practice page", path: "/en/practices/latvian-conversation-cafe" };
const PRACTICE_TARGETS: Target[] = [
  PRACTICE_LIST,
  PRACTICE_PAGE,
  // Members share a copy of a case study (its contact); their part is the JSON (decision 013).
  { name: "practice page (member)", path: PRACTICE_PAGE.path, auth: true, goal: RENDERED },
  { name: "practice (viewer)", path: "/api/practices/latvian-conversation-cafe/viewer", auth: true, goal: RENDERED },
  // Rendered for the member (an unknown query keeps it out of the cache): what it cost before.
  { name: "practice page (rendered)", path: `${PRACTICE_PAGE.path}?bench=1`, auth: true },
  // An organisation's page (its case studies and adoptions): one cached page for everyone.
  { name: "organisation page (member)", path: "/en/organisations/kisc", auth: true, goal: RENDERED },
];

const TARGETS: Target[] = [
  BASELINE, // the 1.00× references, always measured first
  BASELINE_DYNAMIC,
  { name: "home", path: "/en", goal: CACHED },
  // The account page is a shell every member shares (decision 013); the account itself is the JSON.
  { name: "account", path: "/en/account", auth: true, goal: RENDERED },
  { name: "account (data)", path: "/api/account", auth: true, goal: RENDERED },
  // Pages shared with members (decision 013): the cached page, and the personal header the
  // browser asks for with it (`me`). A member's view of such a page is the two together.
  { name: "home (member)", path: "/en", auth: true, goal: RENDERED },
  { name: "about (member)", path: "/en/about", auth: true, goal: RENDERED },
  { name: "knowledge page (member)", path: KNOWLEDGE.path, auth: true, goal: RENDERED },
  { name: "me", path: "/api/me", auth: true, goal: RENDERED },
  { name: "health", path: "/api/health" },
  // The shell alone rendered per request (layout, header, footer, the proxy): what every page
  // rendered per request pays before its own content.
  { name: "about (rendered)", path: "/en/about?bench=1" },
  KNOWLEDGE,
  // The index rendered per request (an unknown query keeps it out of the cache): what a miss costs
  // at --docs 100000 (it lists 100 pages per section).
  { name: "knowledge index (rendered)", path: "/en/knowledge?bench=1" },
  // The index as members get it: the same cached page (decision 013).
  { name: "knowledge index (member)", path: "/en/knowledge", auth: true, goal: RENDERED },
  COURSE_CATALOGUE,
  // The catalogue and good practice's list: one cached page for visitors and members (decision 013).
  { name: "course catalogue (member)", path: "/en/courses", auth: true, goal: RENDERED },
  { name: "practices (member)", path: "/en/practices", auth: true, goal: RENDERED },
  // The same, rendered for the member (an unknown query keeps a page out of the cache): what they cost before.
  { name: "course catalogue (rendered)", path: "/en/courses?bench=1", auth: true },
  { name: "practices (rendered)", path: "/en/practices?bench=1", auth: true },
  COURSE_PAGE_MEMBER,
  COURSE_VIEWER,
  LESSON,
  LESSON_VIEWER,
  // A lesson rendered for one member (an unknown query keeps it out of the cache): what a miss costs.
  { name: "lesson (rendered)", path: `${LESSON.path}?bench=1`, auth: true },
  // My learning: a shell every member shares (decision 013); the learner's courses are the JSON.
  { name: "my learning", path: "/en/learning", auth: true, goal: RENDERED },
  { name: "my learning (data)", path: "/api/learning?locale=en", auth: true, goal: RENDERED },
  // The learner's own render (the no-script link's query keeps it out of the cache): what it was before.
  { name: "my learning (rendered)", path: "/en/learning?progress=1", auth: true },
  // The notifications page: the same, its list in words from the JSON.
  { name: "notifications", path: "/en/forum/notifications", auth: true, goal: RENDERED },
  { name: "notifications (data)", path: "/api/forum/notifications?locale=en", auth: true, goal: RENDERED },
  { name: "notifications (rendered)", path: "/en/forum/notifications?list=1", auth: true },
  // My adoptions: the same (the demo librarian's seeded adoption).
  { name: "my adoptions", path: "/en/practices/adoptions", auth: true, goal: RENDERED },
  { name: "my adoptions (data)", path: "/api/practices/adoptions?locale=en", auth: true, goal: RENDERED },
  { name: "my adoptions (rendered)", path: "/en/practices/adoptions?list=1", auth: true },
  // My initiatives: the same (the librarian's suggestions; a partner's organisation's list comes
  // the same way, and "Our case studies" is a shell like it).
  { name: "my initiatives", path: "/en/map/mine", auth: true, goal: RENDERED },
  { name: "my initiatives (data)", path: "/api/map/mine", auth: true, goal: RENDERED },
  { name: "my initiatives (rendered)", path: "/en/map/mine?list=1", auth: true },
  ...PRACTICE_TARGETS,
  ...FORUM_TARGETS, // "forum post" last of them: the threads and categories are read before it adds posts
  ...MAP_TARGETS,
  SEARCH, // last: the index must be complete first (see prepareSearch)
  SEARCH_FACETS,
];
const BASELINES = [BASELINE, BASELINE_DYNAMIC];

const STATUS_CHECK_REQUESTS = 5;
const LOGIN_ROLE = "LIBRARIAN";

// ── autocannon (CommonJS, no bundled types): the little we use of it ─────────────────────────
interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonInstance {
  stop(): void;
  on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (
  opts: {
    url: string;
    connections: number;
    duration: number;
    method?: string;
    body?: string;
    headers?: Record<string, string>;
    requests?: { method: string; path: string }[];
  },
  cb: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

function loadAutocannon(): Autocannon {
  try {
    return createRequire(import.meta.url)("autocannon") as Autocannon;
  } catch {
    throw new FriendlyError("autocannon is not installed: run `npm install` (it is a devDependency).");
  }
}

// ── Options ──────────────────────────────────────────────────────────────────────────────────
interface Options {
  duration: number;
  /** Seconds of untimed load first: JIT, caches and connection pools need it (the first second
   * of a cold route runs at about a third of its speed). */
  warmup: number;
  connections: number;
  only: string[] | null;
  /** Generated knowledge pages for the search target (0 = only the seeded ones). */
  docs: number;
  /** Lighthouse runs per page after the load tests (0 = none). */
  lighthouse: number;
  /** Generated initiatives for the map targets. */
  initiatives: number;
  /** Generated published case studies under the practice targets. */
  practices: number;
  /** Where the server writes a V8 CPU profile when it stops (--cpu-prof[=DIR]), or null. */
  cpuProf: string | null;
}

function usage(): string {
  return `Usage: npm run bench -- [--duration S] [--warmup S] [--connections N] [--docs N] [--initiatives N] [--practices N] [--lighthouse[=RUNS]] [--cpu-prof[=DIR]] [--only "${[...TARGETS.map((t) => t.name), QUIZ_SUBMISSIONS].join(",")}"]`;
}

/**
 * "a,thread 10 (first, member),b" → the names: some contain a comma, so pieces are joined again
 * while they form the start of a known name.
 */
function splitTargetNames(list: string): string[] {
  const known = [...TARGETS.map((t) => t.name), QUIZ_SUBMISSIONS];
  const pieces = list.split(",");
  const names: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let name = (pieces[i] as string).trim();
    while (!known.includes(name) && i + 1 < pieces.length && known.some((k) => k.startsWith(`${name},`))) {
      name = `${name},${pieces[++i]}`;
    }
    if (name) names.push(name);
  }
  return names;
}

function parseArgs(argv: string[]): Options | null {
  const opts: Options = {
    duration: 10,
    warmup: 3,
    connections: 10,
    only: null,
    docs: 0,
    lighthouse: 0,
    initiatives: 10_000,
    practices: 1000,
    cpuProf: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new FriendlyError(`${flag} needs a value. ${usage()}`);
      return v;
    };
    const whole = (v: string, min: number) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new FriendlyError(`${flag} ${v}: give a whole number of at least ${min}. ${usage()}`);
      return n;
    };
    if (flag === "--help" || flag === "-h") return null;
    if (flag === "--duration") opts.duration = whole(value(), 1);
    else if (flag === "--warmup") opts.warmup = whole(value(), 0);
    else if (flag === "--connections") opts.connections = whole(value(), 1);
    else if (flag === "--docs") opts.docs = whole(value(), 0);
    else if (flag === "--lighthouse") opts.lighthouse = inline === undefined ? 3 : whole(inline, 1);
    else if (flag === "--initiatives") opts.initiatives = whole(value(), 0);
    else if (flag === "--practices") opts.practices = whole(value(), 0);
    else if (flag === "--cpu-prof") opts.cpuProf = inline ?? join(profileDir("bench"), "profiles");
    else if (flag === "--only") {
      const names = splitTargetNames(value());
      const unknown = names.filter((n) => n !== QUIZ_SUBMISSIONS && !TARGETS.some((t) => t.name === n));
      if (unknown.length > 0 || names.length === 0) {
        throw new FriendlyError(
          `--only: unknown target ${unknown.join(", ") || "(none)"}; known: ${[...TARGETS.map((t) => t.name), QUIZ_SUBMISSIONS].join(", ")}.`,
        );
      }
      opts.only = names;
    } else throw new FriendlyError(`Unknown option ${arg}. ${usage()}`);
  }
  return opts;
}

// ── Login through Auth.js (the form posts a server action; the Credentials callback is simpler) ─
function cookiesFrom(res: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const pair = line.split(";")[0] ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
  }
  return jar;
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** The demo account from prisma/seed.ts. Imported late: it needs the generated Prisma client and
 * loads .env on import, whose variables (a dev DATABASE_URL…) must not leak into this run. */
async function demoAccount(): Promise<{ email: string; password: string }> {
  const before = new Set(Object.keys(process.env));
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("../prisma/seed");
  for (const key of Object.keys(process.env)) if (!before.has(key)) delete process.env[key];
  const account = DEMO_ACCOUNTS.find((a) => a.role === LOGIN_ROLE);
  if (!account)
    throw new FriendlyError(`prisma/seed.ts has no demo ${LOGIN_ROLE}: add one back, or change LOGIN_ROLE in scripts/bench.ts.`);
  return { email: account.email, password: DEMO_PASSWORD };
}

async function login(base: string, account: { email: string; password: string }): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  if (!csrf.ok) throw new FriendlyError(`GET /api/auth/csrf answered ${csrf.status}: see ${rel(join(profileDir("bench"), "server.log"))}.`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesFrom(csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ email: account.email, password: account.password, csrfToken, callbackUrl: `${base}/en/account` }),
  });
  // The session cookie may be split into chunks (authjs.session-token.0, .1…) when large.
  const session = new Map([...cookiesFrom(res)].filter(([name]) => /^(__Secure-)?authjs\.session-token/.test(name)));
  const cookie = cookieHeader(session);
  const check = cookie ? await fetch(`${base}/en/account`, { redirect: "manual", headers: { Cookie: cookie } }) : null;
  if (check?.status !== 200) {
    const why = !cookie
      ? `no session cookie (login answered ${res.status} ${res.headers.get("location") ?? ""})`
      : `/en/account answered ${check?.status} ${check?.headers.get("location") ?? ""}`;
    throw new FriendlyError(
      `Logging in as ${account.email} failed: ${why.trim()}. Run with SEED=always to re-seed the demo accounts, and see ${rel(join(profileDir("bench"), "server.log"))}.`,
    );
  }
  // The member hint (decision 013) a browser keeps from that answer: without it the server's front
  // would leave every request of a member to Next.js, as it does just after a login.
  const hint = cookiesFrom(check);
  return hint.size > 0 ? `${cookie}; ${cookieHeader(hint)}` : cookie;
}

/**
 * Ends a session the bench opened (Auth.js's sign-out revokes its row): the demo member's account
 * page lists their open sessions, and sessions left by earlier runs would make that row heavier
 * run after run. Best effort: a failure only leaves a session to expire.
 */
async function logout(base: string, cookie: string): Promise<void> {
  if (!cookie) return;
  try {
    const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { Cookie: cookie } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const jar = cookieHeader(cookiesFrom(csrf));
    await fetch(`${base}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: `${cookie}; ${jar}` },
      body: new URLSearchParams({ csrfToken }),
    });
  } catch {
    // the server may already be gone
  }
}

// ── Measuring ────────────────────────────────────────────────────────────────────────────────
interface Row {
  name: string;
  path: string;
  auth: boolean;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  requests: number;
  /** req/s as a share of the bare static / dynamic page's (null until that baseline is measured). */
  vsStatic: number | null;
  vsDynamic: number | null;
  /** What Next said of the last checked answer (x-nextjs-cache: HIT for a page from the cache). */
  cache: string | null;
  /**
   * The server process's CPU time per request (user + system, from /proc; null elsewhere). Unlike
   * req/s it hardly depends on what else the machine runs, so it compares runs of different days.
   */
  cpuMsPerRequest: number | null;
  /** The only status that counted (targets with `expect`), else null (any 2xx). */
  expected: number | null;
  goal: Goal | null;
  /** Whether the goal is met (null: no goal, or its reference was not measured). */
  met: boolean | null;
}

interface Measured {
  result: AutocannonResult;
  /** Response times (ms) of every successful answer (see `succeeded`), sorted. */
  latencies: number[];
  /** Answers with another status (autocannon's non2xx only knows 2xx). */
  failed: number;
  /** Seconds from start to end, for the req/s of targets with `expect`. */
  seconds: number;
}

/** 2xx, or exactly `target.expect` (a POST that answers 200 instead of 201 created nothing). */
const succeeded = (target: Target, status: number) => (target.expect ? status === target.expect : status >= 200 && status < 300);

let current: AutocannonInstance | null = null;
const nf = new Intl.NumberFormat("en");

/** CPU time (ms) a process has used so far, from /proc (Linux); null where there is none. */
function cpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (100/s)
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** A few plain requests (warns when the route does not answer 2xx, or its `expect` status), then untimed load. */
async function warmUp(
  autocannon: Autocannon,
  base: string,
  target: Target,
  opts: Options,
  headers: Record<string, string>,
): Promise<string | null> {
  const paths = target.rotate ?? [target.path];
  let cache: string | null = null;
  const statuses = new Map<string, number>();
  const errors = new Map<string, string>();
  const hits = new Map<string, number | null>();
  for (let i = 0; i < Math.max(STATUS_CHECK_REQUESTS, paths.length) && !isStopping(); i++) {
    const path = paths[i % paths.length] as string;
    const res = await fetch(`${base}${path}`, { redirect: "manual", method: target.method ?? "GET", headers, body: target.body });
    const body = await res.text();
    cache = res.headers.get("x-nextjs-cache");
    // The API's JSON error says why (e.g. RATE_LIMITED: the new-account limit); pages are too long.
    if (!succeeded(target, res.status) && res.headers.get("content-type")?.includes("json")) errors.set(path, body.slice(0, 200));
    statuses.set(path, res.status);
    if (target.rotate && res.ok) {
      try {
        hits.set(path, (JSON.parse(body) as { total?: number }).total ?? null);
      } catch {
        hits.set(path, null);
      }
    }
  }
  for (const [path, status] of statuses) {
    if (!succeeded(target, status)) {
      const why = errors.get(path);
      consoleLog(
        target.expect
          ? `  warning: ${target.method ?? "GET"} ${path} answers ${status}, not ${target.expect}${why ? ` (${why})` : ""}: only ${target.expect} answers count.`
          : `  warning: ${path} answers ${status}${why ? ` (${why})` : ""}: its numbers measure that answer, not the page.`,
      );
    }
  }
  if (hits.size > 0) {
    const terms = [...hits].map(([path, n]) => `"${new URL(path, base).searchParams.get("q")}" ${n === null ? "?" : nf.format(n)}`);
    consoleLog(`  hits per term: ${terms.join(", ")}`);
  }
  if (opts.warmup > 0 && !isStopping()) await measure(autocannon, base, target, { ...opts, duration: opts.warmup }, headers);
  return cache;
}

function measure(autocannon: Autocannon, base: string, target: Target, opts: Options, headers: Record<string, string>) {
  const latencies: number[] = [];
  let failed = 0;
  const started = Date.now();
  return new Promise<Measured>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}${target.path}`,
        connections: opts.connections,
        duration: opts.duration,
        headers,
        ...(target.method ? { method: target.method } : {}),
        ...(target.body !== undefined ? { body: target.body } : {}),
        ...(target.rotate ? { requests: target.rotate.map((path) => ({ method: "GET", path })) } : {}),
      },
      (err, result) => {
        current = null;
        if (err) reject(new FriendlyError(`autocannon failed on ${target.path}: ${err.message}`));
        else resolve({ result, latencies: latencies.sort((a, b) => a - b), failed, seconds: (Date.now() - started) / 1000 });
      },
    );
    // Every response time (autocannon's own percentiles have no p95): successes only (2xx, as
    // autocannon, or the target's `expect` status).
    instance.on("response", (_client, status, _bytes, ms) => {
      if (succeeded(target, status)) latencies.push(ms);
      else failed++;
    });
    current = instance;
  });
}

const times = (x: number | null) => (x === null || !Number.isFinite(x) ? "–" : `${x.toFixed(2)}×`);

function goalText(goal: Goal | null): string {
  if (!goal) return "";
  const parts = [
    goal.min ? `≥ ${goal.min.toFixed(2)}× req/s` : "",
    goal.p95Max ? `p95 ≤ ${goal.p95Max}×` : "",
    goal.p99Max ? `p99 ≤ ${goal.p99Max}×` : "",
  ].filter(Boolean);
  const vs =
    goal.vs === "thread" ? `"${THREAD_SMALL_MEMBER.name}"` : goal.vs === "thread viewer" ? `"${THREAD_SMALL_VIEWER.name}"` : goal.vs;
  return `${parts.join(", ")} of ${vs}`;
}

/** The row a goal compares with. */
function referenceOf(goal: Goal, rows: Row[]): Row | undefined {
  const names = {
    static: BASELINE.name,
    dynamic: BASELINE_DYNAMIC.name,
    thread: THREAD_SMALL_MEMBER.name,
    "thread viewer": THREAD_SMALL_VIEWER.name,
  };
  const name = names[goal.vs];
  return rows.find((r) => r.name === name);
}

/** Fills in the ratios and whether the goal is met, from the rows measured so far. */
function compare(row: Row, rows: Row[]): Row {
  const byName = (name: string) => rows.find((r) => r.name === name);
  const ratio = (ref: Row | undefined) => (ref && ref.reqPerSec > 0 ? row.reqPerSec / ref.reqPerSec : null);
  row.vsStatic = ratio(byName(BASELINE.name));
  row.vsDynamic = ratio(byName(BASELINE_DYNAMIC.name));
  const ref = row.goal ? referenceOf(row.goal, rows) : undefined;
  if (row.goal && ref && ref !== row) {
    const { min, p95Max, p99Max } = row.goal;
    row.met =
      row.requests > 0 &&
      (!min || row.reqPerSec >= min * ref.reqPerSec) &&
      (!p95Max || row.p95 <= p95Max * ref.p95) &&
      (!p99Max || row.p99 <= p99Max * ref.p99);
  }
  return row;
}

function printRow(r: Row): void {
  const goal = r.goal ? ` — goal ${goalText(r.goal)}: ${r.met === null ? "no reference" : r.met ? "met" : "NOT met"}` : "";
  console.log(
    `  ${nf.format(Math.round(r.reqPerSec))} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms${r.cache ? `, cache ${r.cache}` : ""}${r.cpuMsPerRequest === null ? "" : `, server CPU ${r.cpuMsPerRequest.toFixed(1)} ms/request`}; ${times(r.vsStatic)} static, ${times(r.vsDynamic)} dynamic${goal}`,
  );
}

function printTable(rows: Row[], opts: Options): void {
  const cols = [
    "Target",
    "Route",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "non-2xx",
    "errors",
    "cache",
    "CPU ms/req",
    "vs static",
    "vs dynamic",
    "goal",
  ];
  const cells = rows.map((r) => [
    r.name,
    `${r.path}${r.auth ? " (logged in)" : ""}`,
    r.reqPerSec.toFixed(0),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.p99.toFixed(1),
    String(r.non2xx),
    String(r.errors),
    r.cache ?? "–",
    r.cpuMsPerRequest === null ? "–" : r.cpuMsPerRequest.toFixed(1),
    times(r.vsStatic),
    times(r.vsDynamic),
    r.met === null ? "" : r.met ? "met" : "NOT met",
  ]);
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => (row[i] as string).length)));
  const line = (row: string[]) => row.map((c, i) => (i < 2 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  ");
  console.log("");
  console.log(
    `${opts.duration} s per route (after ${opts.warmup} s warm-up), ${opts.connections} connections, production build (scripts/server.mjs) on Node.js ${process.version};`,
  );
  console.log("p50/p95/p99: exact percentiles of every 2xx response time (autocannon response events, sorted):");
  console.log(line(cols));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of cells) console.log(line(row));
  const expecting = rows.filter((r) => r.expected !== null);
  for (const r of expecting) {
    console.log(`${r.name}: only ${r.expected} answers count (req/s, latencies); non-2xx = every other answer.`);
  }
  const goals = rows.filter((r) => r.goal);
  if (goals.length > 0) {
    console.log("Goals (issue 9):");
    for (const r of goals)
      console.log(`  ${r.name}: ${goalText(r.goal)} — ${r.met === null ? "reference not measured" : r.met ? "met" : "NOT met"}`);
    const missed = goals.filter((r) => r.met === false).length;
    console.log(missed === 0 ? "Every goal measured is met." : `${missed} of ${goals.length} goals NOT met.`);
  }
}

/** Issue 9: performance within 0.05 of the bare static page's, total blocking time at most 1.5× its. */
function printLighthouse(rows: LighthouseRow[]): void {
  const bare = rows.find((r) => r.name === BASELINE.name);
  console.log("\nLighthouse (mobile, simulated throttling; medians):");
  for (const r of rows) {
    const goal =
      bare && r !== bare && !BASELINES.some((b) => b.name === r.name)
        ? r.performance >= bare.performance - 0.05 && r.totalBlockingTimeMs <= 1.5 * Math.max(bare.totalBlockingTimeMs, 1)
          ? " — goal met"
          : " — goal NOT met"
        : "";
    console.log(
      `  ${r.name.padEnd(22)} ${r.path.padEnd(58)} performance ${r.performance.toFixed(2)}  TBT ${String(Math.round(r.totalBlockingTimeMs)).padStart(5)} ms  LCP ${String(Math.round(r.largestContentfulPaintMs)).padStart(5)} ms  data requests ${String(r.dataRequests).padStart(2)}${goal}`,
    );
  }
  if (bare)
    console.log(
      `  goal: performance ≥ ${(bare.performance - 0.05).toFixed(2)} and TBT ≤ ${Math.round(1.5 * bare.totalBlockingTimeMs)} ms (the bare static page's − 0.05 and 1.5×)`,
    );
}

/** The 5,000-post thread's first and last page against the 10-post thread (as a member reads them, rendered): ~1.00× when page k costs the same. */
function threadComparison(rows: Row[]): Record<string, { reqPerSec: number; p99: number }> | null {
  const small = rows.find((r) => r.name === THREAD_SMALL_MEMBER.name);
  if (!small || !(small.reqPerSec > 0) || !(small.p99 > 0)) return null;
  const out: Record<string, { reqPerSec: number; p99: number }> = {};
  for (const target of [THREAD_LARGE_FIRST, THREAD_LARGE_LAST]) {
    const row = rows.find((r) => r.name === target.name);
    if (row) out[target.name] = { reqPerSec: row.reqPerSec / small.reqPerSec, p99: row.p99 / small.p99 };
  }
  return Object.keys(out).length > 0 ? out : null;
}

// ── Search data ──────────────────────────────────────────────────────────────────────────────
interface SearchPrep {
  docs: number;
  created: number;
  deleted: number;
  generationMs: number;
  /** null: the index already matched the database and was not rebuilt. */
  reindexMs: number | null;
  expected: number;
  index: string;
}

type BenchDocs = typeof import("./lib/bench-docs");
type TrainingLib = typeof import("./lib/bench-training");

/** Imported only once DATABASE_URL / MEILI_* are set: lib/env.ts reads them on first import. */
async function benchDocs(): Promise<BenchDocs> {
  try {
    return await import("./lib/bench-docs");
  } catch (error) {
    throw new FriendlyError(`Loading scripts/lib/bench-docs.ts failed: ${(error as Error).message}`);
  }
}

/**
 * Documents the index must hold: every search source's (knowledge pages, forum posts, courses and
 * lessons, case studies, initiatives share one index, and a rebuild reads every source).
 */
async function expectedDocuments(lib: BenchDocs): Promise<number> {
  return lib.expectedDocuments();
}

// ── Initiatives map data ─────────────────────────────────────────────────────────────────────
type BenchMap = typeof import("./lib/bench-map");

/** Imported only once DATABASE_URL is set: lib/env.ts reads it on first import. */
async function benchMap(): Promise<BenchMap> {
  try {
    return await import("./lib/bench-map");
  } catch (error) {
    throw new FriendlyError(`Loading scripts/lib/bench-map.ts failed: ${(error as Error).message}`);
  }
}

/**
 * JavaScript a first visit downloads (gzip): the page's <script src> chunks. For the map page also
 * what loads once the map is shown (MapLibre and its worker), measured in Chromium when it exists.
 */
async function firstLoadJs(base: string, paths: string[]): Promise<Record<string, number>> {
  const { gzipSync } = await import("node:zlib");
  const size = new Map<string, number>();
  const gz = async (url: string) => {
    if (!size.has(url)) size.set(url, gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length);
    return size.get(url) as number;
  };
  const out: Record<string, number> = {};
  for (const path of paths) {
    // A loaded machine may answer 503 (the database probe timed out): ask again before measuring.
    let res = await fetch(`${base}${path}`);
    for (let i = 0; i < 5 && res.status !== 200; i++) res = await fetch(`${base}${path}`);
    if (res.status !== 200) {
      consoleLog(`  warning: ${path} answered ${res.status}: its first-load JavaScript is not measured.`);
      continue;
    }
    const html = await res.text();
    const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string))];
    let total = 0;
    for (const src of srcs) total += await gz(new URL(src, base).href);
    out[path] = total;
  }
  try {
    const { chromium } = await import("@playwright/test");
    const { existsSync } = await import("node:fs");
    const browser = await chromium.launch({
      executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
      args: ["--no-sandbox", "--disable-dev-shm-usage"],
    });
    try {
      const page = await browser.newPage();
      const scripts: string[] = [];
      page.on("response", (r) => {
        if (/\.m?js(\?|$)/.test(new URL(r.url()).pathname + new URL(r.url()).search) || r.url().includes("/api/map/worker.mjs"))
          scripts.push(r.url());
      });
      await page.goto(`${base}/en/map`);
      await page.locator(".maplibregl-canvas").waitFor({ timeout: 60_000 });
      await page.waitForLoadState("networkidle");
      let total = 0;
      for (const url of new Set(scripts)) total += await gz(url);
      out["/en/map (after the map loads)"] = total;
    } finally {
      await browser.close();
    }
  } catch (error) {
    consoleLog(`  (the map page's JavaScript after loading was not measured: ${(error as Error).message.split("\n")[0]})`);
  }
  return out;
}

/** N generated pages in the database, then the index rebuilt from it when it differs. */
async function prepareSearch(docs: number, log: Log): Promise<SearchPrep> {
  const lib = await benchDocs();
  onCleanup(() => lib.disconnect());
  const gen = await lib.syncBenchDocs(docs, log);
  if (gen.created > 0) log(`Generated ${nf.format(gen.created)} bench pages in ${formatSeconds(gen.ms)}.`);
  const expected = await expectedDocuments(lib);
  const stats = await lib.indexStats();
  let reindexMs: number | null = null;
  if (gen.created > 0 || gen.deleted > 0 || stats.documents !== expected || stats.indexing) {
    log(`Rebuilding the search index "${stats.index}" from PostgreSQL (${nf.format(expected)} documents)…`);
    const r = await lib.rebuildIndex();
    reindexMs = r.ms;
    log(`Rebuilt "${r.index}": ${nf.format(r.documents)} documents in ${formatSeconds(r.ms)}.`);
  } else {
    log(`Search index "${stats.index}" already holds the ${nf.format(expected)} documents: not rebuilt.`);
  }
  await step(log, "Checking the search index", () => lib.waitForIndex(() => expectedDocuments(lib), 10 * 60_000, { drained: false }), {
    detail: (n) => `${nf.format(n)} documents`,
  });
  return { docs, created: gen.created, deleted: gen.deleted, generationMs: gen.ms, reindexMs, expected, index: stats.index };
}

// ── Forum data ───────────────────────────────────────────────────────────────────────────────
type BenchForum = typeof import("./lib/bench-forum");
type ForumPrep = Awaited<ReturnType<BenchForum["syncBenchForum"]>>;

/** Imported only once DATABASE_URL is set: lib/env.ts reads it on first import. */
async function benchForum(): Promise<BenchForum> {
  try {
    return await import("./lib/bench-forum");
  } catch (error) {
    throw new FriendlyError(`Loading scripts/lib/bench-forum.ts failed: ${(error as Error).message}`);
  }
}

/** The bench topics in the database (generated on the first run), then their ids in the targets. */
async function prepareForum(authorEmail: string, log: Log): Promise<ForumPrep> {
  const lib = await benchForum();
  onCleanup(() => lib.disconnect());
  const prep = await lib.syncBenchForum(FORUM_CATEGORY, authorEmail, log);
  log(
    prep.created > 0
      ? `Generated ${nf.format(prep.created)} forum posts in ${formatSeconds(prep.ms)}.`
      : `Forum bench topics: already in the database, reused (the posting topic holds ${nf.format(prep.postingPosts)} posts).`,
  );
  THREAD_SMALL.path = threadPath(prep.ids.small);
  THREAD_SMALL_MEMBER.path = threadPath(prep.ids.small);
  THREAD_LARGE_FIRST.path = threadPath(prep.ids.large);
  THREAD_LARGE_LAST.path = threadPath(prep.ids.large, LAST_PAGE);
  THREAD_LARGE_LAST_CACHED.path = threadPath(prep.ids.large, LAST_PAGE);
  THREAD_SMALL_VIEWER.path = viewerPath(prep.ids.small);
  THREAD_SMALL_RENDERED.path = `${threadPath(prep.ids.small)}?bench=1`;
  THREAD_LARGE_LAST_VIEWER.path = viewerPath(prep.ids.large, LAST_PAGE);
  FORUM_POST.path = repliesPath(prep.ids.posting);
  FORUM_READS.path = `/api/forum/reads?topics=${prep.latest.join(",")}`;
  FORUM_READS.shown = `/api/forum/reads?topics=<${prep.latest.length} ids>`;
  return prep;
}

// ── Good-practice data ───────────────────────────────────────────────────────────────────────
type BenchPractices = typeof import("./lib/bench-practices");

/** Imported only once DATABASE_URL is set: lib/env.ts reads it on first import. */
async function benchPractices(): Promise<BenchPractices> {
  try {
    return await import("./lib/bench-practices");
  } catch (error) {
    throw new FriendlyError(`Loading scripts/lib/bench-practices.ts failed: ${(error as Error).message}`);
  }
}

/** Whether the row a target reads exists (seeded); an older bench database may predate it. */
async function slugSeeded(databaseUrl: string, table: "KnowledgePage" | "ForumCategory" | "Practice", slug: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    const r = await client.query(`SELECT 1 FROM "${table}" WHERE slug = $1`, [slug]);
    return (r.rowCount ?? 0) > 0;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The whole report so far, rewritten after every row. */
function saveReport(
  file: string,
  data: {
    opts: Options;
    search: SearchPrep | null;
    forum: ForumPrep | null;
    indexed: number | null;
    rows: Row[];
    lighthouse: LighthouseRow[];
    map: { count: number; created: number; ms: number } | null;
    practices: { count: number; created: number; ms: number } | null;
    training: { submissions: unknown; js: { static: number; lesson: number } } | null;
    firstLoad: Record<string, number> | null;
  },
): void {
  const { opts, search, forum, indexed, rows, lighthouse, map, practices, training, firstLoad } = data;
  const report = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    // The server runs on the same Node.js as the bench (scripts/lib/app.ts: process.execPath).
    node: process.version,
    duration: opts.duration,
    warmup: opts.warmup,
    connections: opts.connections,
    latency: "exact nearest-rank percentiles of every 2xx response time (autocannon 'response' events)",
    search: search && {
      docs: search.docs,
      indexedDocuments: indexed,
      index: search.index,
      terms: SEARCH_TERMS,
      generatedPages: search.created,
      removedPages: search.deleted,
      generationMs: search.generationMs,
      reindexMs: search.reindexMs,
    },
    forum: forum && {
      category: FORUM_CATEGORY,
      topics: forum.ids,
      generatedPosts: forum.created,
      generationMs: forum.ms,
      postingTopicPostsBefore: forum.postingPosts,
      threadsVsSmall: threadComparison(rows),
    },
    practices: practices && { generated: practices.count, createdThisRun: practices.created, generationMs: practices.ms },
    initiatives: map && { generated: map.count, created: map.created, ms: map.ms },
    training: training && {
      quizSubmissions: training.submissions,
      firstLoadJsGzipBytes: { static: training.js.static, lesson: training.js.lesson, difference: training.js.lesson - training.js.static },
    },
    firstLoadJsGzipBytes: firstLoad ?? undefined,
    results: rows,
    lighthouse: lighthouse.length > 0 ? lighthouse : undefined,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

function gitCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
}

runMain(async () => {
  const log = consoleLog;
  const opts = parseArgs(process.argv.slice(2));
  if (!opts) {
    console.log(usage());
    return 0;
  }
  const targets = opts.only ? TARGETS.filter((t) => BASELINES.includes(t) || opts.only?.includes(t.name)) : TARGETS;
  const autocannon = loadAutocannon();
  if (opts.lighthouse > 0) lighthouseBin(); // fails early, with how to install it
  const withSearch = targets.includes(SEARCH) || targets.includes(SEARCH_FACETS) || opts.docs > 0;
  // Every forum target, even the category list: the bench topics are part of what it lists.
  const withForum = targets.some((t) => FORUM_TARGETS.includes(t));
  const withMap = targets.some((t) => MAP_TARGETS.includes(t));
  const withPractices = targets.some((t) => PRACTICE_TARGETS.includes(t));
  if (withSearch || withForum || withMap || withPractices || !opts.only || opts.only.includes(QUIZ_SUBMISSIONS)) {
    try {
      await import("server-only");
    } catch {
      throw new FriendlyError(
        `Run the bench through \`npm run bench\`: ${withSearch ? "search" : withForum ? "the forum data" : "the case studies"} needs tsx --conditions=react-server (lib/ is server-only).`,
      );
    }
  }

  // Servers for the benchmark only; .env is deliberately not loaded (it points at dev servers).
  if (process.env.BENCH_DATABASE_URL) process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  if (process.env.BENCH_MEILI_HOST) process.env.MEILI_HOST = process.env.BENCH_MEILI_HOST;
  if (process.env.BENCH_MEILI_MASTER_KEY) process.env.MEILI_MASTER_KEY = process.env.BENCH_MEILI_MASTER_KEY;

  const dir = profileDir("bench");
  const port = appPort("BENCH_PORT", 3200);
  await assertPortFree(port, "bench");
  await ensurePrismaClient(log);
  const account = await demoAccount();
  const services: Services = await ensureServices({ profile: "bench", log });
  let app: RunningApp | null = null;
  const stopAll = async () => {
    await app?.stop();
    await services.stop();
  };
  onCleanup(stopAll);
  onCleanup(() => current?.stop()); // runs first on Ctrl-C

  // The server and this process (lib/ modules, for the search data) must use the same database,
  // Meilisearch and index name: set them here, before any lib/ import (lib/env.ts reads them once),
  // and pass the prefix to the server explicitly (else `next start` could take one from .env).
  const indexPrefix = process.env.MEILI_INDEX_PREFIX ?? "";
  process.env.DATABASE_URL = services.databaseUrl;
  process.env.MEILI_HOST = services.meiliHost;
  process.env.MEILI_MASTER_KEY = services.meiliMasterKey;
  process.env.MEILI_INDEX_PREFIX = indexPrefix;

  await migrate(services.databaseUrl, log);
  const env: Env = appEnv(services, port, { APP_URL: `http://localhost:${port}`, MEILI_INDEX_PREFIX: indexPrefix });
  await seedOnFirstRun(services, env, "bench", log);
  const knowledgeSlug = KNOWLEDGE.path.split("/").pop() as string;
  const missing = [
    targets.includes(KNOWLEDGE) && !(await slugSeeded(services.databaseUrl, "KnowledgePage", knowledgeSlug)) && "knowledge pages",
    withForum && !(await slugSeeded(services.databaseUrl, "ForumCategory", FORUM_CATEGORY)) && "forum categories",
    targets.includes(PRACTICE_PAGE) &&
      !(await slugSeeded(services.databaseUrl, "Practice", PRACTICE_PAGE.path.split("/").pop() as string)) &&
      "case studies",
  ].filter(Boolean);
  if (missing.length > 0 && process.env.SEED !== "never") {
    await seed(env, log, `Seeding the database (its ${missing.join(" and ")} are missing)`);
  }
  await buildIfStale(env, "bench", log);
  if (isStopping()) return 0;
  // Before the search data: a rebuilt index holds the forum posts too (see expectedDocuments).
  const forum = withForum ? await prepareForum(account.email, log) : null;
  if (isStopping()) return 0;
  // Before the search data too: a rebuilt index holds the initiatives.
  let map: Awaited<ReturnType<BenchMap["syncBenchInitiatives"]>> | null = null;
  if (withMap || withSearch) {
    const lib = await benchMap();
    onCleanup(() => lib.disconnect());
    map = await lib.syncBenchInitiatives(opts.initiatives, log);
  }
  if (isStopping()) return 0;
  // Before the search data too: a rebuilt index holds the generated case studies.
  let practices: Awaited<ReturnType<BenchPractices["syncBenchPractices"]>> | null = null;
  if (withPractices || withSearch) {
    const lib = await benchPractices();
    onCleanup(() => lib.disconnect());
    practices = await lib.syncBenchPractices(opts.practices, log);
    log(
      practices.created > 0
        ? `Generated ${nf.format(practices.created)} case studies in ${formatSeconds(practices.ms)}.`
        : `Case studies: ${nf.format(opts.practices)} generated ones already in the database, reused.`,
    );
  }
  if (isStopping()) return 0;
  const search = withSearch ? await prepareSearch(opts.docs, log) : null;
  if (isStopping()) return 0;
  app = await startNext({
    mode: "start",
    port,
    // One login per run, but runs follow each other quickly: lift the per-IP login limit.
    // EPANEMA_BENCH: the server answers the bare baseline pages (scripts/lib/bench-pages.mjs).
    env: { ...env, RATE_LIMIT_LOGIN_IP_MAX: "100000", [BENCH_ENV]: "1" },
    profile: "bench",
    log,
    readyPath: "/api/health",
    logFile: join(dir, "server.log"),
    // The profile covers the whole run (open it in Chrome's DevTools, Performance panel).
    nodeArgs: opts.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${opts.cpuProf}`] : [],
  });
  const base = `http://127.0.0.1:${port}`;
  const file = join(dir, `results-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  log(`Results go to ${rel(file)} as they are measured.`);
  // The server runs on this Node; production runs 22 or 24 (engines), and Node 20's AsyncLocalStorage
  // costs every page rendered per request about a third more CPU (docs/performance.md, ninth run).
  if (Number(process.versions.node.split(".")[0]) < 22)
    log(
      `Note: Node.js ${process.version} is outside package.json "engines" (22.12+ or 24): figures for pages rendered per request are higher than production's. Put Node 24 first on PATH to measure what production runs.`,
    );
  const cookie = targets.some((t) => t.auth)
    ? await step(log, `Logging in as the demo ${LOGIN_ROLE.toLowerCase()}`, () => login(base, account))
    : "";

  const rows: Row[] = [];
  let indexed: number | null = null;
  const lighthouseRows: LighthouseRow[] = [];
  let firstLoad: Record<string, number> | null = null;
  let training: { submissions: Awaited<ReturnType<TrainingLib["measureSubmissions"]>>; js: { static: number; lesson: number } } | null =
    null;
  const save = () =>
    saveReport(file, { opts, search, forum, indexed, rows, lighthouse: lighthouseRows, map, practices, training, firstLoad });
  for (const target of targets) {
    if (isStopping()) return 0;
    if ((target === SEARCH || (target === SEARCH_FACETS && !targets.includes(SEARCH))) && search) {
      // The app's indexer applies what the seed queued (and the "forum post" target's replies):
      // wait until it is done and the index agrees with the database, counted afresh each time
      // (the server may still be committing replies queued before the posting target stopped).
      const lib = await benchDocs();
      indexed = await step(
        log,
        "Waiting for the search index",
        () => lib.waitForIndex(() => expectedDocuments(lib), 5 * 60_000, { drained: true }),
        { detail: (n) => `${nf.format(n)} documents, outbox drained` },
      );
      await lib.disconnect();
    }
    const headers: Record<string, string> = { ...target.headers, ...(target.auth ? { Cookie: cookie } : {}) };
    const shown = target.shown ?? (target.method && target.method !== "GET" ? `${target.method} ${target.path}` : target.path);
    log(
      `Benchmarking ${target.name}: ${shown}${target.auth ? " (logged in)" : ""} (${opts.duration} s${opts.warmup > 0 ? ` after ${opts.warmup} s warm-up` : ""})…`,
    );
    const cache = await warmUp(autocannon, base, target, opts, headers);
    const cpuBefore = cpuMs(app.child.pid);
    const { result: r, latencies, failed, seconds } = await measure(autocannon, base, target, opts, headers);
    const cpuAfter = cpuMs(app.child.pid);
    if (isStopping()) return 0;
    const row = compare(
      {
        name:
          (target === SEARCH || target === SEARCH_FACETS) && indexed !== null ? `${target.name}, ${nf.format(indexed)} docs` : target.name,
        path: shown,
        auth: target.auth === true,
        // With `expect`, successes only: autocannon's req/s counts every answer (a 429 is fast).
        reqPerSec: target.expect ? latencies.length / Math.max(seconds, 0.001) : r.requests.average,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        non2xx: target.expect ? failed : r.non2xx,
        errors: r.errors + r.timeouts,
        requests: r.requests.total,
        vsStatic: null,
        vsDynamic: null,
        cache,
        cpuMsPerRequest: cpuBefore !== null && cpuAfter !== null && r.requests.total > 0 ? (cpuAfter - cpuBefore) / r.requests.total : null,
        expected: target.expect ?? null,
        goal: target.goal ?? null,
        met: null,
      },
      rows,
    );
    rows.push(row);
    printRow(row);
    save();
  }

  if (opts.lighthouse > 0 && !isStopping()) {
    log(`Lighthouse (mobile), ${opts.lighthouse} runs per page…`);
    const pages = [BASELINE, BASELINE_DYNAMIC, { name: "home", path: "/en" }, KNOWLEDGE, ...(forum ? [THREAD_SMALL] : [])];
    const keep = (rows: LighthouseRow[]) => {
      lighthouseRows.splice(0, lighthouseRows.length, ...rows);
      save();
    };
    keep(await lighthouse(`http://localhost:${port}`, pages, { runs: opts.lighthouse, dir: join(dir, "lighthouse"), log, onRound: keep }));
  }
  firstLoad = withMap
    ? await step(log, "Measuring first-load JavaScript", () =>
        firstLoadJs(base, ["/en", KNOWLEDGE.path, "/en/knowledge", "/en/courses", "/en/practices", "/en/forum", "/en/map", "/en/map/list"]),
      )
    : null;
  save();

  // Training: quiz submissions through the server action, and the lesson page's first-load JS.
  const withQuiz = !opts.only || opts.only.includes(QUIZ_SUBMISSIONS);
  if (withQuiz && !isStopping()) {
    const lib: TrainingLib = await import("./lib/bench-training");
    const prep = await step(log, "Preparing the bench quiz and its learners", () => lib.prepareQuiz());
    const cookies = await step(log, "Logging in the bench learners", () => Promise.all(prep.learners.map((l) => login(base, l))));
    log(`Benchmarking quiz submissions (${prep.learners.length} learners, ${opts.duration} s)…`);
    const submissions = await lib.measureSubmissions(base, prep, cookies, opts.duration);
    const lessonCookie = cookie || (await login(base, account));
    const js = {
      static: (await lib.firstLoadJs(base, BASELINE.path)).bytes,
      lesson: (await lib.firstLoadJs(base, LESSON.path, lessonCookie)).bytes,
    };
    training = { submissions, js };
    save();
    await lib.disconnect();
    await Promise.all([...cookies, lessonCookie === cookie ? "" : lessonCookie].map((c) => logout(base, c)));
  }
  await logout(base, cookie);

  // Stop before the table so that it is the last thing printed.
  await stopAll();
  printTable(rows, opts);
  if (lighthouseRows.length > 0) printLighthouse(lighthouseRows);
  if (search) {
    const generated =
      search.created > 0 ? `generated ${nf.format(search.created)} pages in ${formatSeconds(search.generationMs)}` : "no pages generated";
    const rebuilt = search.reindexMs === null ? "index already complete" : `reindex ${formatSeconds(search.reindexMs)}`;
    console.log(
      `Search: --docs ${nf.format(search.docs)} (${generated}, ${rebuilt}); terms rotated: ${SEARCH_TERMS.map((t) => `"${t}"`).join(", ")}.`,
    );
  }
  if (training) {
    const s = training.submissions;
    console.log(
      `Quiz submissions: ${nf.format(s.submissions)} graded (${s.failed} failed), ${s.perSecond.toFixed(1)}/s while submitting (${s.wallPerSecond.toFixed(1)}/s of wall time, attempts started in-process between them); p50 ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms.`,
    );
    const kib = (b: number) => (b / 1024).toFixed(1);
    console.log(
      `First-load JS (gzip): lesson ${kib(training.js.lesson)} KiB, bare static page ${kib(training.js.static)} KiB, difference ${kib(training.js.lesson - training.js.static)} KiB (budget 40 KiB).`,
    );
  }
  const threads = threadComparison(rows);
  if (threads) {
    const parts = Object.entries(threads).map(([name, c]) => `${name} ${c.reqPerSec.toFixed(2)}× req/s, ${c.p99.toFixed(2)}× p99`);
    console.log(
      `Threads vs "${THREAD_SMALL_MEMBER.name}" (1.00× = the same cost; req/s below 1 or p99 above 1 = slower): ${parts.join("; ")}.`,
    );
  }
  if (forum) {
    const generated =
      forum.created > 0 ? `generated ${nf.format(forum.created)} posts in ${formatSeconds(forum.ms)}` : "reused from an earlier run";
    console.log(
      `Forum: bench topics in "${FORUM_CATEGORY}" (${generated}); "${FORUM_POST.name}" replied into a topic that held ${nf.format(forum.postingPosts)} posts.`,
    );
  }
  if (practices && withPractices) {
    console.log(
      `Practices: ${nf.format(practices.count)} generated case studies (${practices.created > 0 ? `generated ${nf.format(practices.created)} in ${formatSeconds(practices.ms)}` : "reused"}) plus the seeded ones.`,
    );
  }
  if (map) {
    console.log(
      `Initiatives: ${nf.format(map.count)} generated (${map.created > 0 ? `${nf.format(map.created)} created in ${formatSeconds(map.ms)}` : "reused"}) plus the seeded examples.`,
    );
  }
  if (firstLoad) {
    console.log(
      `First-load JavaScript (gzip): ${Object.entries(firstLoad)
        .map(([path, bytes]) => `${path} ${(bytes / 1024).toFixed(1)} KiB`)
        .join("; ")}.`,
    );
  }
  save();
  console.log(`\nResults saved to ${rel(file)}`);
  return 0;
});
