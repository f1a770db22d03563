"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { authAction, type JsonAction } from "@/lib/action-client";
import { revalidateArea } from "@/lib/cache/revalidate";
import { db } from "@/lib/db";
import { formFields } from "@/lib/result";
import * as learning from "./learning";
import {
  addLessonSchema,
  addModuleSchema,
  courseLocaleSchema,
  courseSettingsSchema,
  courseTextSchema,
  courseTransitionSchema,
  createCourseSchema,
  enrolSchema,
  lessonIdSchema,
  lessonLocaleSchema,
  lessonSettingsSchema,
  markDoneSchema,
  moduleIdSchema,
  moveSchema,
  questionIdSchema,
  quizIdSchema,
  quizSettingsSchema,
  renameModuleSchema,
  restoreLessonSchema,
  revokeCertificateSchema,
  saveLessonSchema,
  saveQuestionSchema,
  startAttemptSchema,
  submitAttemptSchema,
} from "./schemas";
import * as courses from "./service";

// Thin: each action checks its permission (lib/action-client.ts), parses with the shared schema
// and calls the service. Authoring needs courses.edit (publishing: courses.publish, checked by the
// service); learning needs courses.learn; revoking a certificate needs certificates.manage.

const author = authAction("courses.edit");
const learner = authAction("courses.learn");

/**
 * Course pages that learners and visitors see: the catalogue, outlines, lessons, and the cached
 * copies visitors get (decision 011, on every instance).
 */
const revalidateCourses = () => {
  revalidatePath("/[locale]/courses", "layout");
  revalidateArea("courses");
};

// ─── authoring ───────────────────────────────────────────────────────────────────────────────

export const createCourseAction = author.schema(createCourseSchema).formAction(async ({ input, user, locale }) => {
  const course = await courses.createCourse(user, input);
  redirect(`/${locale}/courses/${course.slug}/edit`);
});

export const courseSettingsAction = author.schema(courseSettingsSchema).formAction(async ({ input, user }) => {
  await courses.updateCourseSettings(user, input);
  revalidateCourses();
  return null;
});

export const saveCourseTextAction = author.schema(courseTextSchema).formAction(async ({ input, user }) => {
  const saved = await courses.saveCourseText(user, input);
  revalidateCourses();
  return saved;
});

export const createCourseTranslationAction = author.schema(courseLocaleSchema).action(async ({ input, user }) => {
  await courses.createCourseTranslation(user, input);
  return null;
});

export const addModuleAction = author.schema(addModuleSchema).formAction(async ({ input, user }) => {
  await courses.addModule(user, input);
  revalidateCourses();
  return null;
});

export const renameModuleAction = author.schema(renameModuleSchema).formAction(async ({ input, user }) => {
  await courses.renameModule(user, input);
  revalidateCourses();
  return null;
});

export const deleteModuleAction = author.schema(moduleIdSchema).action(async ({ input, user }) => {
  await courses.deleteModule(user, input.moduleId);
  return null;
});

export const moveModuleAction = author.schema(moveSchema).action(async ({ input, user }) => {
  await courses.moveModule(user, input.id, input.direction);
  revalidateCourses();
  return null;
});

export const addLessonAction = author.schema(addLessonSchema).formAction(async ({ input, user, locale }) => {
  const lesson = await courses.addLesson(user, input);
  const course = await db.lesson.findUniqueOrThrow({ where: { id: lesson.id }, select: { course: { select: { slug: true } } } });
  redirect(`/${locale}/courses/${course.course.slug}/edit/lessons/${lesson.id}`);
});

export const lessonSettingsAction = author.schema(lessonSettingsSchema).formAction(async ({ input, user }) => {
  await courses.updateLessonSettings(user, input);
  revalidateCourses();
  return null;
});

export const saveLessonDraftAction = author.schema(saveLessonSchema).action(({ input, user }) => courses.saveLessonDraft(user, input));

export const createLessonTranslationAction = author.schema(lessonLocaleSchema).action(async ({ input, user }) => {
  await courses.createLessonTranslation(user, input);
  return null;
});

export const moveLessonAction = author.schema(moveSchema).action(async ({ input, user }) => {
  await courses.moveLesson(user, input.id, input.direction);
  revalidateCourses();
  return null;
});

export const deleteLessonAction = author.schema(lessonIdSchema).action(async ({ input, user }) => {
  await courses.deleteLesson(user, input.lessonId);
  return null;
});

export const restoreLessonRevisionAction = author.schema(restoreLessonSchema).action(async ({ input, user }) => {
  return { version: await courses.restoreLessonRevision(user, input.revisionId) };
});

export const addQuizAction = author.schema(moduleIdSchema).action(({ input, user }) => courses.addQuiz(user, input.moduleId));

export const quizSettingsAction = author.schema(quizSettingsSchema).formAction(async ({ input, user }) => {
  await courses.updateQuizSettings(user, input);
  revalidateCourses();
  return null;
});

