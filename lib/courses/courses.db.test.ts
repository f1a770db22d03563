import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { whileUncommitted } from "@/lib/testing/concurrency";
import { createUser } from "@/prisma/factories";
import { completeCourse, createCourse, enrolLearner, simpleCourseSpec } from "@/prisma/training-factories";
import { renderCertificatePdf } from "./certificate-pdf";
import { markLessonDone, revokeCertificate, startAttempt, submitAttempt } from "./learning";
import {
  getAttemptReview,
  getCertificate,
  getCourseLearner,
  getCourseLearnerAt,
  getCourseView,
  getLearnerState,
  getLessonLearner,
  getLessonLearnerAt,
  getLessonView,
  getMyLearning,
  getQuizView,
  listCatalogue,
} from "./queries";
import { REPORT_CSV_HEADER, reportCsvRows, reportRange, trainingReport } from "./reports";
import { saveQuestionSchema } from "./schemas";
import { courseSearchSource, lessonSearchSource } from "./search-source";
import {
  addLesson,
  addModule,
  addQuiz,
  changeCourseStatus,
  createCourse as createCourseAsAuthor,
  createLessonTranslation,
  deleteLesson,
  moveLesson,
  restoreLessonRevision,
  saveLessonDraft,
  saveQuestion,
} from "./service";

// Real PostgreSQL: the training rules as the data must show them.
const run = Date.now().toString(36);
type Role = "LIBRARIAN" | "PARTNER" | "COORDINATOR" | "ADMIN";
type U = { id: string; role: Role; name: string };
let coordinator: U;

async function makeUser(name: string, role: Role = "LIBRARIAN", extra: { country?: string; organisationSlug?: string } = {}): Promise<U> {
  const u = await createUser(db as never, {
    email: `${name.replace(/\W/g, "")}-${run}-${Math.random().toString(36).slice(2, 7)}@training.test`,
    name,
    role,
    ...extra,
  });
  return { id: u.id, role, name: u.name };
}

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function expectAppError(promise: Promise<unknown>, code: string, key?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (key) expect((error as AppError).messageKey).toBe(key);
}

/** Answers for every question of an open attempt: the right ones, or a wrong one each. */
async function answersFor(attemptId: string, right: boolean) {
  const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { layout: true } });
  const layout = attempt.layout as { q: string; c: string[] }[];
  const questions = await db.quizQuestion.findMany({
    where: { id: { in: layout.map((l) => l.q) } },
    select: { id: true, choices: { select: { id: true, correct: true } } },
  });
  return Object.fromEntries(
    questions.map((q) => [
      q.id,
      q.choices
        .filter((c) => c.correct === right)
        .map((c) => c.id)
        .slice(0, right ? undefined : 1),
    ]),
  );
}

beforeAll(async () => {
  coordinator = await makeUser(`Coordinator ${run}`, "COORDINATOR");
});

