import "server-only";
import { cache } from "react";
import { coherentMemo } from "@/lib/cache/coherent-memo";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { locales } from "@/lib/i18n/locales";
import { type TranslationState, translationState } from "@/lib/knowledge/queries";
import { liveCourseWhere, publishedLessonWhere } from "./policy";
import { type CatalogueQuery, DURATIONS, type Level, type Topic } from "./schemas";
import { pickText } from "./text";

// Every read of the training area for learners. Explicit selects; plain objects out. Quiz reads
// for a learner select prompts and choice texts only: whether a choice is right, and its feedback,
// are read only for an attempt that has been submitted (getAttemptReview).

export type { TranslationState };

const fileUrl = (id: string) => `/api/files/${id}`;

type PublishedCourseText = { locale: string; publishedTitle: string | null; publishedSummary: string | null; publishedAt: Date | null };

/** The published course text in `locale`, else in the source language. */
function shownText<T extends PublishedCourseText>(translations: T[], locale: string, sourceLocale: string) {
  const own = translations.find((t) => t.locale === locale && t.publishedAt);
  const source = translations.find((t) => t.locale === sourceLocale && t.publishedAt);
  return { shown: own ?? source, own, source };
}

// ─── catalogue ───────────────────────────────────────────────────────────────────────────────

export type CatalogueCourse = {
  slug: string;
  title: string;
  summary: string;
  /** The language the title and summary are in (the reader's, or the source's as a fallback). */
  locale: string;
  topic: Topic;
  level: Level;
  minutes: number;
  lessons: number;
  languages: string[];
  coverUrl: string | null;
};

export const listCatalogue = cache(async (locale: string, query: CatalogueQuery): Promise<CatalogueCourse[]> => {
  const q = query.q.trim();
  const rows = await db.course.findMany({
    where: {
      ...liveCourseWhere,
      ...(query.topic ? { topic: query.topic } : {}),
      ...(query.level ? { level: query.level } : {}),
      ...(query.lang ? { languages: { has: query.lang } } : {}),
      ...(q
        ? {
            translations: {
              some: {
                publishedAt: { not: null },
                OR: [{ publishedTitle: { contains: q, mode: "insensitive" } }, { publishedSummary: { contains: q, mode: "insensitive" } }],
              },
            },
          }
        : {}),
    },
    orderBy: [{ firstPublishedAt: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      topic: true,
      level: true,
      languages: true,
      sourceLocale: true,
      coverId: true,
      translations: {
        where: { publishedAt: { not: null } },
        select: { locale: true, publishedTitle: true, publishedSummary: true, publishedAt: true },
      },
      lessons: { where: publishedLessonWhere, select: { minutes: true } },
    },
  });
  const courses = rows.map((c): CatalogueCourse => {
    const { shown } = shownText(c.translations, locale, c.sourceLocale);
    return {
      slug: c.slug,
      title: shown?.publishedTitle ?? c.slug,
      summary: shown?.publishedSummary ?? "",
      locale: shown?.locale ?? c.sourceLocale,
      topic: c.topic,
      level: c.level,
      minutes: c.lessons.reduce((n, l) => n + l.minutes, 0),
      lessons: c.lessons.length,
      languages: c.languages,
      coverUrl: c.coverId ? fileUrl(c.coverId) : null,
    };
  });
  if (!query.duration) return courses;
  const [min, max] = DURATIONS[query.duration];
  return courses.filter((c) => c.minutes >= min && c.minutes < max);
});

// ─── course outline ──────────────────────────────────────────────────────────────────────────

export type OutlineItem =
  | { kind: "lesson"; id: string; slug: string; title: string; minutes: number; required: boolean; href: string }
  | { kind: "quiz"; id: string; title: string; questions: number; passMark: number; maxAttempts: number | null; href: string };

export type OutlineModule = { id: string; title: string; titleLocale: string; items: OutlineItem[] };

export type CourseView = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  outcomes: string[];
  locale: string;
  sourceLocale: string;
  /** The reader asked for a language the course is not (yet) published in. */
  fallback: boolean;
  outdated: boolean;
  topic: Topic;
  level: Level;
  minutes: number;
  languages: string[];
  coverUrl: string | null;
  modules: OutlineModule[];
  /** Lessons and quizzes in reading order. */
  sequence: OutlineItem[];
  updatedAt: Date;
};

