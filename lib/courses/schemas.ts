import { isCalendarDay } from "@/lib/dates";
import { isCleanText } from "@/lib/clean-text";
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";

import { type CourseTransition, courseWorkflow } from "./policy";
import { LEVELS, type Level, TOPICS, type Topic } from "./vocabulary";

export { LEVELS, type Level, TOPICS, type Topic };

/** Catalogue filter on a course's total minutes: [min, max) per bucket. */
export const DURATIONS = { short: [0, 60], medium: [60, 180], long: [180, Number.POSITIVE_INFINITY] } as const;
export type Duration = keyof typeof DURATIONS;
export const DURATION_KEYS = Object.keys(DURATIONS) as Duration[];

/** Lesson slugs that would collide with the course's own sub-pages. */
export const RESERVED_LESSON_SLUGS = ["edit", "quizzes", "preview", "new", "certificate"];

const id = z.string().trim().min(1, "validation.required").max(40, "validation.invalid");
const locale = z.enum(locales, { message: "validation.invalid" });

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "validation.slug")
  .max(80, "validation.slug")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "validation.slug");

const lessonSlug = slugSchema.refine((s) => !RESERVED_LESSON_SLUGS.includes(s), "validation.slugReserved");
const title = z.string().trim().min(3, "validation.titleTooShort").max(200, "validation.tooLong");
const shortText = z.string().trim().min(1, "validation.required").max(300, "validation.tooLong");

// ─── authoring ───────────────────────────────────────────────────────────────────────────────

export const createCourseSchema = z.object({
  title,
  slug: slugSchema,
  topic: z.enum(TOPICS, { message: "validation.invalid" }),
  level: z.enum(LEVELS, { message: "validation.invalid" }),
  sourceLocale: locale,
});

export const courseSettingsSchema = z.object({
  courseId: id,
  topic: z.enum(TOPICS, { message: "validation.invalid" }),
  level: z.enum(LEVELS, { message: "validation.invalid" }),
  /** An uploaded image's id, or "" for no cover. */
  coverId: z
    .string()
    .trim()
    .max(40, "validation.invalid")
    .transform((v) => v || null),
});

/** Title, summary and outcomes (one per line in the form) of one language. */
export const courseTextSchema = z.object({
  courseId: id,
  locale,
  title,
  summary: z.string().trim().max(1000, "validation.tooLong").default(""),
  outcomes: z
    .string()
    .max(4000, "validation.tooLong")
    .default("")
    .transform((v) =>
      v
        .split(/\r?\n/)
        .map((line) => line.replace(/^\s*[-•*]\s*/, "").trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(300, "validation.tooLong")).max(12, "validation.tooMany")),
  baseVersion: z.coerce.number().int().min(0),
});

export const courseLocaleSchema = z.object({ courseId: id, locale });
export const courseIdSchema = z.object({ courseId: id });

export type Transition = CourseTransition;
export const courseTransitionSchema = z.object({
  courseId: id,
  transition: z.enum(courseWorkflow.names, { message: "validation.invalid" }),
});

export const addModuleSchema = z.object({ courseId: id, title: shortText });
export const renameModuleSchema = z.object({ moduleId: id, locale, title: shortText });
export const moduleIdSchema = z.object({ moduleId: id });

const direction = z.enum(["up", "down"], { message: "validation.invalid" });
export const moveSchema = z.object({ id, direction });

export const addLessonSchema = z.object({ moduleId: id, title, slug: lessonSlug });
export const lessonSettingsSchema = z.object({
  lessonId: id,
  slug: lessonSlug,
  minutes: z.coerce
    .number({ message: "validation.number" })
    .int("validation.number")
    .min(1, "validation.minutes")
    .max(600, "validation.minutes"),
  required: z
    .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
});

/** Autosave of a lesson's working copy in one language. `content` is Tiptap JSON, validated by lib/rich-text. */
export const saveLessonSchema = z.object({
  lessonId: id,
  locale,
  title,
  content: z.unknown(),
  baseVersion: z.number().int().min(0),
});
export const lessonLocaleSchema = z.object({ lessonId: id, locale });
export const lessonIdSchema = z.object({ lessonId: id });
export const restoreLessonSchema = z.object({ revisionId: id });

