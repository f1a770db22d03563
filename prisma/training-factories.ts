import { randomBytes } from "node:crypto";
import { newCertificateCode } from "../lib/courses/certificate-code";
import { COURSE_SEARCH_TYPE, LESSON_SEARCH_TYPE } from "../lib/courses/search-type";
import type { Level, Topic } from "../lib/courses/vocabulary";
import type { Prisma } from "../lib/generated/prisma/client";
import type { ScriptClient } from "./client";
import type { Db } from "./factories";

// Training data for the seed and the tests (vitest and Playwright alike: nothing here is
// server-only). A course is written as a spec; lesson bodies come either pre-rendered by the
// seed (through lib/rich-text, which validates and sanitises) or as plain paragraphs.

type Texts = Partial<Record<string, string>>;

/** A lesson body: the editor's JSON, the sanitised HTML readers get, and its plain text. */
export type LessonBody = { json: Prisma.InputJsonValue; html: string; text: string };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/** A body of plain paragraphs, valid for the editor without rendering. */
export function paragraphs(...texts: string[]): LessonBody {
  return {
    json: { type: "doc", content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) },
    html: texts.map((text) => `<p>${escapeHtml(text)}</p>`).join(""),
    text: texts.join("\n"),
  };
}

export type LessonSpec = {
  slug: string;
  minutes?: number;
  required?: boolean;
  translations: Partial<Record<string, { title: string; body: LessonBody }>>;
};

export type ChoiceSpec = { text: Texts; feedback?: Texts; correct?: boolean };
export type QuestionSpec = { kind?: "SINGLE" | "MULTIPLE"; prompt: Texts; choices: ChoiceSpec[] };
export type QuizSpec = { passMark?: number; maxAttempts?: number | null; questions: QuestionSpec[] };
export type ModuleSpec = { title: Texts; lessons: LessonSpec[]; quiz?: QuizSpec };

export type CourseSpec = {
  slug?: string;
  topic?: Topic;
  level?: Level;
  sourceLocale?: string;
  translations: Partial<Record<string, { title: string; summary?: string; outcomes?: string[] }>>;
  modules: ModuleSpec[];
  /** Default true: published, with every translation live, as if a coordinator had published it. */
  published?: boolean;
  authorId?: string | null;
};

export type CreatedCourse = {
  id: string;
  slug: string;
  lessons: { id: string; slug: string; required: boolean }[];
  quizzes: { id: string; questions: { id: string; kind: string; choices: { id: string; correct: boolean }[] }[] }[];
  created: boolean;
};

const unique = () => randomBytes(4).toString("hex");

/** In one transaction when given a client (a course appears whole or not at all); as is inside one. */
function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return "$transaction" in db ? (db as unknown as ScriptClient).$transaction((tx) => fn(tx), { timeout: 60_000 }) : fn(db);
}
const clean = (t: Texts) => Object.fromEntries(Object.entries(t).filter(([, v]) => typeof v === "string")) as Record<string, string>;

/**
 * Creates a course from a spec in one transaction, or returns the existing one with that slug
 * untouched (the seed never overwrites what coordinators changed on the platform).
 */