const outlineSelect = (preview: boolean) =>
  ({
    id: true,
    slug: true,
    topic: true,
    level: true,
    languages: true,
    sourceLocale: true,
    coverId: true,
    firstPublishedAt: true,
    updatedAt: true,
    translations: {
      select: {
        locale: true,
        title: true,
        summary: true,
        outcomes: true,
        sourceVersion: true,
        publishedTitle: true,
        publishedSummary: true,
        publishedOutcomes: true,
        publishedVersion: true,
        publishedAt: true,
      },
    },
    modules: {
      where: preview ? {} : { publishedAt: { not: null } },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        quiz: {
          select: {
            id: true,
            passMark: true,
            maxAttempts: true,
            publishedAt: true,
            _count: { select: { questions: true } },
          },
        },
        lessons: {
          where: preview ? {} : publishedLessonWhere,
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: {
            id: true,
            slug: true,
            minutes: true,
            required: true,
            translations: { select: { locale: true, title: true, publishedTitle: true, publishedAt: true } },
          },
        },
      },
    },
  }) satisfies Prisma.CourseSelect;

/** A module's quiz is in the reading order once published (or in a preview), and not empty. */
const quizShown = (quiz: { publishedAt: Date | null; _count: { questions: number } }, preview: boolean) =>
  (preview || quiz.publishedAt !== null) && quiz._count.questions > 0;

/**
 * A course as a learner sees it, in `locale` where published, else in its source language. With
 * `preview` (coordinators), the working copies of a course that need not be published yet.
 */
export const getCourseView = cache(async (slug: string, locale: string, preview = false): Promise<CourseView | null> => {
  const c = await db.course.findFirst({ where: { slug, ...(preview ? {} : liveCourseWhere) }, select: outlineSelect(preview) });
  if (!c) return null;
  let title: string;
  let summary: string;
  let outcomes: string[];
  let shownLocale: string;
  let fallback: boolean;
  let outdated = false;
  if (preview) {
    const t = c.translations.find((x) => x.locale === locale) ?? c.translations.find((x) => x.locale === c.sourceLocale);
    title = t?.title ?? c.slug;
    summary = t?.summary ?? "";
    outcomes = t?.outcomes ?? [];
    shownLocale = t?.locale ?? c.sourceLocale;
    fallback = shownLocale !== locale;
  } else {
    const { shown, own, source } = shownText(c.translations, locale, c.sourceLocale);
    if (!shown) return null;
    title = shown.publishedTitle ?? c.slug;
    summary = shown.publishedSummary ?? "";
    outcomes = shown.publishedOutcomes;
    shownLocale = shown.locale;
    fallback = !own;
    outdated = Boolean(own && locale !== c.sourceLocale && translationState(own, source?.publishedVersion ?? null) === "outdated");
  }
  const base = `/courses/${c.slug}`;
  const modules: OutlineModule[] = c.modules.map((m) => {
    const moduleTitle = pickText(m.title, locale, c.sourceLocale);
    const items: OutlineItem[] = m.lessons.map((l) => {
      const t = preview
        ? (l.translations.find((x) => x.locale === locale) ?? l.translations.find((x) => x.locale === c.sourceLocale))?.title
        : (l.translations.find((x) => x.locale === locale && x.publishedAt) ?? l.translations.find((x) => x.locale === c.sourceLocale))
            ?.publishedTitle;
      return {
        kind: "lesson",
        id: l.id,
        slug: l.slug,
        title: t ?? l.slug,
        minutes: l.minutes,
        required: l.required,
        href: preview ? `${base}/edit/preview/${l.slug}` : `${base}/${l.slug}`,
      };
    });
    if (m.quiz && quizShown(m.quiz, preview)) {
      items.push({
        kind: "quiz",
        id: m.quiz.id,
        title: moduleTitle.text,
        questions: m.quiz._count.questions,
        passMark: m.quiz.passMark,
        maxAttempts: m.quiz.maxAttempts,
        href: `${base}/quizzes/${m.quiz.id}`,
      });
    }
    return { id: m.id, title: moduleTitle.text, titleLocale: moduleTitle.locale, items };
  });
  const sequence = modules.flatMap((m) => m.items);
  return {
    id: c.id,
    slug: c.slug,
    title,
    summary,
    outcomes,
    locale: shownLocale,
    sourceLocale: c.sourceLocale,
    fallback,
    outdated,
    topic: c.topic,
    level: c.level,
    minutes: sequence.reduce((n, i) => n + (i.kind === "lesson" ? i.minutes : 0), 0),
    languages: c.languages,
    coverUrl: c.coverId ? fileUrl(c.coverId) : null,
    modules,
    sequence,
    updatedAt: c.updatedAt,
  };
});

