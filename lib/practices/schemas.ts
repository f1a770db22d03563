import { isCalendarDay } from "@/lib/dates";
import { z } from "zod";
import { isCleanText, withoutBadText } from "@/lib/clean-text";
import { COUNTRY_CODES } from "@/lib/countries";
import { locales } from "@/lib/i18n/locales";
import { SPOKEN_LANGUAGES } from "@/lib/spoken-languages";
import { TARGET_GROUPS, THEMES } from "./vocabulary";

// One schema per form/action, shared by the client form and the server. Messages are catalogue keys.

/** Countries a case study can be in: every listed ISO code (not "other"). */
export const PRACTICE_COUNTRIES = COUNTRY_CODES.filter((c) => c !== "OTHER");

export const PRACTICES_PER_PAGE = 12;
export const API_MAX_PER_PAGE = 100;

const id = z.string().trim().min(1, "validation.required").max(40, "validation.invalid");
const locale = z.enum(locales, { message: "validation.invalid" });
const text = (max: number) => z.string().trim().max(max, "validation.tooLong").default("");

/** One item per line: lines trimmed, empty ones dropped, at most 40 items of 300 characters. */
const lines = z
  .string()
  .max(8000, "validation.tooLong")
  .default("")
  .transform((v) =>
    v
      .split(/\r?\n/)
      .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, "").trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(300, "validation.practiceLineTooLong")).max(40, "validation.practiceTooManyLines"))
  .transform((items) => items.join("\n"));

/** "2024-03" (an <input type="month">), or empty. */
const month = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || /^(19[89]\d|20\d\d)-(0[1-9]|1[0-2])$/.test(v), "validation.practiceMonth");

export const practiceTitle = z.string().trim().min(3, "validation.titleTooShort").max(200, "validation.tooLong");

export const createPracticeSchema = z.object({
  title: practiceTitle,
  sourceLocale: locale,
});

/** The facts: the same in every language, edited with the source language. */
export const factsSchema = z
  .object({
    country: z.enum(PRACTICE_COUNTRIES, { message: "validation.country" }),
    city: text(100),
    libraryName: text(200),
    themes: z.array(z.enum(THEMES, { message: "validation.invalid" })).max(THEMES.length, "validation.invalid"),
    targetGroups: z.array(z.enum(TARGET_GROUPS, { message: "validation.invalid" })).max(TARGET_GROUPS.length, "validation.invalid"),
    languagesUsed: z.array(z.enum(SPOKEN_LANGUAGES, { message: "validation.invalid" })).max(15, "validation.practiceTooManyLanguages"),
    periodStart: month,
    periodEnd: month,
    partnersInvolved: text(1000),
    contactName: text(120),
    contactEmail: z
      .string()
      .trim()
      .toLowerCase()
      .max(200, "validation.tooLong")
      .default("")
      .refine((v) => v === "" || z.email().safeParse(v).success, "validation.email"),
  })
  .refine((f) => !f.periodStart || !f.periodEnd || f.periodEnd >= f.periodStart, {
    message: "validation.practicePeriod",
    path: ["periodEnd"],
  })
  .transform((f) => ({
    ...f,
    themes: [...new Set(f.themes)],
    targetGroups: [...new Set(f.targetGroups)],
    languagesUsed: [...new Set(f.languagesUsed)],
  }));
export type PracticeFacts = z.infer<typeof factsSchema>;

/** One language's working copy (and the facts, when it is the source language). */
export const savePracticeSchema = z.object({
  practiceId: id,
  locale,
  /** The version the form was loaded with: a save over someone else's newer one is refused. */
  baseVersion: z.number().int().min(0),
  title: practiceTitle,
  summary: text(600),
  /** Tiptap JSON, validated and sanitised by lib/rich-text. */
  story: z.unknown(),
  resources: lines,
  steps: lines,
  results: text(4000),
  lessons: text(4000),
  facts: factsSchema.optional(),
  /** Submit for review right after saving. */
  submit: z.boolean().default(false),
});
export type SavePracticeInput = z.infer<typeof savePracticeSchema>;

export const practiceIdSchema = z.object({ practiceId: id });
export const practiceTranslationSchema = z.object({ practiceId: id, locale });

/** Fields a reviewer can comment on (null: the submission as a whole). */
export const REVIEW_FIELDS = [
  "title",
  "summary",
  "story",
  "resources",
  "steps",
  "results",
  "lessons",
  "place",
  "themes",
  "targetGroups",
  "languagesUsed",
  "period",
  "partnersInvolved",
  "contact",
] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];

const comment = z.string().trim().max(2000, "validation.tooLong").default("");

/** The reviewer's form: a general comment and one per field (names "comment.<field>"), at least one. */
export const requestChangesSchema = z
  .object({
    practiceId: id,
    general: comment,
    ...Object.fromEntries(REVIEW_FIELDS.map((f) => [`comment.${f}`, comment])),
  })
  .transform((v) => {
    const record = v as Record<string, string>;
    return {
      practiceId: v.practiceId,
      comments: [
        ...(v.general ? [{ field: null, body: v.general }] : []),
        ...REVIEW_FIELDS.filter((f) => record[`comment.${f}`]).map((f) => ({
          field: f as ReviewField | null,
          body: record[`comment.${f}`] as string,
        })),
      ],
    };
  })
  .refine((v) => v.comments.length > 0, { message: "validation.reviewCommentRequired", path: ["general"] });

export const approveSchema = z.object({ practiceId: id, note: text(2000) });

// ─── adoptions ──────────────────────────────────────────────────────────────────────────────

const date = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || isCalendarDay(v), "validation.date");