describe("authoring", () => {
  it("a coordinator writes a course with a module, two lessons and a quiz, and publishes it for learners and search", async () => {
    const slug = `written-${run}`;
    const course = await createCourseAsAuthor(coordinator, {
      title: "A course written in a test",
      slug,
      topic: "DIGITAL_INCLUSION",
      level: "INTERMEDIATE",
      sourceLocale: "en",
    });
    const mod = await addModule(coordinator, { courseId: course.id, title: "First steps" });
    const one = await addLesson(coordinator, { moduleId: mod.id, title: "Lesson one", slug: "lesson-one" });
    const two = await addLesson(coordinator, { moduleId: mod.id, title: "Lesson two", slug: "lesson-two" });
    await saveLessonDraft(coordinator, {
      lessonId: one.id,
      locale: "en",
      title: "Lesson one",
      content: doc("Greet every visitor first."),
      baseVersion: 1,
    });
    const quiz = await addQuiz(coordinator, mod.id);
    const question = saveQuestionSchema.parse({
      quizId: quiz.id,
      locale: "en",
      kind: "SINGLE",
      prompt: "Who greets first?",
      choices: [
        { text: "The librarian", feedback: "Yes", correct: true },
        { text: "The visitor", feedback: "No" },
      ],
    });
    await saveQuestion(coordinator, question);

    // Nothing is visible before publishing.
    expect(await getCourseView(slug, "en")).toBeNull();
    expect((await courseSearchSource.documentsFor([course.id])).get(course.id)).toEqual([]);

    expect(await changeCourseStatus(coordinator, course.id, "publish")).toBe("PUBLISHED");
    const view = await getCourseView(slug, "en");
    expect(view?.title).toBe("A course written in a test");
    expect(view?.sequence.map((i) => i.kind)).toEqual(["lesson", "lesson", "quiz"]);
    expect(view?.minutes).toBe(20);
    const lesson = view && (await getLessonView(view, "lesson-one", "en"));
    expect(lesson?.html).toContain("Greet every visitor first.");
    expect(lesson?.next?.title).toBe("Lesson two");

    const courseDocs = (await courseSearchSource.documentsFor([course.id])).get(course.id) ?? [];
    expect(courseDocs).toMatchObject([
      { type: "course", locale: "en", topic: "DIGITAL_INCLUSION", level: "INTERMEDIATE", visibility: "public", url: `/courses/${slug}` },
    ]);
    const lessonDocs = (await lessonSearchSource.documentsFor([one.id, two.id])).get(one.id) ?? [];
    expect(lessonDocs).toMatchObject([{ type: "lesson", visibility: "members", url: `/courses/${slug}/lesson-one` }]);
    expect(await db.searchOutbox.count({ where: { entityType: "lesson", entityId: { in: [one.id, two.id] } } })).toBeGreaterThanOrEqual(2);
    expect(await db.auditLog.count({ where: { action: "course.publish", targetId: course.id } })).toBe(1);
    expect((await listCatalogue("en", { q: "written in a test" })).map((c) => c.slug)).toEqual([slug]);
    expect(await listCatalogue("en", { q: "written in a test", topic: "WELLBEING" })).toEqual([]);
  });

  it("refuses a question whose right answers do not match its kind", () => {
    const base = {
      quizId: "q",
      locale: "en",
      prompt: "Which?",
      choices: [
        { text: "A", correct: true },
        { text: "B", correct: true },
      ],
    };
    expect(saveQuestionSchema.safeParse({ ...base, kind: "SINGLE" }).success).toBe(false);
    expect(saveQuestionSchema.safeParse({ ...base, kind: "MULTIPLE" }).success).toBe(true);
    expect(saveQuestionSchema.safeParse({ ...base, kind: "MULTIPLE", choices: [{ text: "A" }, { text: "B" }] }).success).toBe(false);
  });

  it("refuses to publish a course without lessons or with an empty quiz", async () => {
    const empty = await createCourseAsAuthor(coordinator, {
      title: "Empty course",
      slug: `empty-${run}`,
      topic: "WELLBEING",
      level: "INTRODUCTORY",
      sourceLocale: "en",
    });
    await expectAppError(changeCourseStatus(coordinator, empty.id, "publish"), "CONFLICT", "courses.errors.publishEmpty");
    const mod = await addModule(coordinator, { courseId: empty.id, title: "Module" });
    await addLesson(coordinator, { moduleId: mod.id, title: "Only lesson", slug: "only-lesson" });
    await addQuiz(coordinator, mod.id);
    await expectAppError(changeCourseStatus(coordinator, empty.id, "publish"), "CONFLICT", "courses.errors.quizEmpty");
    expect((await db.course.findUniqueOrThrow({ where: { id: empty.id } })).status).toBe("DRAFT");
  });

  it("only coordinators publish; a librarian is refused by the service too", async () => {
    const librarian = await makeUser("Lib refused");
    const c = await createCourse(db as never, { ...simpleCourseSpec(), published: false });
    await expectAppError(changeCourseStatus(librarian, c.id, "publish"), "FORBIDDEN");
  });

  it("an edit sends a live course back to draft while learners keep reading the published copy", async () => {
    const c = await createCourse(db as never, simpleCourseSpec());
    const lesson = c.lessons[0];
    await saveLessonDraft(coordinator, {
      lessonId: lesson.id,
      locale: "en",
      title: "Lesson 1.1",
      content: doc("A new, unpublished text."),
      baseVersion: 1,
    });
    expect((await db.course.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("DRAFT");
    const view = await getCourseView(c.slug, "en");
    const read = view && (await getLessonView(view, lesson.slug, "en"));
    expect(read?.html).not.toContain("unpublished");
    const preview = view && (await getLessonView((await getCourseView(c.slug, "en", true)) ?? view, lesson.slug, "en", true));
    expect(preview?.html).toContain("A new, unpublished text.");
    // A stale editor (an older version) cannot overwrite it.
    await expectAppError(
      saveLessonDraft(coordinator, { lessonId: lesson.id, locale: "en", title: "Lesson 1.1", content: doc("Stale"), baseVersion: 1 }),
      "CONFLICT",
      "errors.editConflict",
    );
    // Revisions are kept.
    expect(await db.lessonRevision.count({ where: { lessonId: lesson.id } })).toBeGreaterThanOrEqual(2);
  });

  it("refuses to restore a lesson's revision over a save that lands while it runs", async () => {
    const c = await createCourse(db as never, simpleCourseSpec());
    const lesson = c.lessons[0];
    const saved = await saveLessonDraft(coordinator, {
      lessonId: lesson.id,
      locale: "en",
      title: "Lesson 1.1",
      content: doc("A second wording."),
      baseVersion: 1,
    });
    const older = await db.lessonRevision.findFirstOrThrow({ where: { lessonId: lesson.id, locale: "en" }, orderBy: { version: "asc" } });
    // A colleague's save is written but not committed when the restore reads the version.
    const outcome = await whileUncommitted(
      (tx) =>
        tx.lessonTranslation.update({
          where: { lessonId_locale: { lessonId: lesson.id, locale: "en" } },
          data: { title: "Saved meanwhile", version: saved.version + 1 },
        }),
      () => restoreLessonRevision(coordinator, older.id),
    );
    expect(outcome.status).toBe("rejected");
    expect((outcome as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", messageKey: "errors.editConflict" });
    const en = await db.lessonTranslation.findUniqueOrThrow({ where: { lessonId_locale: { lessonId: lesson.id, locale: "en" } } });
    expect(en).toMatchObject({ title: "Saved meanwhile", version: saved.version + 1 });
  });

  it("a translation falls back to the source, and is marked outdated when the source is published again", async () => {
    const c = await createCourse(db as never, simpleCourseSpec());
    const lesson = c.lessons[0];
    await createLessonTranslation(coordinator, { lessonId: lesson.id, locale: "lv" });
    await saveLessonDraft(coordinator, {
      lessonId: lesson.id,
      locale: "lv",
      title: "Nodarbība 1.1",
      content: doc("Latviešu teksts."),
      baseVersion: 1,
    });
    await changeCourseStatus(coordinator, c.id, "publish");
    let view = await getCourseView(c.slug, "lv");
    let lv = view && (await getLessonView(view, lesson.slug, "lv"));
    expect(lv).toMatchObject({ title: "Nodarbība 1.1", fallback: false, outdated: false, locale: "lv" });
    const fr = view && (await getLessonView(view, lesson.slug, "fr"));
    expect(fr).toMatchObject({ locale: "en", fallback: true });

    const en = await db.lessonTranslation.findUniqueOrThrow({ where: { lessonId_locale: { lessonId: lesson.id, locale: "en" } } });
    await saveLessonDraft(coordinator, {
      lessonId: lesson.id,
      locale: "en",
      title: "Lesson 1.1",
      content: doc("Changed source."),
      baseVersion: en.version,
    });
    await changeCourseStatus(coordinator, c.id, "publish");
    view = await getCourseView(c.slug, "lv");
    lv = view && (await getLessonView(view, lesson.slug, "lv"));
    expect(lv).toMatchObject({ locale: "lv", outdated: true });
  });

  it("moves a lesson up and down, across modules at the edges, with the keyboard's buttons", async () => {
    const c = await createCourse(db as never, simpleCourseSpec({ modules: 2, lessonsPerModule: 2, quiz: false }));
    const order = async () =>
      (await getCourseView(c.slug, "en", true))?.modules.map((m) => m.items.map((i) => (i.kind === "lesson" ? i.slug : "quiz")));
    await moveLesson(coordinator, c.lessons[1].id, "up");
    expect(await order()).toEqual([
      ["lesson-1-2", "lesson-1-1"],
      ["lesson-2-1", "lesson-2-2"],
    ]);
    await moveLesson(coordinator, c.lessons[0].id, "down"); // lesson-1-1 is last of module 1: moves to module 2's start
    expect(await order()).toEqual([["lesson-1-2"], ["lesson-1-1", "lesson-2-1", "lesson-2-2"]]);
    await moveLesson(coordinator, c.lessons[0].id, "up"); // and back to the end of module 1
    expect(await order()).toEqual([
      ["lesson-1-2", "lesson-1-1"],
      ["lesson-2-1", "lesson-2-2"],
    ]);
  });

  it("refuses to delete a lesson learners have seen", async () => {
    const c = await createCourse(db as never, simpleCourseSpec());
    await expectAppError(deleteLesson(coordinator, c.lessons[0].id), "CONFLICT", "courses.errors.publishedLesson");
  });
});

describe("learning", () => {
  it("a librarian reads, fails a quiz with feedback, passes the second attempt and gets one certificate", async () => {
    const learner = await makeUser("Олена Коваленко");
    const c = await createCourse(db as never, simpleCourseSpec({ lessonsPerModule: 2 }));
    await expectAppError(markLessonDone(learner, c.lessons[0].id), "FORBIDDEN", "courses.errors.notEnrolled");
    await enrolLearner(db as never, { userId: learner.id, courseId: c.id });
    for (const lesson of c.lessons) expect((await markLessonDone(learner, lesson.id)).completed).toBe(false);

    const quizId = c.quizzes[0].id;
    const first = await startAttempt(learner, quizId);
    expect(first.number).toBe(1);
    // Before submitting: prompts and choice texts only.
    const course = await getCourseView(c.slug, "en");
    if (!course) throw new Error("course");
    const view = await getQuizView(course, quizId, learner.id, "en");
    const payload = JSON.stringify(view);
    expect(view?.open?.questions).toHaveLength(2);
    expect(payload).not.toMatch(/feedback|correct/i);
    expect(await startAttempt(learner, quizId)).toEqual(first); // the open attempt, not a new one

    const failed = await submitAttempt(learner, { attemptId: first.id, answers: await answersFor(first.id, false) });
    expect(failed).toMatchObject({ passed: false, score: 0, completed: false, certificateCode: null });
    const review = await getAttemptReview(course, quizId, 1, learner.id, "en");
    expect(review?.revealed).toBe(false);
    const chosen = review?.questions.flatMap((q) => q.choices.filter((ch) => ch.chosen)) ?? [];
    expect(chosen.map((ch) => ch.feedback).every((f) => f.startsWith("No: feedback"))).toBe(true);
    // The right answers are not given away after a failed attempt.
    expect(review?.questions.flatMap((q) => q.choices.filter((ch) => !ch.chosen).map((ch) => ch.correct))).toEqual(
      expect.not.arrayContaining([true]),
    );

    const second = await startAttempt(learner, quizId);
    expect(second.number).toBe(2);
    const passed = await submitAttempt(learner, { attemptId: second.id, answers: await answersFor(second.id, true) });
    expect(passed).toMatchObject({ passed: true, score: 100, completed: true });
    expect(passed.certificateCode).toMatch(/^[A-Z2-7]{26}$/);

    const certificate = await getCertificate(passed.certificateCode as string);
    expect(certificate).toMatchObject({ holderName: "Олена Коваленко", courseTitle: course.title, revokedAt: null });
    expect(await db.certificate.count({ where: { userId: learner.id, courseId: c.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: learner.id, kind: "CERTIFICATE_ISSUED" } })).toBe(1);
    await expectAppError(startAttempt(learner, quizId), "CONFLICT", "courses.errors.alreadyPassed");
    const state = await getLearnerState(learner.id, course);
    expect(state.progress).toEqual({ done: 3, total: 3, percent: 100 });
    expect(state.completedAt).not.toBeNull();
  });

  it("gives the learner parts of a lesson and of a course from their addresses as the pages give them from the course (the viewer JSONs of the cached pages)", async () => {
    const learner = await makeUser("Cached lesson reader");
    const c = await createCourse(db as never, simpleCourseSpec({ modules: 2, lessonsPerModule: 2 }));
    const course = await getCourseView(c.slug, "en");
    if (!course) throw new Error("course not shown");
    const [first, second] = c.lessons;
    const both = async (lesson: { id: string; slug: string }) => {
      const fromAddress = await getLessonLearnerAt(learner.id, c.slug, lesson.slug);
      expect(fromAddress).toEqual(await getLessonLearner(learner.id, course, lesson.id));
      expect(await getCourseLearnerAt(learner.id, c.slug)).toEqual(await getCourseLearner(learner.id, course));
      return fromAddress;
    };
    // Not enrolled: nothing counted yet.
    expect(await both(first)).toEqual({ enrolled: false, done: false, progress: { done: 0, total: 6, percent: 0 }, certificateCode: null });
    await enrolLearner(db as never, { userId: learner.id, courseId: c.id });
    await markLessonDone(learner, first.id);
    expect(await both(first)).toMatchObject({ enrolled: true, done: true, progress: { done: 1, total: 6, percent: 17 } });
    expect(await both(second)).toMatchObject({ enrolled: true, done: false, progress: { done: 1, total: 6 } });
    // The course's part: what is done, and "Continue" to the lesson after the last one done.
    expect(await getCourseLearnerAt(learner.id, c.slug)).toMatchObject({
      enrolled: true,
      done: [first.id],
      resume: { href: `/courses/${c.slug}/${second.slug}`, started: true },
    });
    // The certificate once complete, and no longer once revoked.
    const { code } = await completeCourse(db as never, { userId: learner.id, courseId: c.id });
    expect(await both(second)).toMatchObject({ certificateCode: code });
    const certificate = await db.certificate.findUniqueOrThrow({ where: { code }, select: { id: true } });
    await revokeCertificate(coordinator, { certificateId: certificate.id, reason: "Issued by mistake in a test." });
    expect(await both(second)).toMatchObject({ certificateCode: null });
    // No such lesson, or a course that is not live: nothing.
    expect(await getLessonLearnerAt(learner.id, c.slug, "no-such-lesson")).toBeNull();
    expect(await getLessonLearnerAt(learner.id, "no-such-course", first.slug)).toBeNull();
    expect(await getCourseLearnerAt(learner.id, "no-such-course")).toBeNull();
  });

  it("gives a learner their own courses and certificates on My learning: progress, completion, titles in the page's language", async () => {
    const learner = await makeUser("Learner of My learning");
    const other = await makeUser("Another learner");
    // One course in progress (one lesson of two and the quiz left: 1 of 3 items), with a French title.
    const spec = simpleCourseSpec({ title: "Course in progress" });
    const inProgress = await createCourse(db as never, {
      ...spec,
      translations: { ...spec.translations, fr: { title: "Cours en cours", summary: "Un cours de test." } },
    });
    await enrolLearner(db as never, { userId: learner.id, courseId: inProgress.id, lessonsDone: 1 });
    // One completed, whose certificate is then revoked, and one completed with a valid certificate.
    const revoked = await createCourse(db as never, simpleCourseSpec({ title: "Course revoked" }));
    const done = await createCourse(db as never, simpleCourseSpec({ title: "Course completed" }));
    const revokedCode = (
      await completeCourse(db as never, { userId: learner.id, courseId: revoked.id, completedAt: new Date(Date.now() - 86_400_000) })
    ).code;
    const doneCode = (await completeCourse(db as never, { userId: learner.id, courseId: done.id })).code;
    const certificate = await db.certificate.findUniqueOrThrow({ where: { code: revokedCode }, select: { id: true } });
    await revokeCertificate(coordinator, { certificateId: certificate.id, reason: "Issued by mistake in a test." });
    // Someone else's enrolment is not theirs.
    await enrolLearner(db as never, { userId: other.id, courseId: done.id, lessonsDone: 2 });

    const mine = await getMyLearning(learner.id, "en");
    expect(mine.inProgress).toEqual([
      expect.objectContaining({ slug: inProgress.slug, title: "Course in progress", locale: "en", percent: 33, completedAt: null }),
    ]);
    expect(mine.completed.map((c) => [c.slug, c.percent])).toEqual([
      [done.slug, 100],
      [revoked.slug, 100],
    ]);
    expect(mine.certificates.map((c) => [c.code, c.courseSlug, c.revokedAt !== null])).toEqual([
      [doneCode, done.slug, false],
      [revokedCode, revoked.slug, true],
    ]);
    // The same progress as the course's own page shows the learner.
    expect(mine.inProgress[0]?.percent).toBe((await getCourseLearnerAt(learner.id, inProgress.slug))?.progress.percent);
    // An optional lesson done counts for nothing; the quiz passed counts.
    await db.lesson.update({ where: { id: inProgress.lessons[1]?.id }, data: { required: false } });
    await db.lessonProgress.create({ data: { userId: learner.id, lessonId: inProgress.lessons[1]?.id as string } });
    expect((await getMyLearning(learner.id, "en")).inProgress[0]?.percent).toBe(50);
    expect((await getCourseLearnerAt(learner.id, inProgress.slug))?.progress.percent).toBe(50);
    // What crosses to the browser as JSON: ISO dates, as the database has them.
    const enrolment = await db.enrolment.findFirstOrThrow({
      where: { userId: learner.id, courseId: inProgress.id },
      select: { lastActiveAt: true },
    });
    expect(mine.inProgress[0]?.lastActiveAt).toBe(enrolment.lastActiveAt.toISOString());
    expect(JSON.parse(JSON.stringify(mine))).toEqual(mine);
    // In French, the French title, marked as such; other courses fall back to their own language.
    const fr = await getMyLearning(learner.id, "fr");
    expect(fr.inProgress[0]).toMatchObject({ title: "Cours en cours", locale: "fr" });
    expect(fr.completed[0]).toMatchObject({ title: "Course completed", locale: "en" });
    // The other learner sees only their own.
    const theirs = await getMyLearning(other.id, "en");
    expect(theirs.inProgress.map((c) => c.slug)).toEqual([done.slug]);
    expect(theirs.certificates).toEqual([]);
  });

  it("keeps an attempt open when a question is left unanswered", async () => {
    const learner = await makeUser("Unanswered");
    const c = await createCourse(db as never, simpleCourseSpec());
    await enrolLearner(db as never, { userId: learner.id, courseId: c.id });
    const attempt = await startAttempt(learner, c.quizzes[0].id);
    const answers = await answersFor(attempt.id, true);
    const [firstQuestion] = Object.keys(answers);
    delete answers[firstQuestion];
    const error = await submitAttempt(learner, { attemptId: attempt.id, answers }).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ [`q:${firstQuestion}`]: ["validation.answerRequired"] });
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).submittedAt).toBeNull();
  });

  it("20 concurrent attempts at a quiz limited to 3 never exceed the limit", async () => {
    const learner = await makeUser("Concurrent starter");
    const c = await createCourse(db as never, simpleCourseSpec({ maxAttempts: 3 }));
    await enrolLearner(db as never, { userId: learner.id, courseId: c.id });
    const quizId = c.quizzes[0].id;
    // 20 clients at once, each starting and submitting (wrong answers) until refused.
    const refusals: string[] = [];
    let graded = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        for (let round = 0; round < 5; round++) {
          try {
            const attempt = await startAttempt(learner, quizId);
            await submitAttempt(learner, { attemptId: attempt.id, answers: await answersFor(attempt.id, false) });
            graded++;
          } catch (error) {
            refusals.push((error as AppError).messageKey);
            if ((error as AppError).messageKey === "courses.errors.noAttemptsLeft") return;
          }
        }
      }),
    );
    expect(graded).toBe(3);
    expect(refusals.filter((k) => k !== "courses.errors.noAttemptsLeft" && k !== "courses.errors.alreadySubmitted")).toEqual([]);
    expect(refusals.filter((k) => k === "courses.errors.noAttemptsLeft")).toHaveLength(20);
    const attempts = await db.quizAttempt.findMany({ where: { userId: learner.id, quizId }, orderBy: { number: "asc" } });
    expect(attempts.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(attempts.every((a) => a.submittedAt)).toBe(true);
  });

  it("20 concurrent submissions of one attempt grade it once", async () => {
    const learner = await makeUser("Double submitter");
    const c = await createCourse(db as never, simpleCourseSpec({ maxAttempts: 1 }));
    await enrolLearner(db as never, { userId: learner.id, courseId: c.id });
    const attempt = await startAttempt(learner, c.quizzes[0].id);
    const answers = await answersFor(attempt.id, true);
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => submitAttempt(learner, { attemptId: attempt.id, answers })));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const o of outcomes)
      if (o.status === "rejected") expect((o.reason as AppError).messageKey).toBe("courses.errors.alreadySubmitted");
    expect(await db.quizAttempt.count({ where: { userId: learner.id } })).toBe(1);
    await expectAppError(startAttempt(learner, c.quizzes[0].id), "CONFLICT");
  });

  it("finishing the last lesson and the last quiz at the same moment issues one certificate", async () => {
    for (let round = 0; round < 5; round++) {
      const learner = await makeUser(`Photo finish ${round}`);
      const c = await createCourse(db as never, simpleCourseSpec({ lessonsPerModule: 2 }));
      await enrolLearner(db as never, { userId: learner.id, courseId: c.id, lessonsDone: 1 });
      const attempt = await startAttempt(learner, c.quizzes[0].id);
      const answers = await answersFor(attempt.id, true);
      const [lesson, quiz] = await Promise.all([
        markLessonDone(learner, c.lessons[1].id),
        submitAttempt(learner, { attemptId: attempt.id, answers }),
      ]);
      // Whichever commits second completes the course; exactly one of them issues the certificate.
      expect(lesson.completed || quiz.completed).toBe(true);
      expect([lesson.certificateCode, quiz.certificateCode].filter(Boolean)).toHaveLength(1);
      expect(await db.certificate.count({ where: { userId: learner.id, courseId: c.id } })).toBe(1);
      expect(await db.notification.count({ where: { userId: learner.id, kind: "CERTIFICATE_ISSUED" } })).toBe(1);
    }
  });

  it("resumes after the last lesson done, and optional lessons do not hold back completion", async () => {
    const learner = await makeUser("Resumer");
    const spec = simpleCourseSpec({ lessonsPerModule: 3, quiz: false });
    spec.modules[0].lessons[2].required = false;
    const c = await createCourse(db as never, spec);
    await enrolLearner(db as never, { userId: learner.id, courseId: c.id });
    const course = await getCourseView(c.slug, "en");
    if (!course) throw new Error("course");
    expect((await getLearnerState(learner.id, course)).resume?.id).toBe(c.lessons[0].id);
    await markLessonDone(learner, c.lessons[0].id);
    expect((await getLearnerState(learner.id, course)).resume?.id).toBe(c.lessons[1].id);
    const done = await markLessonDone(learner, c.lessons[1].id);
    expect(done.completed).toBe(true);
    expect((await getLearnerState(learner.id, course)).resume?.id).toBe(c.lessons[2].id);
  });

  it("a coordinator revokes a certificate with a reason: audited, the holder notified, the verification shows it", async () => {
    const learner = await makeUser("Revoked holder");
    const c = await createCourse(db as never, simpleCourseSpec());
    const { code } = await completeCourse(db as never, { userId: learner.id, courseId: c.id });
    const certificate = await getCertificate(code);
    if (!certificate) throw new Error("certificate");
    await revokeCertificate(coordinator, { certificateId: certificate.id, reason: "Issued by mistake to a test account" });
    await expectAppError(
      revokeCertificate(coordinator, { certificateId: certificate.id, reason: "Twice" }),
      "CONFLICT",
      "courses.errors.alreadyRevoked",
    );
    const after = await db.certificate.findUniqueOrThrow({ where: { code } });
    expect(after).toMatchObject({ revokedReason: "Issued by mistake to a test account", revokedById: coordinator.id });
    expect(await db.auditLog.count({ where: { action: "certificate.revoke", targetId: certificate.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: learner.id, kind: "CERTIFICATE_REVOKED" } })).toBe(1);
  });
});