// ─── the learner's state in one course ───────────────────────────────────────────────────────

/** What a learner's progress counts in the course's reading order: ids, kinds, required or not. */
export type LearnerItem = { kind: "lesson"; id: string; required: boolean } | { kind: "quiz"; id: string };

export type LearnerState<I extends LearnerItem = OutlineItem> = {
  enrolled: boolean;
  startedAt: Date | null;
  completedAt: Date | null;
  done: string[];
  passed: string[];
  /** Required lessons done and quizzes passed, out of all of them: what completion needs. */
  progress: { done: number; total: number; percent: number };
  /** Where "Continue where you left off" goes; null once everything is done. */
  resume: I | null;
  certificate: { code: string; revoked: boolean } | null;
};

export async function getLearnerState<I extends LearnerItem = OutlineItem>(
  userId: string,
  course: { id: string; sequence: I[] },
): Promise<LearnerState<I>> {
  // One round trip for the four facts (a learner's JSON reads this on every page they open).
  const [row] = await db.$queryRaw<
    {
      startedAt: Date | null;
      completedAt: Date | null;
      lastLessonId: string | null;
      done: string[];
      passed: string[];
      certificateCode: string | null;
      certificateRevokedAt: Date | null;
    }[]
  >`
    SELECT e."startedAt", e."completedAt", e."lastLessonId",
      ARRAY(SELECT lp."lessonId" FROM "LessonProgress" lp JOIN "Lesson" l ON l.id = lp."lessonId"
            WHERE lp."userId" = ${userId} AND l."courseId" = ${course.id}) AS done,
      ARRAY(SELECT DISTINCT qa."quizId" FROM "QuizAttempt" qa JOIN "Quiz" q ON q.id = qa."quizId" JOIN "CourseModule" m ON m.id = q."moduleId"
            WHERE qa."userId" = ${userId} AND qa.passed AND m."courseId" = ${course.id}) AS passed,
      c.code AS "certificateCode", c."revokedAt" AS "certificateRevokedAt"
    FROM (SELECT 1) AS one
      LEFT JOIN "Enrolment" e ON e."userId" = ${userId} AND e."courseId" = ${course.id}
      LEFT JOIN "Certificate" c ON c."userId" = ${userId} AND c."courseId" = ${course.id}`;
  const enrolment = row?.startedAt ? { startedAt: row.startedAt, completedAt: row.completedAt, lastLessonId: row.lastLessonId } : null;
  const progress = (row?.done ?? []).map((lessonId) => ({ lessonId }));
  const passed = (row?.passed ?? []).map((quizId) => ({ quizId }));
  const certificate = row?.certificateCode ? { code: row.certificateCode, revokedAt: row.certificateRevokedAt } : null;
  const done = new Set(progress.map((p) => p.lessonId));
  const passedIds = new Set(passed.map((p) => p.quizId));
  const isDone = (item: LearnerItem) => (item.kind === "lesson" ? done.has(item.id) : passedIds.has(item.id));
  const counted = course.sequence.filter((i) => i.kind === "quiz" || i.required);
  const doneCount = counted.filter(isDone).length;
  const last = course.sequence.findIndex((i) => i.id === enrolment?.lastLessonId);
  const after = course.sequence.slice(last + 1).find((i) => !isDone(i));
  const resume = after ?? course.sequence.find((i) => !isDone(i)) ?? null;
  return {
    enrolled: Boolean(enrolment),
    startedAt: enrolment?.startedAt ?? null,
    completedAt: enrolment?.completedAt ?? null,
    done: [...done],
    passed: [...passedIds],
    progress: {
      done: doneCount,
      total: counted.length,
      percent: counted.length === 0 ? 0 : Math.round((doneCount / counted.length) * 100),
    },
    resume: enrolment ? resume : (course.sequence[0] ?? null),
    certificate: certificate ? { code: certificate.code, revoked: certificate.revokedAt !== null } : null,
  };
}