export const startAdoptionSchema = z.object({
  practiceId: id,
  libraryName: z.string().trim().min(2, "validation.practiceLibraryName").max(200, "validation.tooLong"),
  country: z.enum(PRACTICE_COUNTRIES, { message: "validation.country" }),
  city: text(100),
  plannedFor: date,
  notes: text(4000),
});

export const ADOPTION_OUTCOMES = ["DONE", "ADAPTED", "DROPPED"] as const;

export const adoptionIdSchema = z.object({ adoptionId: id });

export const checklistItemSchema = z.object({
  adoptionId: id,
  itemId: z
    .string()
    .trim()
    .regex(/^[a-z]\d{1,3}$/, "validation.invalid"),
  done: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const addChecklistItemSchema = z.object({
  adoptionId: id,
  text: z.string().trim().min(2, "validation.required").max(300, "validation.practiceLineTooLong"),
});

export const adoptionNotesSchema = z.object({
  adoptionId: id,
  notes: text(4000),
  plannedFor: date,
});

export const recordOutcomeSchema = z
  .object({
    adoptionId: id,
    status: z.enum(ADOPTION_OUTCOMES, { message: "validation.adoptionOutcome" }),
    whatChanged: text(2000),
    outcomeStory: text(4000),
  })
  .refine((v) => v.status === "DONE" || v.whatChanged.length >= 3, { message: "validation.adoptionWhatChanged", path: ["whatChanged"] })
  .refine((v) => v.outcomeStory.length >= 10, { message: "validation.adoptionStory", path: ["outcomeStory"] });
export type RecordOutcomeInput = z.infer<typeof recordOutcomeSchema>;

// ─── reading: the list's facets, shared by /practices and the open-data API ──────────────────

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "validation.invalid")
  .max(80, "validation.invalid");

/** A case study's (or an organisation's) address: GET /api/practices/:slug/viewer. */
export const practiceParamsSchema = z.object({ slug });

export const practiceFilterSchema = z.object({
  // Refused like every other text input: without the search engine, the words go to PostgreSQL.
  q: z.string().trim().max(200, "validation.tooLong").refine(isCleanText, "validation.invalidCharacters").default(""),
  country: z
    .array(z.enum(PRACTICE_COUNTRIES, { message: "validation.invalid" }))
    .max(20, "validation.invalid")
    .default([]),
  theme: z
    .array(z.enum(THEMES, { message: "validation.invalid" }))
    .max(THEMES.length, "validation.invalid")
    .default([]),
  group: z
    .array(z.enum(TARGET_GROUPS, { message: "validation.invalid" }))
    .max(TARGET_GROUPS.length, "validation.invalid")
    .default([]),
  lang: z
    .array(z.enum(SPOKEN_LANGUAGES, { message: "validation.invalid" }))
    .max(20, "validation.invalid")
    .default([]),
  org: z.array(slug).max(20, "validation.invalid").default([]),
  page: z.coerce.number().int().min(1, "validation.range").max(10_000, "validation.range").default(1),
});
export type PracticeFilter = z.infer<typeof practiceFilterSchema>;
export const FACETS = ["country", "theme", "group", "lang", "org"] as const;
export type Facet = (typeof FACETS)[number];

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(input: RawParams, key: string): string[] {
  const raw = input instanceof URLSearchParams ? input.getAll(key) : [input[key] ?? []].flat();
  // Repeated keys (?theme=a&theme=b, what the pages write) and commas (?theme=a,b, handy in scripts).
  return [
    ...new Set(
      raw
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

function single(input: RawParams, key: string): string | undefined {
  return input instanceof URLSearchParams ? (input.get(key) ?? undefined) : [input[key] ?? []].flat()[0];
}

/** The filter from a URL. Strict: an unknown value is an error (the API answers 400). */
export function parsePracticeFilter(input: RawParams) {
  const raw: Record<string, unknown> = { q: single(input, "q") ?? "" };
  for (const facet of FACETS) raw[facet] = valuesOf(input, facet).map((v) => (facet === "country" ? v.toUpperCase() : v));
  const page = single(input, "page");
  if (page) raw.page = page;
  return practiceFilterSchema.safeParse(raw);
}

/** The filter from a URL, forgiving: values that are not (or no longer) in the vocabulary are dropped. */
export function lenientPracticeFilter(input: RawParams): PracticeFilter {
  const strict = parsePracticeFilter(input);
  if (strict.success) return strict.data;
  const shape = practiceFilterSchema.shape;
  const raw: Record<string, unknown> = {};
  for (const facet of FACETS) {
    const item = (shape[facet] as unknown as z.ZodDefault<z.ZodArray<z.ZodType>>).unwrap().element;
    raw[facet] = valuesOf(input, facet)
      .map((v) => (facet === "country" ? v.toUpperCase() : v))
      .filter((v) => item.safeParse(v).success)
      .slice(0, 20);
  }
  // Cut first: the cut may split a surrogate pair, whose half goes with the other bad characters.
  raw.q = withoutBadText((single(input, "q") ?? "").trim().slice(0, 200)).trim();
  const page = Number(single(input, "page"));
  raw.page = Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
  return practiceFilterSchema.parse(raw);
}

/** The query string of a filter (stable order, repeated keys), for links and the API's `links`. */
export function filterQuery(filter: Partial<PracticeFilter>, extra: Record<string, string | number | undefined> = {}): string {
  const p = new URLSearchParams();
  if (filter.q) p.set("q", filter.q);
  for (const facet of FACETS) for (const v of filter[facet] ?? []) p.append(facet, v);
  if (filter.page && filter.page > 1) p.set("page", String(filter.page));
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== "") p.set(k, String(v));
  return p.toString();
}

/** GET /api/practices/adoptions: the language of the practices' titles. */
export const adoptionsQuerySchema = z.object({ locale });