describe("reports", () => {
  it("the CSV has one row per enrolment of the range and agrees with the database and the figures", async () => {
    const c = await createCourse(db as never, simpleCourseSpec({ title: `Report course ${run}` }));
    const day = (d: number) => new Date(Date.UTC(2001, 0, d, 9));
    const people = [
      { country: "LV", organisationSlug: "kisc", started: 3, completed: 5 },
      { country: "LV", organisationSlug: "kisc", started: 4, completed: 12 },
      { country: "PL", organisationSlug: "frsi", started: 10, completed: null },
      { country: "RO", organisationSlug: undefined, started: 20, completed: null },
    ];
    for (const [i, person] of people.entries()) {
      const u = await makeUser(`Reported ${i}`, "LIBRARIAN", { country: person.country, organisationSlug: person.organisationSlug });
      if (person.completed)
        await completeCourse(db as never, {
          userId: u.id,
          courseId: c.id,
          startedAt: day(person.started),
          completedAt: day(person.completed),
        });
      else await enrolLearner(db as never, { userId: u.id, courseId: c.id, startedAt: day(person.started), lessonsDone: 1 });
    }
    // Outside the range: not counted.
    const late = await makeUser("Reported late", "LIBRARIAN", { country: "FR" });
    await enrolLearner(db as never, { userId: late.id, courseId: c.id, startedAt: new Date(Date.UTC(2002, 5, 1)) });

    const range = await reportRange({ from: "2001-01-01", to: "2001-12-31", course: c.slug });
    const rows: (string | number)[][] = [];
    for await (const row of reportCsvRows(range)) rows.push(row);
    const enrolments = await db.enrolment.findMany({
      where: { courseId: c.id, startedAt: { gte: new Date("2001-01-01"), lt: new Date("2002-01-01") } },
      orderBy: [{ startedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        startedAt: true,
        completedAt: true,
        user: { select: { country: true, organisation: { select: { name: true } } } },
      },
    });
    expect(rows).toHaveLength(4);
    expect(REPORT_CSV_HEADER).toHaveLength(rows[0].length);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5]])).toEqual(
      enrolments.map((e) => [
        e.id,
        c.slug,
        e.user.country,
        e.user.organisation?.name ?? "",
        e.startedAt.toISOString(),
        e.completedAt?.toISOString() ?? "",
      ]),
    );
    expect(rows.map((r) => r[6])).toEqual([2, 8, "", ""]);
    expect(rows.map((r) => r[9])).toEqual(["issued", "issued", "", ""]);

    const report = await trainingReport(range, "en");
    expect(report.totals).toMatchObject({ enrolments: 4, completions: 2, completionRate: 0.5, medianDays: 5 });
    expect(report.courses).toMatchObject([
      { slug: c.slug, enrolments: 4, completions: 2, medianDays: 5, attempts: 2, attemptsPassed: 2, averageScore: 100 },
    ]);
    expect(report.countries.map((r) => [r.key, r.enrolments, r.completions])).toEqual([
      ["LV", 2, 2],
      ["PL", 1, 0],
      ["RO", 1, 0],
    ]);
    expect(report.organisations.map((r) => [r.label, r.enrolments])).toEqual([
      ["KISC", 2],
      ["FRSI", 1],
      [null, 1],
    ]);
  });
});