/**
 * One learner's part of a lesson page (decision 013): every member shares the lesson's cached page,
 * and this comes from the server when the render is the member's own, else from
 * GET /api/courses/:slug/lessons/:lesson/viewer. A certificate only while it stands.
 */
export type LessonLearner = {
  enrolled: boolean;
  done: boolean;
  progress: LearnerState["progress"];
  certificateCode: string | null;
};

export async function getLessonLearner(
  userId: string,
  course: { id: string; sequence: LearnerItem[] },
  lessonId: string,
): Promise<LessonLearner> {
  const state = await getLearnerState(userId, course);
  const standing = state.completedAt && state.certificate && !state.certificate.revoked ? state.certificate.code : null;
  return { enrolled: state.enrolled, done: state.done.includes(lessonId), progress: state.progress, certificateCode: standing };
}

/** A course's reading order without its texts: what the learner JSONs need (ids, kinds, addresses). */
type ReadingOrder = { id: string; sequence: (LearnerItem & { href: string; slug?: string })[] };

/**
 * The same modules, lessons and quizzes, in the same order, as getCourseView's sequence — read
 * without titles or translations (the viewer JSONs of the cached course and lesson pages) — or
 * null when there is no such live course.
 */
async function readReadingOrder(courseSlug: string): Promise<ReadingOrder | null> {
  const c = await db.course.findFirst({
    where: { slug: courseSlug, ...liveCourseWhere },
    select: {
      id: true,
      slug: true,
      modules: {
        where: { publishedAt: { not: null } },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          quiz: { select: { id: true, publishedAt: true, _count: { select: { questions: true } } } },
          lessons: {
            where: publishedLessonWhere,
            orderBy: [{ position: "asc" }, { id: "asc" }],
            select: { id: true, slug: true, required: true },
          },
        },
      },
    },
  });
  if (!c) return null;
  const base = `/courses/${c.slug}`;
  return {
    id: c.id,
    sequence: c.modules.flatMap((m) => [
      ...m.lessons.map((l) => ({ kind: "lesson" as const, id: l.id, slug: l.slug, required: l.required, href: `${base}/${l.slug}` })),
      ...(m.quiz && quizShown(m.quiz, false) ? [{ kind: "quiz" as const, id: m.quiz.id, href: `${base}/quizzes/${m.quiz.id}` }] : []),
    ]),
  };
}

/** Read once per invalidation: every authoring write drops the courses area (lib/cache/revalidate.ts). */
const readingOrder = coherentMemo(readReadingOrder);

/** The lesson's learner part from the addresses alone (the lesson's viewer JSON), or null. */
export async function getLessonLearnerAt(userId: string, courseSlug: string, lessonSlug: string): Promise<LessonLearner | null> {
  const order = await readingOrder(courseSlug);
  const lesson = order?.sequence.find((item) => item.kind === "lesson" && item.slug === lessonSlug);
  return order && lesson ? getLessonLearner(userId, order, lesson.id) : null;
}

/**
 * One learner's part of a course page (decision 013): which items are done or passed, progress,
 * completion, a standing certificate and where to go on. Every member shares the course's cached
 * page; this comes from the server on the member's own render, else from GET /api/courses/:slug/viewer.
 */