export const quizSettingsSchema = z.object({
  quizId: id,
  passMark: z.coerce
    .number({ message: "validation.number" })
    .int("validation.number")
    .min(1, "validation.passMark")
    .max(100, "validation.passMark"),
  /** "" = unlimited. */
  maxAttempts: z
    .string()
    .trim()
    .max(3, "validation.attempts")
    .transform((v, ctx) => {
      if (v === "") return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 99) {
        ctx.addIssue({ code: "custom", message: "validation.attempts" });
        return z.NEVER;
      }
      return n;
    }),
});
export const quizIdSchema = z.object({ quizId: id });

const choiceInput = z.object({
  /** Present for an existing choice. */
  id: z.string().trim().max(40).optional(),
  text: z.string().trim().min(1, "validation.required").max(500, "validation.tooLong"),
  feedback: z.string().trim().max(1000, "validation.tooLong").default(""),
  correct: z.boolean().default(false),
});

/**
 * A question with its choices, in one language. In the source language the kind, the choices and
 * which are correct may change; in a translation only the texts do (the structure is the source's).
 */
export const saveQuestionSchema = z
  .object({
    quizId: id,
    questionId: z.string().trim().max(40).optional(),
    locale,
    kind: z.enum(["SINGLE", "MULTIPLE"], { message: "validation.invalid" }),
    prompt: z.string().trim().min(3, "validation.titleTooShort").max(1000, "validation.tooLong"),
    choices: z.array(choiceInput).min(2, "validation.choicesMin").max(8, "validation.choicesMax"),
  })
  .superRefine((q, ctx) => {
    const correct = q.choices.filter((c) => c.correct).length;
    if (q.kind === "SINGLE" && correct !== 1) ctx.addIssue({ code: "custom", path: ["choices"], message: "validation.singleCorrect" });
    if (q.kind === "MULTIPLE" && correct < 1) ctx.addIssue({ code: "custom", path: ["choices"], message: "validation.multipleCorrect" });
  });
export const questionIdSchema = z.object({ questionId: id });

// ─── learning ────────────────────────────────────────────────────────────────────────────────

export const enrolSchema = z.object({ courseId: id });
export const markDoneSchema = z.object({
  lessonId: id,
  done: z
    .union([z.boolean(), z.enum(["true", "false"])])
    .default(true)
    .transform((v) => v === true || v === "true"),
});
export const startAttemptSchema = z.object({ quizId: id });

/** { questionId: [choiceId, …] }; from a form: fields named `q:<questionId>` (repeated for checkboxes). */
export const submitAttemptSchema = z.object({
  attemptId: id,
  answers: z
    .record(z.string().max(40), z.array(z.string().max(40)).max(8))
    .refine((a) => Object.keys(a).length <= 100, "validation.invalid"),
});

export const revokeCertificateSchema = z.object({
  certificateId: id,
  reason: z.string().trim().min(5, "validation.reasonTooShort").max(500, "validation.tooLong"),
});

/** Certificate codes: 26 characters of RFC 4648 base32 (130 random bits). */
export const certificateCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z2-7]{26}$/, "validation.invalid");

// ─── catalogue and reports ───────────────────────────────────────────────────────────────────

export const catalogueQuerySchema = z.object({
  q: z.string().trim().max(100).refine(isCleanText).catch(""),
  lang: z.enum(locales).optional().catch(undefined),
  topic: z.enum(TOPICS).optional().catch(undefined),
  level: z.enum(LEVELS).optional().catch(undefined),
  duration: z.enum(["short", "medium", "long"]).optional().catch(undefined),
});
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

const isoDay = z.string().trim().refine(isCalendarDay, "validation.date");

/** Date range (inclusive days, UTC) and optional course. Empty values mean "no bound". */
export const reportQuerySchema = z
  .object({
    from: isoDay.optional().catch(undefined),
    to: isoDay.optional().catch(undefined),
    course: z.string().trim().max(80).optional().catch(undefined),
  })
  .transform((v) => ({ ...v, course: v.course || undefined }));
export type ReportQuery = z.infer<typeof reportQuerySchema>;

/** GET /api/learning and GET /api/courses: the language the page shows course titles in. */
export const titlesQuerySchema = z.object({ locale });