describe("certificate PDF", () => {
  it("prints names in Ukrainian Cyrillic and with Latvian, Polish and Romanian diacritics, with the verification address", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "certificate-"));
    const cases = [
      { holderName: "Олена Коваленко", courseTitle: "Міжкультурна комунікація біля бібліотечної стійки", locale: "uk" },
      { holderName: "Ģirts Ķēniņš-Čakste", courseTitle: "Starpkultūru komunikācija pie bibliotēkas letes", locale: "lv" },
      { holderName: "Zofia Łągiewska-Źdźbło", courseTitle: "Running digital-inclusion sessions", locale: "pl" },
      { holderName: "Ștefan Țăranu-Îndrăzneț", courseTitle: "Running digital-inclusion sessions", locale: "ro" },
    ];
    for (const [i, input] of cases.entries()) {
      const bytes = await renderCertificatePdf({ ...input, code: "ABCDEFGHIJKLMNOPQRSTUVWXYZ", issuedAt: new Date(Date.UTC(2026, 10, 3)) });
      const file = path.join(dir, `${i}.pdf`);
      writeFileSync(file, bytes);
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      expect(text).toContain(input.holderName);
      expect(text).toContain(input.courseTitle.split(" ").slice(0, 3).join(" "));
      expect(text).toContain(`/${input.locale}/certificates/ABCDEFGHIJKLMNOPQRSTUVWXYZ`);
      const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
      expect(fonts).toMatch(/DejaVuSans-\d+\s+CID TrueType\s+Identity-H\s+yes/); // embedded
      expect(bytes.byteLength).toBeLessThan(120_000); // a subset: the whole DejaVu Sans is 740 KB
    }
  });
});