export type CourseLearner = {
  enrolled: boolean;
  /** Lessons done and quizzes passed. */
  done: string[];
  progress: LearnerState["progress"];
  completedAt: string | null;
  certificateCode: string | null;
  /** "Start" (nothing done yet) or "Continue", and where it goes. */
  resume: { href: string; started: boolean } | null;
};

export async function getCourseLearner(
  userId: string,
  course: { id: string; sequence: (LearnerItem & { href: string })[] },
): Promise<CourseLearner> {
  const state = await getLearnerState(userId, course);
  return {
    enrolled: state.enrolled,
    done: [...state.done, ...state.passed],
    progress: state.progress,
    completedAt: state.completedAt?.toISOString() ?? null,
    certificateCode: state.certificate && !state.certificate.revoked ? state.certificate.code : null,
    resume: state.enrolled && state.resume ? { href: state.resume.href, started: state.progress.done > 0 } : null,
  };
}

/** The course's learner part from its address alone (the course's viewer JSON), or null. */
export async function getCourseLearnerAt(userId: string, courseSlug: string): Promise<CourseLearner | null> {
  const order = await readingOrder(courseSlug);
  return order ? getCourseLearner(userId, order) : null;
}

// ─── a lesson ────────────────────────────────────────────────────────────────────────────────

export type LessonView = {
  id: string;
  slug: string;
  title: string;
  html: string;
  locale: string;
  fallback: boolean;
  outdated: boolean;
  minutes: number;
  required: boolean;
  moduleTitle: string;
  index: number;
  total: number;
  previous: OutlineItem | null;
  next: OutlineItem | null;
};

/** A published lesson of a live course (or, with `preview`, the working copy of any lesson). */
export async function getLessonView(course: CourseView, lessonSlug: string, locale: string, preview = false): Promise<LessonView | null> {
  const lesson = await db.lesson.findFirst({
    where: { courseId: course.id, slug: lessonSlug, ...(preview ? {} : publishedLessonWhere) },
    select: {
      id: true,
      slug: true,
      minutes: true,
      required: true,
      translations: {
        select: {
          locale: true,
          title: true,
          contentHtml: true,
          sourceVersion: true,
          publishedTitle: true,
          publishedHtml: true,
          publishedVersion: true,
          publishedAt: true,
        },
      },
    },
  });
  if (!lesson) return null;
  let title: string;
  let html: string;
  let shownLocale: string;
  let fallback: boolean;
  let outdated = false;
  if (preview) {
    const t = lesson.translations.find((x) => x.locale === locale) ?? lesson.translations.find((x) => x.locale === course.sourceLocale);
    if (!t) return null;
    title = t.title;
    html = t.contentHtml;
    shownLocale = t.locale;
    fallback = t.locale !== locale;
  } else {
    const own = lesson.translations.find((t) => t.locale === locale && t.publishedAt);
    const source = lesson.translations.find((t) => t.locale === course.sourceLocale && t.publishedAt);
    const shown = own ?? source;
    if (!shown?.publishedHtml) return null;
    title = shown.publishedTitle ?? lesson.slug;
    html = shown.publishedHtml;
    shownLocale = shown.locale;
    fallback = !own;
    outdated = Boolean(own && locale !== course.sourceLocale && translationState(own, source?.publishedVersion ?? null) === "outdated");
  }
  const index = course.sequence.findIndex((i) => i.id === lesson.id);
  const module = course.modules.find((m) => m.items.some((i) => i.id === lesson.id));
  return {
    id: lesson.id,
    slug: lesson.slug,
    title,
    html,
    locale: shownLocale,
    fallback,
    outdated,
    minutes: lesson.minutes,
    required: lesson.required,
    moduleTitle: module?.title ?? "",
    index,
    total: course.sequence.length,
    previous: index > 0 ? course.sequence[index - 1] : null,
    next: index >= 0 && index < course.sequence.length - 1 ? course.sequence[index + 1] : null,
  };
}

// ─── quizzes ─────────────────────────────────────────────────────────────────────────────────

