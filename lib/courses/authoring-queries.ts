import "server-only";
import { db } from "@/lib/db";
import { locales } from "@/lib/i18n/locales";
import { type TranslationState, translationState } from "@/lib/knowledge/queries";
import type { Level, Topic } from "./schemas";
import { asLocalised, pickText } from "./text";

// Reads for coordinators' authoring screens: working copies, every language's state, and the
// right answers of quizzes (never used on a learner's page).

export type LanguageState = { locale: string; isSource: boolean; state: TranslationState | "source" };

function languageStates(
  sourceLocale: string,
  translations: { locale: string; publishedAt: Date | null; sourceVersion: number | null; publishedVersion: number | null }[],
): LanguageState[] {
  const source = translations.find((t) => t.locale === sourceLocale);
  return locales.map((l) => ({
    locale: l,
    isSource: l === sourceLocale,
    state:
      l === sourceLocale
        ? "source"
        : translationState(
            translations.find((t) => t.locale === l),
            source?.publishedVersion ?? null,
          ),
  }));
}

/** A course in the catalogue's list for authors (GET /api/courses): every status, its title in the page's language. */
export type EditingCourse = { slug: string; status: string; live: boolean; title: string };

export async function listCoursesForEditing(locale: string): Promise<EditingCourse[]> {
  const rows = await db.course.findMany({
    orderBy: [{ updatedAt: "desc" }],
    select: {
      slug: true,
      status: true,
      firstPublishedAt: true,
      sourceLocale: true,
      translations: { select: { locale: true, title: true } },
    },
  });
  return rows.map((c) => ({
    slug: c.slug,
    status: c.status,
    live: c.firstPublishedAt !== null && c.status !== "ARCHIVED",
    title: (c.translations.find((t) => t.locale === locale) ?? c.translations.find((t) => t.locale === c.sourceLocale))?.title ?? c.slug,
  }));
}

export type CourseEditView = NonNullable<Awaited<ReturnType<typeof getCourseForEditing>>>;

/** The course with one language's working copy (the source's by default) and its whole outline. */
export async function getCourseForEditing(slug: string, requestedLocale?: string) {
  const c = await db.course.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      status: true,
      sourceLocale: true,
      topic: true,
      level: true,
      coverId: true,
      firstPublishedAt: true,
      statusChangedAt: true,
      statusChangedBy: { select: { name: true } },
      translations: {
        select: {
          locale: true,
          title: true,
          summary: true,
          outcomes: true,
          version: true,
          sourceVersion: true,
          publishedVersion: true,
          publishedAt: true,
        },
      },
      modules: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          publishedAt: true,
          quiz: { select: { id: true, passMark: true, maxAttempts: true, publishedAt: true, _count: { select: { questions: true } } } },
          lessons: {
            orderBy: [{ position: "asc" }, { id: "asc" }],
            select: {
              id: true,
              slug: true,
              minutes: true,
              required: true,
              publishedAt: true,
              translations: {
                select: { locale: true, title: true, publishedAt: true, sourceVersion: true, publishedVersion: true, version: true },
              },
            },
          },
        },
      },
    },
  });
  if (!c) return null;
  const locale = requestedLocale ?? c.sourceLocale;
  const current = c.translations.find((t) => t.locale === locale) ?? null;
  return {
    id: c.id,
    slug: c.slug,
    status: c.status,
    sourceLocale: c.sourceLocale,
    locale,
    topic: c.topic as Topic,
    level: c.level as Level,
    coverId: c.coverId,
    coverUrl: c.coverId ? `/api/files/${c.coverId}` : null,
    live: c.firstPublishedAt !== null && c.status !== "ARCHIVED",
    statusChangedAt: c.statusChangedAt,
    statusChangedBy: c.statusChangedBy?.name ?? null,
    translation: current && {
      title: current.title,
      summary: current.summary,
      outcomes: current.outcomes,
      version: current.version,
      unpublishedChanges: current.publishedVersion === null || current.version > current.publishedVersion,
    },
    languages: languageStates(c.sourceLocale, c.translations),
    modules: c.modules.map((m) => {
      const titles = asLocalised(m.title);
      return {
        id: m.id,
        title: titles[locale] ?? "",
        sourceTitle: titles[c.sourceLocale] ?? "",
        published: m.publishedAt !== null,
        quiz: m.quiz && {
          id: m.quiz.id,
          passMark: m.quiz.passMark,
          maxAttempts: m.quiz.maxAttempts,
          questions: m.quiz._count.questions,
          published: m.quiz.publishedAt !== null,
        },
        lessons: m.lessons.map((l) => {
          const own = l.translations.find((t) => t.locale === locale);
          const source = l.translations.find((t) => t.locale === c.sourceLocale);
          return {
            id: l.id,
            slug: l.slug,
            title: (own ?? source)?.title ?? l.slug,
            minutes: l.minutes,
            required: l.required,
            published: l.publishedAt !== null,
            state: locale === c.sourceLocale ? ("source" as const) : translationState(own, source?.publishedVersion ?? null),
            unpublishedChanges: own ? own.publishedVersion === null || own.version > own.publishedVersion : false,
          };
        }),
      };
    }),
  };
}