export async function createCourse(db: Db, spec: CourseSpec): Promise<CreatedCourse> {
  const slug = spec.slug ?? `course-${unique()}`;
  const existing = await db.course.findUnique({ where: { slug }, select: { id: true } });
  if (existing) return { ...(await describeCourse(db, existing.id)), created: false };
  const sourceLocale = spec.sourceLocale ?? "en";
  const published = spec.published ?? true;
  const now = new Date();
  const authorId = spec.authorId ?? null;
  const languages = Object.keys(spec.translations).sort();

  const id = await inTransaction(db, async (tx) => {
    const course = await tx.course.create({
      data: {
        slug,
        topic: spec.topic ?? "INTERCULTURAL_COMMUNICATION",
        level: spec.level ?? "INTRODUCTORY",
        sourceLocale,
        status: published ? "PUBLISHED" : "DRAFT",
        firstPublishedAt: published ? now : null,
        languages: published ? languages : [],
        createdById: authorId,
        statusChangedById: authorId,
      },
      select: { id: true },
    });
    for (const [locale, t] of Object.entries(spec.translations)) {
      if (!t) continue;
      await tx.courseTranslation.create({
        data: {
          courseId: course.id,
          locale,
          title: t.title,
          summary: t.summary ?? "",
          outcomes: t.outcomes ?? [],
          sourceVersion: locale === sourceLocale ? null : 1,
          updatedById: authorId,
          ...(published
            ? {
                publishedTitle: t.title,
                publishedSummary: t.summary ?? "",
                publishedOutcomes: t.outcomes ?? [],
                publishedVersion: 1,
                publishedAt: now,
              }
            : {}),
        },
      });
    }
    for (const [m, mod] of spec.modules.entries()) {
      const created = await tx.courseModule.create({
        data: { courseId: course.id, position: m, title: clean(mod.title), publishedAt: published ? now : null },
        select: { id: true },
      });
      for (const [l, lesson] of mod.lessons.entries()) {
        const row = await tx.lesson.create({
          data: {
            courseId: course.id,
            moduleId: created.id,
            slug: lesson.slug,
            position: l,
            minutes: lesson.minutes ?? 10,
            required: lesson.required ?? true,
            publishedAt: published ? now : null,
          },
          select: { id: true },
        });
        for (const [locale, t] of Object.entries(lesson.translations)) {
          if (!t) continue;
          await tx.lessonTranslation.create({
            data: {
              lessonId: row.id,
              locale,
              title: t.title,
              contentJson: t.body.json,
              contentHtml: t.body.html,
              sourceVersion: locale === sourceLocale ? null : 1,
              updatedById: authorId,
              ...(published
                ? {
                    publishedTitle: t.title,
                    publishedHtml: t.body.html,
                    publishedText: t.body.text,
                    publishedVersion: 1,
                    publishedAt: now,
                  }
                : {}),
            },
          });
          await tx.lessonRevision.create({
            data: {
              lessonId: row.id,
              locale,
              version: 1,
              title: t.title,
              contentJson: t.body.json,
              contentHtml: t.body.html,
              authorId,
              kind: published ? "publish" : "create",
            },
          });
        }
        if (published) await tx.searchOutbox.create({ data: { entityType: LESSON_SEARCH_TYPE, entityId: row.id } });
      }
      if (mod.quiz) {
        const quiz = await tx.quiz.create({
          data: {
            moduleId: created.id,
            passMark: mod.quiz.passMark ?? 70,
            maxAttempts: mod.quiz.maxAttempts === undefined ? null : mod.quiz.maxAttempts,
            publishedAt: published ? now : null,
          },
          select: { id: true },
        });
        for (const [q, question] of mod.quiz.questions.entries()) {
          await tx.quizQuestion.create({
            data: {
              quizId: quiz.id,
              position: q,
              kind: question.kind ?? "SINGLE",
              prompt: clean(question.prompt),
              choices: {
                create: question.choices.map((c, position) => ({
                  position,
                  text: clean(c.text),
                  feedback: clean(c.feedback ?? {}),
                  correct: c.correct ?? false,
                })),
              },
            },
          });
        }
      }
    }
    if (published) await tx.searchOutbox.create({ data: { entityType: COURSE_SEARCH_TYPE, entityId: course.id } });
    return course.id;
  });
  return { ...(await describeCourse(db, id)), created: true };
}

async function describeCourse(db: Db, id: string): Promise<Omit<CreatedCourse, "created">> {
  const course = await db.course.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      slug: true,
      modules: {
        orderBy: { position: "asc" },
        select: {
          lessons: { orderBy: { position: "asc" }, select: { id: true, slug: true, required: true } },
          quiz: {
            select: {
              id: true,
              questions: {
                orderBy: { position: "asc" },
                select: { id: true, kind: true, choices: { orderBy: { position: "asc" }, select: { id: true, correct: true } } },
              },
            },
          },
        },
      },
    },
  });
  return {
    id: course.id,
    slug: course.slug,
    lessons: course.modules.flatMap((m) => m.lessons),
    quizzes: course.modules.flatMap((m) => (m.quiz ? [m.quiz] : [])),
  };
}