export type QuizQuestionView = { id: string; kind: "SINGLE" | "MULTIPLE"; prompt: string; choices: { id: string; text: string }[] };

export type QuizView = {
  id: string;
  title: string;
  passMark: number;
  maxAttempts: number | null;
  questions: number;
  attempts: { number: number; score: number | null; passed: boolean | null; submittedAt: Date | null }[];
  passed: boolean;
  /** Submissions still possible; null = unlimited. */
  attemptsLeft: number | null;
  /** The open attempt, in its own shuffled order: prompts and choice texts only. */
  open: { id: string; number: number; questions: QuizQuestionView[] } | null;
  previous: OutlineItem | null;
  next: OutlineItem | null;
};

export async function getQuizView(course: CourseView, quizId: string, userId: string, locale: string): Promise<QuizView | null> {
  const item = course.sequence.find((i) => i.kind === "quiz" && i.id === quizId);
  if (item?.kind !== "quiz") return null;
  const attempts = await db.quizAttempt.findMany({
    where: { userId, quizId },
    orderBy: { number: "asc" },
    select: { id: true, number: true, score: true, passed: true, submittedAt: true, layout: true },
  });
  const openRow = attempts.find((a) => !a.submittedAt);
  let open: QuizView["open"] = null;
  if (openRow) {
    const layout = openRow.layout as { q: string; c: string[] }[];
    // Only what a learner may see before submitting: no `correct`, no `feedback`.
    const questions = await db.quizQuestion.findMany({
      where: { quizId, id: { in: layout.map((l) => l.q) } },
      select: { id: true, kind: true, prompt: true, choices: { select: { id: true, text: true } } },
    });
    const byId = new Map(questions.map((q) => [q.id, q]));
    open = {
      id: openRow.id,
      number: openRow.number,
      questions: layout.flatMap((l) => {
        const q = byId.get(l.q);
        if (!q) return [];
        const choices = new Map(q.choices.map((c) => [c.id, c]));
        return [
          {
            id: q.id,
            kind: q.kind,
            prompt: pickText(q.prompt, locale, course.sourceLocale).text,
            choices: l.c.flatMap((id) => {
              const c = choices.get(id);
              return c ? [{ id: c.id, text: pickText(c.text, locale, course.sourceLocale).text }] : [];
            }),
          },
        ];
      }),
    };
  }
  const submitted = attempts.filter((a) => a.submittedAt);
  const index = course.sequence.indexOf(item);
  return {
    id: quizId,
    title: item.title,
    passMark: item.passMark,
    maxAttempts: item.maxAttempts,
    questions: item.questions,
    attempts: submitted.map(({ number, score, passed, submittedAt }) => ({ number, score, passed, submittedAt })),
    passed: submitted.some((a) => a.passed),
    // Submissions still possible (an open attempt counts as one of them).
    attemptsLeft: item.maxAttempts === null ? null : Math.max(0, item.maxAttempts - submitted.length),
    open,
    previous: index > 0 ? course.sequence[index - 1] : null,
    next: index < course.sequence.length - 1 ? course.sequence[index + 1] : null,
  };
}

export type AttemptReview = {
  number: number;
  score: number;
  correct: number;
  total: number;
  passed: boolean;
  submittedAt: Date;
  /** Right answers are shown once the quiz is passed or no attempt is left; before, only feedback. */
  revealed: boolean;
  questions: {
    id: string;
    prompt: string;
    right: boolean;
    choices: { id: string; text: string; chosen: boolean; correct: boolean | null; feedback: string }[];
  }[];
};