export const deleteQuizAction = author.schema(quizIdSchema).action(async ({ input, user }) => {
  await courses.deleteQuiz(user, input.quizId);
  return null;
});

export const saveQuestionAction = author.schema(saveQuestionSchema).action(({ input, user }) => courses.saveQuestion(user, input));

export const deleteQuestionAction = author.schema(questionIdSchema).action(async ({ input, user }) => {
  await courses.deleteQuestion(user, input.questionId);
  return null;
});

export const moveQuestionAction = author.schema(moveSchema).action(async ({ input, user }) => {
  await courses.moveQuestion(user, input.id, input.direction);
  return null;
});

/** Submitting needs courses.edit; the service checks courses.publish for the other transitions. */
export const changeCourseStatusAction = author.schema(courseTransitionSchema).action(async ({ input, user }) => {
  const status = await courses.changeCourseStatus(user, input.courseId, input.transition);
  revalidateCourses();
  return { status };
});

// ─── learning: plain forms that work before (and without) any client JavaScript ──────────────

/**
 * Runs an action from a plain `<form action>` and answers with a redirect: to `next` on success,
 * to the login page when the session is gone, else back to `back` with the refusal's message key
 * (the page translates keys under errors.* and courses.errors.* only).
 */
async function post<T>(
  action: JsonAction<T>,
  formData: FormData,
  targets: (fields: Record<string, string>, data: T | null) => Promise<{ next: string; back: string }>,
) {
  const fields = formFields(formData);
  const result = await action(fields);
  const locale = await getLocale();
  if (!result.ok && result.code === "UNAUTHENTICATED") redirect(`/${locale}/login`);
  const { next, back } = await targets(fields, result.ok ? result.data : null);
  if (result.ok) redirect(next);
  redirect(`${back}?error=${encodeURIComponent(result.error)}`);
}

const lessonPath = async (lessonId: string) => {
  const locale = await getLocale();
  const lesson = await db.lesson.findUnique({ where: { id: lessonId }, select: { slug: true, course: { select: { slug: true } } } });
  return lesson ? `/${locale}/courses/${lesson.course.slug}/${lesson.slug}` : `/${locale}/courses`;
};

const quizPath = async (quizId: string) => {
  const locale = await getLocale();
  const quiz = await db.quiz.findUnique({ where: { id: quizId }, select: { module: { select: { course: { select: { slug: true } } } } } });
  return quiz ? `/${locale}/courses/${quiz.module.course.slug}/quizzes/${quizId}` : `/${locale}/courses`;
};

const enrol = learner.schema(enrolSchema).action(async ({ input, user }) => {
  await learning.enrol(user, input.courseId);
  return null;
});

/** Enrols, then opens the course's first lesson. */
export async function enrolAction(formData: FormData) {
  await post(enrol, formData, async (fields) => {
    const locale = await getLocale();
    const course = await db.course.findUnique({
      where: { id: String(fields.courseId ?? "") },
      select: {
        slug: true,
        modules: {
          where: { publishedAt: { not: null } },
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: {
            lessons: {
              where: { publishedAt: { not: null } },
              orderBy: [{ position: "asc" }, { id: "asc" }],
              take: 1,
              select: { slug: true },
            },
          },
        },
      },
    });
    const back = course ? `/${locale}/courses/${course.slug}` : `/${locale}/courses`;
    const first = course?.modules.flatMap((m) => m.lessons)[0];
    return { next: first ? `${back}/${first.slug}` : back, back };
  });
  // No cached page shows enrolments (the learner's part of a course's pages comes from its JSON):
  // an enrolment drops nothing.
}

const markDone = learner.schema(markDoneSchema).action(({ input, user }) => learning.markLessonDone(user, input.lessonId, input.done));

export async function markLessonDoneAction(formData: FormData) {
  await post(markDone, formData, async (fields) => {
    const path = await lessonPath(String(fields.lessonId ?? ""));
    return { next: path, back: path };
  });
}

const start = learner.schema(startAttemptSchema).action(({ input, user }) => learning.startAttempt(user, input.quizId));

export async function startAttemptAction(formData: FormData) {
  await post(start, formData, async (fields) => {
    const path = await quizPath(String(fields.quizId ?? ""));
    return { next: path, back: path };
  });
}

/** Called by the quiz form with { attemptId, answers }: grading happens here, on the server. */
export const submitAttemptAction = learner.schema(submitAttemptSchema).action(({ input, user }) => learning.submitAttempt(user, input));

// ─── certificates ────────────────────────────────────────────────────────────────────────────

export const revokeCertificateAction = authAction("certificates.manage")
  .schema(revokeCertificateSchema)
  .formAction(async ({ input, user }) => {
    await learning.revokeCertificate(user, input);
    return null;
  });