/** A small published course for tests: `modules` × `lessonsPerModule` lessons, a 2-question quiz after each module. */
export function simpleCourseSpec(
  options: {
    modules?: number;
    lessonsPerModule?: number;
    maxAttempts?: number | null;
    passMark?: number;
    title?: string;
    quiz?: boolean;
  } = {},
): CourseSpec {
  const id = unique();
  const modules = options.modules ?? 1;
  const perModule = options.lessonsPerModule ?? 2;
  return {
    slug: `test-course-${id}`,
    translations: { en: { title: options.title ?? `Test course ${id}`, summary: "A course made by a test.", outcomes: ["Pass the test"] } },
    modules: Array.from({ length: modules }, (_, m) => ({
      title: { en: `Module ${m + 1}` },
      lessons: Array.from({ length: perModule }, (_, l) => ({
        slug: `lesson-${m + 1}-${l + 1}`,
        minutes: 5,
        translations: { en: { title: `Lesson ${m + 1}.${l + 1}`, body: paragraphs(`Text of lesson ${m + 1}.${l + 1} (${id}).`) } },
      })),
      ...(options.quiz === false
        ? {}
        : {
            quiz: {
              passMark: options.passMark ?? 100,
              maxAttempts: options.maxAttempts ?? null,
              questions: [
                {
                  prompt: { en: `Question A of module ${m + 1}` },
                  choices: [
                    { text: { en: "Right A" }, feedback: { en: "Yes: feedback for right A" }, correct: true },
                    { text: { en: "Wrong A" }, feedback: { en: "No: feedback for wrong A" } },
                  ],
                },
                {
                  kind: "MULTIPLE" as const,
                  prompt: { en: `Question B of module ${m + 1}` },
                  choices: [
                    { text: { en: "Right B1" }, feedback: { en: "Yes: feedback for right B1" }, correct: true },
                    { text: { en: "Right B2" }, feedback: { en: "Yes: feedback for right B2" }, correct: true },
                    { text: { en: "Wrong B" }, feedback: { en: "No: feedback for wrong B" } },
                  ],
                },
              ],
            },
          }),
    })),
  };
}

/**
 * A learner who has finished a course: enrolment, every lesson done, every quiz passed on the
 * first attempt, and the certificate (for the seed's demo account and for tests of what follows).
 */
export async function completeCourse(
  db: Db,
  input: { userId: string; courseId: string; startedAt?: Date; completedAt?: Date; locale?: string },
): Promise<{ code: string }> {
  const existing = await db.certificate.findUnique({
    where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
    select: { code: true },
  });
  if (existing) return existing;
  const completedAt = input.completedAt ?? new Date();
  const startedAt = input.startedAt ?? new Date(completedAt.getTime() - 3 * 86_400_000);
  const course = await describeCourse(db, input.courseId);
  const [user, texts] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { name: true, locale: true } }),
    db.courseTranslation.findMany({
      where: { courseId: input.courseId, publishedAt: { not: null } },
      select: { locale: true, publishedTitle: true },
    }),
  ]);
  const locale = input.locale ?? user.locale;
  const title = texts.find((t) => t.locale === locale) ?? texts.find((t) => t.locale === "en") ?? texts[0];
  return inTransaction(db, async (tx) => {
    const enrolment = await tx.enrolment.upsert({
      where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
      create: { userId: input.userId, courseId: input.courseId, startedAt, completedAt, lastActiveAt: completedAt },
      update: { completedAt, lastActiveAt: completedAt },
      select: { id: true },
    });
    await tx.lessonProgress.createMany({
      data: course.lessons.map((l) => ({ userId: input.userId, lessonId: l.id, doneAt: completedAt })),
      skipDuplicates: true,
    });
    for (const quiz of course.quizzes) {
      const layout = quiz.questions.map((q) => ({ q: q.id, c: q.choices.map((c) => c.id) }));
      const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, q.choices.filter((c) => c.correct).map((c) => c.id)]));
      const number = (await tx.quizAttempt.count({ where: { userId: input.userId, quizId: quiz.id } })) + 1;
      await tx.quizAttempt.create({
        data: {
          userId: input.userId,
          quizId: quiz.id,
          enrolmentId: enrolment.id,
          number,
          layout,
          answers,
          correct: quiz.questions.length,
          score: 100,
          passed: true,
          startedAt: completedAt,
          submittedAt: completedAt,
        },
      });
    }
    const certificate = await tx.certificate.create({
      data: {
        code: newCertificateCode(),
        userId: input.userId,
        courseId: input.courseId,
        holderName: user.name,
        courseTitle: title?.publishedTitle ?? course.slug,
        locale: title?.locale ?? "en",
        issuedAt: completedAt,
      },
      select: { id: true, code: true },
    });
    await tx.notification.create({
      data: { userId: input.userId, kind: "CERTIFICATE_ISSUED", certificateId: certificate.id, createdAt: completedAt },
    });
    return { code: certificate.code };
  });
}