/** A submitted attempt of this person, with the feedback of what they chose. */
export async function getAttemptReview(
  course: CourseView,
  quizId: string,
  number: number,
  userId: string,
  locale: string,
): Promise<AttemptReview | null> {
  const item = course.sequence.find((i) => i.kind === "quiz" && i.id === quizId);
  if (item?.kind !== "quiz") return null;
  const attempt = await db.quizAttempt.findUnique({
    where: { userId_quizId_number: { userId, quizId, number } },
    select: { layout: true, answers: true, score: true, correct: true, passed: true, submittedAt: true },
  });
  if (!attempt?.submittedAt) return null;
  const [questions, used] = await Promise.all([
    db.quizQuestion.findMany({
      where: { quizId },
      select: { id: true, prompt: true, choices: { select: { id: true, text: true, feedback: true, correct: true } } },
    }),
    db.quizAttempt.count({ where: { userId, quizId } }),
  ]);
  const layout = attempt.layout as { q: string; c: string[] }[];
  const answers = (attempt.answers ?? {}) as Record<string, string[]>;
  const passedAny = (await db.quizAttempt.count({ where: { userId, quizId, passed: true } })) > 0;
  const revealed = passedAny || (item.maxAttempts !== null && used >= item.maxAttempts);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const t = (value: Prisma.JsonValue) => pickText(value, locale, course.sourceLocale).text;
  return {
    number,
    score: attempt.score ?? 0,
    correct: attempt.correct ?? 0,
    total: layout.filter((l) => byId.has(l.q)).length,
    passed: Boolean(attempt.passed),
    submittedAt: attempt.submittedAt,
    revealed,
    questions: layout.flatMap((l) => {
      const q = byId.get(l.q);
      if (!q) return [];
      const chosen = new Set(answers[q.id] ?? []);
      const rightIds = q.choices.filter((c) => c.correct).map((c) => c.id);
      const right = rightIds.length === chosen.size && rightIds.every((id) => chosen.has(id));
      const choices = new Map(q.choices.map((c) => [c.id, c]));
      return [
        {
          id: q.id,
          prompt: t(q.prompt),
          right,
          choices: l.c.flatMap((id) => {
            const c = choices.get(id);
            if (!c) return [];
            const isChosen = chosen.has(c.id);
            return [
              {
                id: c.id,
                text: t(c.text),
                chosen: isChosen,
                correct: revealed || isChosen ? c.correct : null,
                feedback: isChosen || revealed ? t(c.feedback) : "",
              },
            ];
          }),
        },
      ];
    }),
  };
}

// ─── my learning ─────────────────────────────────────────────────────────────────────────────

// The learner's own page (/learning): every member shares its shell from the cache (decision 013);
// this is what fills it in, from GET /api/learning or the page's own render. Dates are ISO strings:
// it crosses to the browser as JSON either way.
export type MyCourse = {
  slug: string;
  title: string;
  locale: string;
  percent: number;
  startedAt: string;
  completedAt: string | null;
  lastActiveAt: string;
};
export type MyCertificate = {
  code: string;
  courseTitle: string;
  courseSlug: string;
  issuedAt: string;
  revokedAt: string | null;
};
export type MyLearning = { inProgress: MyCourse[]; completed: MyCourse[]; certificates: MyCertificate[] };

