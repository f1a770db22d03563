import "server-only";
import type { z } from "zod";
import { type AuditAction, audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emptyDoc, renderRichText } from "@/lib/rich-text/render";
import { enqueueSearchUpdate, enqueueSearchUpdates } from "@/lib/search/outbox";
import { courseWorkflow } from "./policy";
import type {
  addLessonSchema,
  addModuleSchema,
  courseSettingsSchema,
  courseTextSchema,
  createCourseSchema,
  lessonSettingsSchema,
  quizSettingsSchema,
  saveLessonSchema,
  saveQuestionSchema,
  Transition,
} from "./schemas";
import { COURSE_SEARCH_TYPE, LESSON_SEARCH_TYPE } from "./search-type";
import { asLocalised, withText } from "./text";

// Every authoring write of the training area. Actions (lib/courses/actions.ts) check the
// permission and parse the input; this layer checks what only the database knows and writes,
// with its audit entry and search outbox rows, in one transaction.

type Tx = Prisma.TransactionClient;
type Actor = Pick<CurrentUser, "id" | "role">;

/** Revisions coalesce: an author's saves within this window update one revision. */
const REVISION_WINDOW_MS = 10 * 60_000;

/** Serialises structural changes (positions, publication) of one course. */
async function lockCourse(tx: Tx, courseId: string) {
  const rows = await tx.$queryRaw<{ id: string; status: string; sourceLocale: string }[]>`
    SELECT id, status::text AS status, "sourceLocale" FROM "Course" WHERE id = ${courseId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND");
  return rows[0];
}

/** Unpublished changes on a course under review or live send it back to draft (as for knowledge pages). */
async function backToDraft(tx: Tx, courseId: string, userId: string) {
  await tx.course.updateMany({
    where: { id: courseId, status: { in: ["PUBLISHED", "IN_REVIEW"] } },
    data: { status: "DRAFT", statusChangedAt: new Date(), statusChangedById: userId },
  });
}

function courseAudit(tx: Tx, user: Actor, action: AuditAction, courseId: string, data?: Prisma.InputJsonValue) {
  return audit({ actorId: user.id, action, targetType: "Course", targetId: courseId, data }, tx);
}

// ─── courses ─────────────────────────────────────────────────────────────────────────────────

export async function createCourse(user: Actor, input: z.infer<typeof createCourseSchema>): Promise<{ id: string; slug: string }> {
  if (await db.course.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
    throw AppError.field("slug", "validation.courseSlugTaken", "CONFLICT");
  }
  return db.$transaction(async (tx) => {
    const course = await tx.course.create({
      data: {
        slug: input.slug,
        topic: input.topic,
        level: input.level,
        sourceLocale: input.sourceLocale,
        createdById: user.id,
        statusChangedById: user.id,
        translations: { create: { locale: input.sourceLocale, title: input.title, updatedById: user.id } },
      },
      select: { id: true, slug: true },
    });
    await courseAudit(tx, user, "course.create", course.id, { slug: input.slug });
    return course;
  });
}

export async function updateCourseSettings(user: Actor, input: z.infer<typeof courseSettingsSchema>) {
  await db.$transaction(async (tx) => {
    await lockCourse(tx, input.courseId);
    if (input.coverId) {
      const image = await tx.attachment.findUnique({ where: { id: input.coverId }, select: { kind: true, courseId: true } });
      if (image?.kind !== "image") throw AppError.field("coverId", "validation.coverImage");
      if (image.courseId !== input.courseId)
        await tx.attachment.update({ where: { id: input.coverId }, data: { courseId: input.courseId } });
    }
    await tx.course.update({
      where: { id: input.courseId },
      data: { topic: input.topic, level: input.level, coverId: input.coverId },
    });
    // Topic and level are facets of the published documents: refresh them.
    await enqueueCourseSearch(tx, input.courseId);
    await courseAudit(tx, user, "course.settings", input.courseId, { topic: input.topic, level: input.level, cover: input.coverId });
  });
}

/** Saves one language's title, summary and outcomes (optimistic: only over the version it started from). */
export async function saveCourseText(user: Actor, input: z.infer<typeof courseTextSchema>): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const course = await tx.course.findUnique({ where: { id: input.courseId }, select: { sourceLocale: true } });
    if (!course) throw new AppError("NOT_FOUND");
    const source =
      input.locale === course.sourceLocale
        ? null
        : await tx.courseTranslation.findUnique({
            where: { courseId_locale: { courseId: input.courseId, locale: course.sourceLocale } },
            select: { version: true },
          });
    const version = input.baseVersion + 1;
    const { count } = await tx.courseTranslation.updateMany({
      where: { courseId: input.courseId, locale: input.locale, version: input.baseVersion },
      data: {
        title: input.title,
        summary: input.summary,
        outcomes: input.outcomes,
        version,
        updatedById: user.id,
        ...(source ? { sourceVersion: source.version } : {}),
      },
    });
    if (count === 0) {
      const exists = await tx.courseTranslation.count({ where: { courseId: input.courseId, locale: input.locale } });
      throw exists ? new AppError("CONFLICT", { message: "errors.editConflict" }) : new AppError("NOT_FOUND");
    }
    await backToDraft(tx, input.courseId, user.id);
    await courseAudit(tx, user, "course.text.save", input.courseId, { locale: input.locale, version });
    return { version };
  });
}

/** Starts a translation of the course text (a copy of the source, to translate in place). */
export async function createCourseTranslation(user: Actor, { courseId, locale }: { courseId: string; locale: string }) {
  await db.$transaction(async (tx) => {
    const course = await tx.course.findUnique({ where: { id: courseId }, select: { sourceLocale: true } });
    if (!course) throw new AppError("NOT_FOUND");
    if (course.sourceLocale === locale) throw new AppError("CONFLICT");
    if (await tx.courseTranslation.count({ where: { courseId, locale } })) return;
    const source = await tx.courseTranslation.findUniqueOrThrow({ where: { courseId_locale: { courseId, locale: course.sourceLocale } } });
    await tx.courseTranslation.create({
      data: { courseId, locale, title: source.title, summary: source.summary, outcomes: source.outcomes, updatedById: user.id },
    });
    await courseAudit(tx, user, "course.translation.create", courseId, { locale });
  });
}

// ─── modules ─────────────────────────────────────────────────────────────────────────────────

export async function addModule(user: Actor, input: z.infer<typeof addModuleSchema>): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const course = await lockCourse(tx, input.courseId);
    const position = await tx.courseModule.count({ where: { courseId: input.courseId } });
    const created = await tx.courseModule.create({
      data: { courseId: input.courseId, position, title: { [course.sourceLocale]: input.title } },
      select: { id: true },
    });
    await backToDraft(tx, input.courseId, user.id);
    await courseAudit(tx, user, "course.module.add", input.courseId, { moduleId: created.id });
    return created;
  });
}

export async function renameModule(user: Actor, input: { moduleId: string; locale: string; title: string }) {
  await db.$transaction(async (tx) => {
    const mod = await tx.courseModule.findUnique({ where: { id: input.moduleId }, select: { courseId: true, title: true } });
    if (!mod) throw new AppError("NOT_FOUND");
    await tx.courseModule.update({ where: { id: input.moduleId }, data: { title: withText(mod.title, input.locale, input.title) } });
    await enqueueCourseSearch(tx, mod.courseId);
    await courseAudit(tx, user, "course.module.rename", mod.courseId, { moduleId: input.moduleId, locale: input.locale });
  });
}

/** Only a module that learners never saw can be deleted (with its lessons and quiz). */
export async function deleteModule(user: Actor, moduleId: string) {
  await db.$transaction(async (tx) => {
    const mod = await tx.courseModule.findUnique({ where: { id: moduleId }, select: { courseId: true, publishedAt: true } });
    if (!mod) throw new AppError("NOT_FOUND");
    await lockCourse(tx, mod.courseId);
    if (mod.publishedAt) throw new AppError("CONFLICT", { message: "courses.errors.publishedModule" });
    await tx.courseModule.delete({ where: { id: moduleId } });
    await renumber(tx, "CourseModule", { courseId: mod.courseId });
    await courseAudit(tx, user, "course.module.delete", mod.courseId, { moduleId });
  });
}

/** Rewrites positions as 0, 1, 2… in their current order. */
async function renumber(tx: Tx, table: "CourseModule" | "Lesson" | "QuizQuestion", where: Record<string, string>) {
  const [column, value] = Object.entries(where)[0];
  // Identifiers come from this file only; the value is a bound parameter.
  await tx.$executeRawUnsafe(
    `UPDATE "${table}" t SET position = o.n FROM (
       SELECT id, row_number() OVER (ORDER BY position, id) - 1 AS n FROM "${table}" WHERE "${column}" = $1
     ) o WHERE t.id = o.id AND t.position <> o.n`,
    value,
  );
}

export async function moveModule(user: Actor, moduleId: string, direction: "up" | "down") {
  await db.$transaction(async (tx) => {
    const mod = await tx.courseModule.findUnique({ where: { id: moduleId }, select: { courseId: true } });
    if (!mod) throw new AppError("NOT_FOUND");
    await lockCourse(tx, mod.courseId);
    await renumber(tx, "CourseModule", { courseId: mod.courseId });
    const all = await tx.courseModule.findMany({ where: { courseId: mod.courseId }, orderBy: { position: "asc" }, select: { id: true } });
    const i = all.findIndex((m) => m.id === moduleId);
    const j = direction === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= all.length) return; // already first or last
    await tx.courseModule.update({ where: { id: all[i].id }, data: { position: j } });
    await tx.courseModule.update({ where: { id: all[j].id }, data: { position: i } });
    await courseAudit(tx, user, "course.module.move", mod.courseId, { moduleId, direction });
  });
}

// ─── lessons ─────────────────────────────────────────────────────────────────────────────────

async function recordLessonRevision(
  tx: Tx,
  data: {
    lessonId: string;
    locale: string;
    version: number;
    title: string;
    contentJson: Prisma.InputJsonValue;
    contentHtml: string;
    authorId: string;
    kind: "create" | "save" | "publish" | "restore";
  },
) {
  if (data.kind === "publish") {
    const { count } = await tx.lessonRevision.updateMany({
      where: { lessonId: data.lessonId, locale: data.locale, version: data.version },
      data: { kind: "publish" },
    });
    if (count > 0) return;
  }
  if (data.kind === "save") {
    const last = await tx.lessonRevision.findFirst({
      where: { lessonId: data.lessonId, locale: data.locale },
      orderBy: { createdAt: "desc" },
      select: { id: true, authorId: true, kind: true, createdAt: true },
    });
    if (last && last.kind === "save" && last.authorId === data.authorId && Date.now() - last.createdAt.getTime() < REVISION_WINDOW_MS) {
      await tx.lessonRevision.update({
        where: { id: last.id },
        data: { version: data.version, title: data.title, contentJson: data.contentJson, contentHtml: data.contentHtml },
      });
      return;
    }
  }
  await tx.lessonRevision.create({ data });
}

export async function addLesson(user: Actor, input: z.infer<typeof addLessonSchema>): Promise<{ id: string; slug: string }> {
  const mod = await db.courseModule.findUnique({ where: { id: input.moduleId }, select: { courseId: true } });
  if (!mod) throw new AppError("NOT_FOUND");
  if (await db.lesson.findUnique({ where: { courseId_slug: { courseId: mod.courseId, slug: input.slug } }, select: { id: true } })) {
    throw AppError.field("slug", "validation.lessonSlugTaken", "CONFLICT");
  }
  const rendered = renderRichText(emptyDoc());
  return db.$transaction(async (tx) => {
    const course = await lockCourse(tx, mod.courseId);
    const position = await tx.lesson.count({ where: { moduleId: input.moduleId } });
    const lesson = await tx.lesson.create({
      data: {
        courseId: mod.courseId,
        moduleId: input.moduleId,
        slug: input.slug,
        position,
        translations: {
          create: {
            locale: course.sourceLocale,
            title: input.title,
            contentJson: rendered.json as Prisma.InputJsonValue,
            contentHtml: rendered.html,
            updatedById: user.id,
          },
        },
      },
      select: { id: true, slug: true },
    });
    await backToDraft(tx, mod.courseId, user.id);
    await courseAudit(tx, user, "course.lesson.add", mod.courseId, { lessonId: lesson.id, slug: lesson.slug });
    return lesson;
  });
}

export async function updateLessonSettings(user: Actor, input: z.infer<typeof lessonSettingsSchema>) {
  await db.$transaction(async (tx) => {
    const lesson = await tx.lesson.findUnique({ where: { id: input.lessonId }, select: { courseId: true, slug: true, publishedAt: true } });
    if (!lesson) throw new AppError("NOT_FOUND");
    // A published lesson keeps its address: learners' bookmarks and search results point to it.
    if (lesson.publishedAt && input.slug !== lesson.slug) throw AppError.field("slug", "validation.slugFixed");
    if (input.slug !== lesson.slug && (await tx.lesson.count({ where: { courseId: lesson.courseId, slug: input.slug } }))) {
      throw AppError.field("slug", "validation.lessonSlugTaken", "CONFLICT");
    }
    await tx.lesson.update({ where: { id: input.lessonId }, data: { slug: input.slug, minutes: input.minutes, required: input.required } });
    await courseAudit(tx, user, "course.lesson.settings", lesson.courseId, {
      lessonId: input.lessonId,
      minutes: input.minutes,
      required: input.required,
    });
  });
}

/** Autosave of a lesson's working copy in one language (optimistic, like knowledge pages). */
export async function saveLessonDraft(user: Actor, input: z.infer<typeof saveLessonSchema>): Promise<{ version: number; savedAt: string }> {
  const rendered = renderRichText(input.content);
  return db.$transaction(async (tx) => {
    const lesson = await tx.lesson.findUnique({
      where: { id: input.lessonId },
      select: { id: true, courseId: true, course: { select: { sourceLocale: true } } },
    });
    if (!lesson) throw new AppError("NOT_FOUND");
    const source =
      input.locale === lesson.course.sourceLocale
        ? null
        : await tx.lessonTranslation.findUnique({
            where: { lessonId_locale: { lessonId: lesson.id, locale: lesson.course.sourceLocale } },
            select: { version: true },
          });
    const version = input.baseVersion + 1;
    const json = rendered.json as Prisma.InputJsonValue;
    const { count } = await tx.lessonTranslation.updateMany({
      where: { lessonId: lesson.id, locale: input.locale, version: input.baseVersion },
      data: {
        title: input.title,
        contentJson: json,
        contentHtml: rendered.html,
        version,
        updatedById: user.id,
        ...(source ? { sourceVersion: source.version } : {}),
      },
    });
    if (count === 0) {
      const exists = await tx.lessonTranslation.count({ where: { lessonId: lesson.id, locale: input.locale } });
      throw exists ? new AppError("CONFLICT", { message: "errors.editConflict" }) : new AppError("NOT_FOUND");
    }
    await backToDraft(tx, lesson.courseId, user.id);
    await recordLessonRevision(tx, {
      lessonId: lesson.id,
      locale: input.locale,
      version,
      title: input.title,
      contentJson: json,
      contentHtml: rendered.html,
      authorId: user.id,
      kind: "save",
    });
    return { version, savedAt: new Date().toISOString() };
  });
}

export async function createLessonTranslation(user: Actor, { lessonId, locale }: { lessonId: string; locale: string }) {
  await db.$transaction(async (tx) => {
    const lesson = await tx.lesson.findUnique({
      where: { id: lessonId },
      select: { courseId: true, course: { select: { sourceLocale: true } } },
    });
    if (!lesson) throw new AppError("NOT_FOUND");
    if (lesson.course.sourceLocale === locale) throw new AppError("CONFLICT");
    if (await tx.lessonTranslation.count({ where: { lessonId, locale } })) return;
    const source = await tx.lessonTranslation.findUniqueOrThrow({
      where: { lessonId_locale: { lessonId, locale: lesson.course.sourceLocale } },
    });
    await tx.lessonTranslation.create({
      data: {
        lessonId,
        locale,
        title: source.title,
        contentJson: source.contentJson as Prisma.InputJsonValue,
        contentHtml: source.contentHtml,
        updatedById: user.id,
      },
    });
    await courseAudit(tx, user, "course.lesson.translation.create", lesson.courseId, { lessonId, locale });
  });
}

/** Makes an old revision the working copy again (a new version; history is kept). */
export async function restoreLessonRevision(user: Actor, revisionId: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const revision = await tx.lessonRevision.findUnique({ where: { id: revisionId }, include: { lesson: { select: { courseId: true } } } });
    if (!revision) throw new AppError("NOT_FOUND");
    const current = await tx.lessonTranslation.findUnique({
      where: { lessonId_locale: { lessonId: revision.lessonId, locale: revision.locale } },
      select: { version: true },
    });
    if (!current) throw new AppError("NOT_FOUND");
    const version = current.version + 1;
    // Over the version just read only, like a save: a save that lands in between is not
    // overwritten (nor its version number taken twice).
    const { count } = await tx.lessonTranslation.updateMany({
      where: { lessonId: revision.lessonId, locale: revision.locale, version: current.version },
      data: {
        title: revision.title,
        contentJson: revision.contentJson as Prisma.InputJsonValue,
        contentHtml: revision.contentHtml,
        version,
        updatedById: user.id,
      },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "errors.editConflict" });
    await backToDraft(tx, revision.lesson.courseId, user.id);
    await recordLessonRevision(tx, {
      lessonId: revision.lessonId,
      locale: revision.locale,
      version,
      title: revision.title,
      contentJson: revision.contentJson as Prisma.InputJsonValue,
      contentHtml: revision.contentHtml,
      authorId: user.id,
      kind: "restore",
    });
    await courseAudit(tx, user, "course.lesson.restore", revision.lesson.courseId, {
      lessonId: revision.lessonId,
      locale: revision.locale,
      fromVersion: revision.version,
      newVersion: version,
    });
    return version;
  });
}

/**
 * Moves a lesson one place up or down; past the first or last place of its module it moves to the
 * end of the previous module or the start of the next one (so every order can be reached by keyboard).
 */
export async function moveLesson(user: Actor, lessonId: string, direction: "up" | "down") {
  await db.$transaction(async (tx) => {
    const lesson = await tx.lesson.findUnique({ where: { id: lessonId }, select: { courseId: true, moduleId: true } });
    if (!lesson) throw new AppError("NOT_FOUND");
    await lockCourse(tx, lesson.courseId);
    await renumber(tx, "Lesson", { moduleId: lesson.moduleId });
    const siblings = await tx.lesson.findMany({ where: { moduleId: lesson.moduleId }, orderBy: { position: "asc" }, select: { id: true } });
    const i = siblings.findIndex((l) => l.id === lessonId);
    const j = direction === "up" ? i - 1 : i + 1;
    if (j >= 0 && j < siblings.length) {
      await tx.lesson.update({ where: { id: siblings[i].id }, data: { position: j } });
      await tx.lesson.update({ where: { id: siblings[j].id }, data: { position: i } });
    } else {
      const modules = await tx.courseModule.findMany({
        where: { courseId: lesson.courseId },
        orderBy: { position: "asc" },
        select: { id: true },
      });
      const m = modules.findIndex((x) => x.id === lesson.moduleId);
      const target = modules[direction === "up" ? m - 1 : m + 1];
      if (!target) return; // first lesson of the first module, or last of the last
      if (direction === "up") {
        const end = await tx.lesson.count({ where: { moduleId: target.id } });
        await tx.lesson.update({ where: { id: lessonId }, data: { moduleId: target.id, position: end } });
      } else {
        await tx.lesson.updateMany({ where: { moduleId: target.id }, data: { position: { increment: 1 } } });
        await tx.lesson.update({ where: { id: lessonId }, data: { moduleId: target.id, position: 0 } });
      }
      await renumber(tx, "Lesson", { moduleId: lesson.moduleId });
    }
    await courseAudit(tx, user, "course.lesson.move", lesson.courseId, { lessonId, direction });
  });
}

/** Only a lesson that learners never saw can be deleted. */
export async function deleteLesson(user: Actor, lessonId: string) {
  await db.$transaction(async (tx) => {
    const lesson = await tx.lesson.findUnique({ where: { id: lessonId }, select: { courseId: true, moduleId: true, publishedAt: true } });
    if (!lesson) throw new AppError("NOT_FOUND");
    await lockCourse(tx, lesson.courseId);
    if (lesson.publishedAt) throw new AppError("CONFLICT", { message: "courses.errors.publishedLesson" });
    await tx.lesson.delete({ where: { id: lessonId } });
    await renumber(tx, "Lesson", { moduleId: lesson.moduleId });
    await courseAudit(tx, user, "course.lesson.delete", lesson.courseId, { lessonId });
  });
}

// ─── quizzes ─────────────────────────────────────────────────────────────────────────────────

export async function addQuiz(user: Actor, moduleId: string): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const mod = await tx.courseModule.findUnique({ where: { id: moduleId }, select: { courseId: true, quiz: { select: { id: true } } } });
    if (!mod) throw new AppError("NOT_FOUND");
    if (mod.quiz) return mod.quiz;
    const quiz = await tx.quiz.create({ data: { moduleId }, select: { id: true } });
    await backToDraft(tx, mod.courseId, user.id);
    await courseAudit(tx, user, "course.quiz.add", mod.courseId, { quizId: quiz.id });
    return quiz;
  });
}

async function quizCourse(tx: Tx, quizId: string) {
  const quiz = await tx.quiz.findUnique({
    where: { id: quizId },
    select: { id: true, publishedAt: true, module: { select: { courseId: true, course: { select: { sourceLocale: true } } } } },
  });
  if (!quiz) throw new AppError("NOT_FOUND");
  return { courseId: quiz.module.courseId, sourceLocale: quiz.module.course.sourceLocale, publishedAt: quiz.publishedAt };
}

export async function updateQuizSettings(user: Actor, input: z.infer<typeof quizSettingsSchema>) {
  await db.$transaction(async (tx) => {
    const { courseId } = await quizCourse(tx, input.quizId);
    await tx.quiz.update({ where: { id: input.quizId }, data: { passMark: input.passMark, maxAttempts: input.maxAttempts } });
    await courseAudit(tx, user, "course.quiz.settings", courseId, {
      quizId: input.quizId,
      passMark: input.passMark,
      maxAttempts: input.maxAttempts,
    });
  });
}

export async function deleteQuiz(user: Actor, quizId: string) {
  await db.$transaction(async (tx) => {
    const { courseId, publishedAt } = await quizCourse(tx, quizId);
    if (publishedAt) throw new AppError("CONFLICT", { message: "courses.errors.publishedQuiz" });
    await tx.quiz.delete({ where: { id: quizId } });
    await courseAudit(tx, user, "course.quiz.delete", courseId, { quizId });
  });
}

/**
 * Creates or updates a question with its choices. In the course's source language the kind, the
 * choices and the right answers may change; in a translation only the texts change, matched by id.
 * A published quiz's questions stay editable (a typo must be fixable) but attempts already
 * submitted keep their score.
 */
export async function saveQuestion(user: Actor, input: z.infer<typeof saveQuestionSchema>): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const { courseId, sourceLocale } = await quizCourse(tx, input.quizId);
    await lockCourse(tx, courseId);
    const isSource = input.locale === sourceLocale;
    const existing = input.questionId
      ? await tx.quizQuestion.findFirst({
          where: { id: input.questionId, quizId: input.quizId },
          select: { id: true, prompt: true, choices: { select: { id: true, text: true, feedback: true }, orderBy: { position: "asc" } } },
        })
      : null;
    if (input.questionId && !existing) throw new AppError("NOT_FOUND");

    if (!isSource) {
      if (!existing) throw new AppError("CONFLICT", { message: "courses.errors.translateExisting" });
      const byId = new Map(input.choices.map((c) => [c.id, c]));
      if (existing.choices.some((c) => !byId.has(c.id)) || input.choices.length !== existing.choices.length) {
        throw new AppError("CONFLICT", { message: "courses.errors.structureChanged" });
      }
      await tx.quizQuestion.update({ where: { id: existing.id }, data: { prompt: withText(existing.prompt, input.locale, input.prompt) } });
      for (const choice of existing.choices) {
        const t = byId.get(choice.id);
        if (!t) continue;
        await tx.quizChoice.update({
          where: { id: choice.id },
          data: { text: withText(choice.text, input.locale, t.text), feedback: withText(choice.feedback, input.locale, t.feedback) },
        });
      }
      await courseAudit(tx, user, "course.question.translate", courseId, { questionId: existing.id, locale: input.locale });
      return { id: existing.id };
    }

    let questionId: string;
    if (existing) {
      questionId = existing.id;
      await tx.quizQuestion.update({
        where: { id: questionId },
        data: { kind: input.kind, prompt: withText(existing.prompt, input.locale, input.prompt) },
      });
      const keep = new Set(input.choices.map((c) => c.id).filter(Boolean));
      await tx.quizChoice.deleteMany({ where: { questionId, id: { notIn: [...keep] as string[] } } });
    } else {
      const position = await tx.quizQuestion.count({ where: { quizId: input.quizId } });
      questionId = (
        await tx.quizQuestion.create({
          data: { quizId: input.quizId, position, kind: input.kind, prompt: { [input.locale]: input.prompt } },
          select: { id: true },
        })
      ).id;
    }
    const old = new Map((existing?.choices ?? []).map((c) => [c.id, c]));
    for (const [position, choice] of input.choices.entries()) {
      const previous = choice.id ? old.get(choice.id) : undefined;
      const data = {
        position,
        correct: choice.correct,
        text: withText(previous?.text ?? null, input.locale, choice.text),
        feedback: withText(previous?.feedback ?? null, input.locale, choice.feedback),
      };
      if (previous) await tx.quizChoice.update({ where: { id: previous.id }, data });
      else await tx.quizChoice.create({ data: { ...data, questionId } });
    }
    await backToDraft(tx, courseId, user.id);
    await courseAudit(tx, user, existing ? "course.question.update" : "course.question.add", courseId, { questionId });
    return { id: questionId };
  });
}

export async function deleteQuestion(user: Actor, questionId: string) {
  await db.$transaction(async (tx) => {
    const q = await tx.quizQuestion.findUnique({ where: { id: questionId }, select: { quizId: true } });
    if (!q) throw new AppError("NOT_FOUND");
    const { courseId } = await quizCourse(tx, q.quizId);
    await lockCourse(tx, courseId);
    await tx.quizQuestion.delete({ where: { id: questionId } });
    await renumber(tx, "QuizQuestion", { quizId: q.quizId });
    await backToDraft(tx, courseId, user.id);
    await courseAudit(tx, user, "course.question.delete", courseId, { questionId });
  });
}

export async function moveQuestion(user: Actor, questionId: string, direction: "up" | "down") {
  await db.$transaction(async (tx) => {
    const q = await tx.quizQuestion.findUnique({ where: { id: questionId }, select: { quizId: true } });
    if (!q) throw new AppError("NOT_FOUND");
    const { courseId } = await quizCourse(tx, q.quizId);
    await lockCourse(tx, courseId);
    await renumber(tx, "QuizQuestion", { quizId: q.quizId });
    const all = await tx.quizQuestion.findMany({ where: { quizId: q.quizId }, orderBy: { position: "asc" }, select: { id: true } });
    const i = all.findIndex((x) => x.id === questionId);
    const j = direction === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= all.length) return;
    await tx.quizQuestion.update({ where: { id: all[i].id }, data: { position: j } });
    await tx.quizQuestion.update({ where: { id: all[j].id }, data: { position: i } });
    await courseAudit(tx, user, "course.question.move", courseId, { questionId, direction });
  });
}

// ─── workflow ────────────────────────────────────────────────────────────────────────────────

async function enqueueCourseSearch(tx: Tx, courseId: string) {
  await enqueueSearchUpdate(tx, COURSE_SEARCH_TYPE, courseId);
  const lessons = await tx.lesson.findMany({ where: { courseId }, select: { id: true } });
  await enqueueSearchUpdates(
    tx,
    LESSON_SEARCH_TYPE,
    lessons.map((l) => l.id),
  );
}

/**
 * Publishes the working copies: the course text of each language that has one (a translation once
 * it has been saved), every lesson translation likewise (rendered and sanitised now, so readers get
 * stored HTML), and marks the modules, lessons and quizzes as visible. Refuses an empty course and
 * a quiz without questions, which a learner could never pass.
 */
async function publishCourse(tx: Tx, courseId: string, userId: string) {
  const course = await tx.course.findUniqueOrThrow({
    where: { id: courseId },
    select: {
      sourceLocale: true,
      translations: {
        select: {
          id: true,
          locale: true,
          title: true,
          summary: true,
          outcomes: true,
          version: true,
          publishedVersion: true,
          sourceVersion: true,
        },
      },
      modules: { select: { id: true, quiz: { select: { id: true, _count: { select: { questions: true } } } } } },
      lessons: {
        select: {
          id: true,
          translations: {
            select: { id: true, locale: true, title: true, contentJson: true, version: true, publishedVersion: true, sourceVersion: true },
          },
        },
      },
    },
  });
  if (course.lessons.length === 0) throw new AppError("CONFLICT", { message: "courses.errors.publishEmpty" });
  if (course.modules.some((m) => m.quiz && m.quiz._count.questions === 0))
    throw new AppError("CONFLICT", { message: "courses.errors.quizEmpty" });
  const now = new Date();
  const published = (t: { locale: string; sourceVersion: number | null }) => t.locale === course.sourceLocale || t.sourceVersion !== null;

  const languages: string[] = [];
  for (const t of course.translations) {
    if (!published(t)) continue;
    languages.push(t.locale);
    if (t.publishedVersion === t.version) continue;
    await tx.courseTranslation.update({
      where: { id: t.id },
      data: {
        publishedTitle: t.title,
        publishedSummary: t.summary,
        publishedOutcomes: t.outcomes,
        publishedVersion: t.version,
        publishedAt: now,
      },
    });
  }
  for (const lesson of course.lessons) {
    for (const t of lesson.translations) {
      if (!published(t) || t.publishedVersion === t.version) continue;
      const rendered = renderRichText(t.contentJson);
      await tx.lessonTranslation.update({
        where: { id: t.id },
        data: {
          publishedTitle: t.title,
          publishedHtml: rendered.html,
          publishedText: rendered.text,
          publishedVersion: t.version,
          publishedAt: now,
        },
      });
      await recordLessonRevision(tx, {
        lessonId: lesson.id,
        locale: t.locale,
        version: t.version,
        title: t.title,
        contentJson: rendered.json as Prisma.InputJsonValue,
        contentHtml: rendered.html,
        authorId: userId,
        kind: "publish",
      });
    }
  }
  await tx.courseModule.updateMany({ where: { courseId, publishedAt: null }, data: { publishedAt: now } });
  await tx.lesson.updateMany({ where: { courseId, publishedAt: null }, data: { publishedAt: now } });
  await tx.quiz.updateMany({ where: { module: { courseId }, publishedAt: null }, data: { publishedAt: now } });
  await tx.course.update({ where: { id: courseId }, data: { languages: languages.sort() } });
  await enqueueCourseSearch(tx, courseId);
}

/** Moves a course through draft → in review → published → archived, with who and when. */
export async function changeCourseStatus(user: Actor, courseId: string, transition: Transition): Promise<string> {
  if (!courseWorkflow.may(user, transition)) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const course = await lockCourse(tx, courseId);
    const row = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: { firstPublishedAt: true } });
    if (!courseWorkflow.startsFrom(transition, course.status)) throw new AppError("CONFLICT", { message: "errors.statusChanged" });
    const next = courseWorkflow.next(transition, row);
    const now = new Date();
    await tx.course.update({
      where: { id: courseId },
      data: {
        status: next,
        statusChangedAt: now,
        statusChangedById: user.id,
        ...(transition === "publish" && !row.firstPublishedAt ? { firstPublishedAt: now } : {}),
      },
    });
    if (transition === "publish") await publishCourse(tx, courseId, user.id);
    else if (transition === "archive" || transition === "unarchive") await enqueueCourseSearch(tx, courseId);
    await courseAudit(tx, user, `course.${transition}`, courseId, { from: course.status, to: next });
    return next;
  });
}

/** Module titles in every language, for the editor: { moduleId: { en: "…" } }. */
export function moduleTitles(modules: { id: string; title: Prisma.JsonValue }[]) {
  return Object.fromEntries(modules.map((m) => [m.id, asLocalised(m.title)]));
}