/** Enrols a learner and marks the first `lessonsDone` lessons done. */
export async function enrolLearner(
  db: Db,
  input: { userId: string; courseId: string; lessonsDone?: number; startedAt?: Date },
): Promise<{ enrolmentId: string }> {
  const course = await describeCourse(db, input.courseId);
  const enrolment = await db.enrolment.upsert({
    where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
    create: { userId: input.userId, courseId: input.courseId, startedAt: input.startedAt ?? new Date() },
    update: {},
    select: { id: true },
  });
  const done = course.lessons.slice(0, input.lessonsDone ?? 0);
  if (done.length > 0) {
    await db.lessonProgress.createMany({ data: done.map((l) => ({ userId: input.userId, lessonId: l.id })), skipDuplicates: true });
    await db.enrolment.update({ where: { id: enrolment.id }, data: { lastLessonId: done[done.length - 1].id } });
  }
  return { enrolmentId: enrolment.id };
}

/**
 * An attempt at a quiz, as if the learner had taken it: `submit: false` leaves it open (the quiz
 * page then shows its questions), else it is graded with all right or all wrong answers.
 */
export async function attemptQuiz(db: Db, input: { userId: string; quizId: string; right?: boolean; submit?: boolean }) {
  const quiz = await db.quiz.findUniqueOrThrow({
    where: { id: input.quizId },
    select: {
      passMark: true,
      module: { select: { courseId: true } },
      questions: {
        orderBy: { position: "asc" },
        select: { id: true, choices: { orderBy: { position: "asc" }, select: { id: true, correct: true } } },
      },
    },
  });
  const enrolment = await db.enrolment.findUniqueOrThrow({
    where: { userId_courseId: { userId: input.userId, courseId: quiz.module.courseId } },
    select: { id: true },
  });
  const number = (await db.quizAttempt.count({ where: { userId: input.userId, quizId: input.quizId } })) + 1;
  const layout = quiz.questions.map((q) => ({ q: q.id, c: q.choices.map((c) => c.id) }));
  const submit = input.submit ?? true;
  const right = input.right ?? false;
  const answers = Object.fromEntries(
    quiz.questions.map((q) => [
      q.id,
      q.choices
        .filter((c) => c.correct === right)
        .slice(0, right ? undefined : 1)
        .map((c) => c.id),
    ]),
  );
  const score = right ? 100 : 0;
  return db.quizAttempt.create({
    data: {
      userId: input.userId,
      quizId: input.quizId,
      enrolmentId: enrolment.id,
      number,
      layout,
      ...(submit
        ? { answers, correct: right ? quiz.questions.length : 0, score, passed: score >= quiz.passMark, submittedAt: new Date() }
        : {}),
    },
    select: { id: true, number: true },
  });
}