export async function getMyLearning(userId: string, locale: string): Promise<MyLearning> {
  // Two statements, side by side (the learner's JSON reads this on every visit of the page): each
  // course with its title in the page's language where published (else its source language's)
  // and its counts, and the certificates. Live courses and what counts towards completion as in
  // policy.ts and learning.ts: required published lessons, and published quizzes of published modules.
  const [courses, certificates] = await Promise.all([
    db.$queryRaw<
      {
        slug: string;
        title: string;
        locale: string;
        startedAt: Date;
        completedAt: Date | null;
        lastActiveAt: Date;
        total: number;
        done: number;
      }[]
    >`
      SELECT c.slug, COALESCE(own."publishedTitle", src."publishedTitle", c.slug) AS title,
        CASE WHEN own.id IS NULL THEN c."sourceLocale" ELSE own.locale END AS locale,
        e."startedAt", e."completedAt", e."lastActiveAt",
        (SELECT count(*) FROM "Lesson" l WHERE l."courseId" = c.id AND l.required AND l."publishedAt" IS NOT NULL)::int
          + (SELECT count(*) FROM "CourseModule" m JOIN "Quiz" q ON q."moduleId" = m.id
             WHERE m."courseId" = c.id AND m."publishedAt" IS NOT NULL AND q."publishedAt" IS NOT NULL)::int AS total,
        (SELECT count(*) FROM "LessonProgress" lp JOIN "Lesson" l ON l.id = lp."lessonId"
         WHERE lp."userId" = ${userId} AND l."courseId" = c.id AND l.required AND l."publishedAt" IS NOT NULL)::int
          + (SELECT count(DISTINCT qa."quizId") FROM "QuizAttempt" qa JOIN "Quiz" q ON q.id = qa."quizId" JOIN "CourseModule" m ON m.id = q."moduleId"
             WHERE qa."userId" = ${userId} AND qa.passed AND m."courseId" = c.id AND m."publishedAt" IS NOT NULL AND q."publishedAt" IS NOT NULL)::int AS done
      FROM "Enrolment" e
        JOIN "Course" c ON c.id = e."courseId"
        LEFT JOIN "CourseTranslation" own ON own."courseId" = c.id AND own.locale = ${locale} AND own."publishedAt" IS NOT NULL
        LEFT JOIN "CourseTranslation" src ON src."courseId" = c.id AND src.locale = c."sourceLocale" AND src."publishedAt" IS NOT NULL
      WHERE e."userId" = ${userId} AND c."firstPublishedAt" IS NOT NULL AND c.status <> 'ARCHIVED'
      ORDER BY e."lastActiveAt" DESC`,
    db.$queryRaw<{ code: string; courseTitle: string; courseSlug: string; issuedAt: Date; revokedAt: Date | null }[]>`
      SELECT ce.code, ce."courseTitle", c.slug AS "courseSlug", ce."issuedAt", ce."revokedAt"
      FROM "Certificate" ce JOIN "Course" c ON c.id = ce."courseId"
      WHERE ce."userId" = ${userId}
      ORDER BY ce."issuedAt" DESC`,
  ]);
  const mine = courses.map(
    (c): MyCourse => ({
      slug: c.slug,
      title: c.title,
      locale: c.locale,
      percent: c.completedAt ? 100 : c.total ? Math.round((c.done / c.total) * 100) : 0,
      startedAt: c.startedAt.toISOString(),
      completedAt: c.completedAt?.toISOString() ?? null,
      lastActiveAt: c.lastActiveAt.toISOString(),
    }),
  );
  return {
    inProgress: mine.filter((c) => !c.completedAt),
    completed: mine.filter((c) => c.completedAt),
    certificates: certificates.map((c) => ({
      code: c.code,
      courseTitle: c.courseTitle,
      courseSlug: c.courseSlug,
      issuedAt: c.issuedAt.toISOString(),
      revokedAt: c.revokedAt?.toISOString() ?? null,
    })),
  };
}

// ─── certificates ────────────────────────────────────────────────────────────────────────────

export type CertificateView = {
  id: string;
  code: string;
  userId: string;
  holderName: string;
  courseTitle: string;
  courseSlug: string;
  courseLive: boolean;
  locale: string;
  issuedAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
};

/** What the public verification page and the PDF show: the holder's name, nothing else personal. */
export const getCertificate = cache(async (code: string): Promise<CertificateView | null> => {
  const c = await db.certificate.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      userId: true,
      holderName: true,
      courseTitle: true,
      locale: true,
      issuedAt: true,
      revokedAt: true,
      revokedReason: true,
      course: { select: { slug: true, firstPublishedAt: true, status: true } },
    },
  });
  if (!c) return null;
  return {
    id: c.id,
    code: c.code,
    userId: c.userId,
    holderName: c.holderName,
    courseTitle: c.courseTitle,
    courseSlug: c.course.slug,
    courseLive: c.course.firstPublishedAt !== null && c.course.status !== "ARCHIVED",
    locale: c.locale,
    issuedAt: c.issuedAt,
    revokedAt: c.revokedAt,
    revokedReason: c.revokedReason,
  };
});

/** Course languages that have published course text (for "Also in"). */
export function publishedLanguages(languages: string[]) {
  return locales.filter((l) => languages.includes(l));
}