export async function getLessonForEditing(courseSlug: string, lessonId: string, requestedLocale?: string) {
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, course: { slug: courseSlug } },
    select: {
      id: true,
      slug: true,
      minutes: true,
      required: true,
      publishedAt: true,
      course: { select: { id: true, slug: true, sourceLocale: true, status: true } },
      module: { select: { title: true } },
      translations: {
        select: {
          locale: true,
          title: true,
          contentJson: true,
          version: true,
          sourceVersion: true,
          publishedVersion: true,
          publishedAt: true,
          updatedAt: true,
          updatedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!lesson) return null;
  const locale = requestedLocale ?? lesson.course.sourceLocale;
  const current = lesson.translations.find((t) => t.locale === locale) ?? null;
  return {
    id: lesson.id,
    slug: lesson.slug,
    minutes: lesson.minutes,
    required: lesson.required,
    published: lesson.publishedAt !== null,
    course: lesson.course,
    moduleTitle: pickText(lesson.module.title, locale, lesson.course.sourceLocale).text,
    locale,
    translation: current && {
      title: current.title,
      content: current.contentJson,
      version: current.version,
      updatedAt: current.updatedAt,
      updatedBy: current.updatedBy?.name ?? null,
    },
    languages: languageStates(lesson.course.sourceLocale, lesson.translations),
  };
}

export async function listLessonRevisions(lessonId: string, locale: string) {
  return db.lessonRevision.findMany({
    where: { lessonId, locale },
    orderBy: [{ createdAt: "desc" }],
    take: 50,
    select: { id: true, version: true, kind: true, title: true, createdAt: true, author: { select: { name: true } } },
  });
}

/** A quiz with its questions, choices, right answers and feedback in `locale` (and the source texts beside). */
export async function getQuizForEditing(courseSlug: string, quizId: string, requestedLocale?: string) {
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, module: { course: { slug: courseSlug } } },
    select: {
      id: true,
      passMark: true,
      maxAttempts: true,
      publishedAt: true,
      module: { select: { title: true, course: { select: { id: true, slug: true, sourceLocale: true } } } },
      questions: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          prompt: true,
          choices: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, text: true, feedback: true, correct: true } },
        },
      },
      _count: { select: { attempts: true } },
    },
  });
  if (!quiz) return null;
  const { course } = quiz.module;
  const locale = requestedLocale ?? course.sourceLocale;
  const text = (value: Parameters<typeof asLocalised>[0]) => asLocalised(value)[locale] ?? "";
  const source = (value: Parameters<typeof asLocalised>[0]) => asLocalised(value)[course.sourceLocale] ?? "";
  return {
    id: quiz.id,
    passMark: quiz.passMark,
    maxAttempts: quiz.maxAttempts,
    published: quiz.publishedAt !== null,
    attempts: quiz._count.attempts,
    title: pickText(quiz.module.title, locale, course.sourceLocale).text,
    course,
    locale,
    isSource: locale === course.sourceLocale,
    questions: quiz.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      prompt: text(q.prompt),
      sourcePrompt: source(q.prompt),
      choices: q.choices.map((c) => ({
        id: c.id,
        text: text(c.text),
        feedback: text(c.feedback),
        sourceText: source(c.text),
        sourceFeedback: source(c.feedback),
        correct: c.correct,
      })),
    })),
  };
}
