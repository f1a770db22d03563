import "server-only";
import { randomInt } from "node:crypto";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newCertificateCode } from "./certificate-code";
import { sendCertificateIssuedMail, sendCertificateRevokedMail } from "./mails";
import { liveCourseWhere, publishedLessonWhere } from "./policy";

// Every learner-side write: enrolment, progress, quiz attempts, and the certificate that the last
// of them issues. Attempts and completion are decided under the enrolment's row lock, so two
// requests of one person (two tabs, a double click, a script) are taken one after the other.

type Tx = Prisma.TransactionClient;
type Actor = Pick<CurrentUser, "id" | "role">;

/**
 * A person's requests queue on their enrolment's row lock; a burst (a script, many tabs) waits its
 * turn for a connection and the lock rather than failing after Prisma's default two seconds.
 */
const QUEUED = { maxWait: 20_000, timeout: 20_000 };

type LockedEnrolment = { id: string; userId: string; courseId: string; completedAt: Date | null };

async function lockEnrolment(tx: Tx, userId: string, courseId: string): Promise<LockedEnrolment> {
  const rows = await tx.$queryRaw<LockedEnrolment[]>`
    SELECT id, "userId", "courseId", "completedAt" FROM "Enrolment"
    WHERE "userId" = ${userId} AND "courseId" = ${courseId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("FORBIDDEN", { message: "courses.errors.notEnrolled" });
  return rows[0];
}

// ─── enrolment and progress ──────────────────────────────────────────────────────────────────

/** Enrols the person in a live course (idempotent). */
export async function enrol(user: Actor, courseId: string): Promise<void> {
  const course = await db.course.findFirst({ where: { id: courseId, ...liveCourseWhere }, select: { id: true } });
  if (!course) throw new AppError("NOT_FOUND");
  // ON CONFLICT DO NOTHING: a double click enrols once.
  await db.enrolment.createMany({ data: [{ userId: user.id, courseId }], skipDuplicates: true });
}

export type ProgressResult = { completed: boolean; certificateCode: string | null };

/** Marks a lesson done (or not done); the last required one may complete the course. */
export async function markLessonDone(user: Actor, lessonId: string, done = true): Promise<ProgressResult> {
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, ...publishedLessonWhere, course: liveCourseWhere },
    select: { id: true, courseId: true },
  });
  if (!lesson) throw new AppError("NOT_FOUND");
  const issued = await db.$transaction(async (tx) => {
    const enrolment = await lockEnrolment(tx, user.id, lesson.courseId);
    const now = new Date();
    if (!done) {
      await tx.lessonProgress.deleteMany({ where: { userId: user.id, lessonId } });
      await tx.enrolment.update({ where: { id: enrolment.id }, data: { lastActiveAt: now } });
      return null;
    }
    await tx.lessonProgress.createMany({ data: [{ userId: user.id, lessonId }], skipDuplicates: true });
    await tx.enrolment.update({ where: { id: enrolment.id }, data: { lastLessonId: lessonId, lastActiveAt: now } });
    return completeIfDone(tx, enrolment);
  }, QUEUED);
  if (issued) await sendCertificateIssuedMail(issued.id);
  return { completed: issued !== null || (await isCompleted(user.id, lesson.courseId)), certificateCode: issued?.code ?? null };
}

async function isCompleted(userId: string, courseId: string) {
  const e = await db.enrolment.findUnique({ where: { userId_courseId: { userId, courseId } }, select: { completedAt: true } });
  return Boolean(e?.completedAt);
}

// ─── quizzes ─────────────────────────────────────────────────────────────────────────────────

export type AttemptLayout = { q: string; c: string[] }[];

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const liveQuizWhere = {
  publishedAt: { not: null },
  module: { publishedAt: { not: null }, course: liveCourseWhere },
} satisfies Prisma.QuizWhereInput;

/**
 * Opens an attempt (or returns the one already open) with its own order of questions and answers.
 * The attempt limit is checked and the number given under the enrolment's row lock, so concurrent
 * starts can never create more attempts than allowed; (userId, quizId, number) is unique besides.
 */
export async function startAttempt(user: Actor, quizId: string): Promise<{ id: string; number: number }> {
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, ...liveQuizWhere },
    select: {
      id: true,
      maxAttempts: true,
      module: { select: { courseId: true } },
      questions: { orderBy: { position: "asc" }, select: { id: true, choices: { orderBy: { position: "asc" }, select: { id: true } } } },
    },
  });
  if (!quiz) throw new AppError("NOT_FOUND");
  if (quiz.questions.length === 0) throw new AppError("CONFLICT", { message: "courses.errors.quizEmpty" });
  return db.$transaction(async (tx) => {
    const enrolment = await lockEnrolment(tx, user.id, quiz.module.courseId);
    const open = await tx.quizAttempt.findFirst({
      where: { userId: user.id, quizId, submittedAt: null },
      select: { id: true, number: true },
    });
    if (open) return open;
    const previous = await tx.quizAttempt.findMany({ where: { userId: user.id, quizId }, select: { number: true, passed: true } });
    if (previous.some((a) => a.passed)) throw new AppError("CONFLICT", { message: "courses.errors.alreadyPassed" });
    if (quiz.maxAttempts !== null && previous.length >= quiz.maxAttempts) {
      throw new AppError("CONFLICT", { message: "courses.errors.noAttemptsLeft", values: { max: quiz.maxAttempts } });
    }
    const layout: AttemptLayout = shuffled(quiz.questions).map((q) => ({ q: q.id, c: shuffled(q.choices.map((c) => c.id)) }));
    const number = Math.max(0, ...previous.map((a) => a.number)) + 1;
    return tx.quizAttempt.create({
      data: { userId: user.id, quizId, enrolmentId: enrolment.id, number, layout },
      select: { id: true, number: true },
    });
  }, QUEUED);
}

export type SubmitResult = {
  quizId: string;
  number: number;
  correct: number;
  total: number;
  score: number;
  passed: boolean;
  completed: boolean;
  certificateCode: string | null;
};

/**
 * Grades an open attempt on the server. A question counts as right when exactly its correct
 * choices were chosen. Each attempt is graded once: a second submission (another tab, a replay)
 * finds it submitted and is refused.
 */
export async function submitAttempt(user: Actor, input: { attemptId: string; answers: Record<string, string[]> }): Promise<SubmitResult> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: input.attemptId, userId: user.id },
    select: { id: true, quizId: true, quiz: { select: { passMark: true, module: { select: { courseId: true } } } } },
  });
  if (!attempt) throw new AppError("NOT_FOUND");
  const result = await db.$transaction(async (tx) => {
    const enrolment = await lockEnrolment(tx, user.id, attempt.quiz.module.courseId);
    const current = await tx.quizAttempt.findUniqueOrThrow({
      where: { id: attempt.id },
      select: { number: true, layout: true, submittedAt: true },
    });
    if (current.submittedAt) throw new AppError("CONFLICT", { message: "courses.errors.alreadySubmitted" });
    const layout = current.layout as AttemptLayout;
    const questions = await tx.quizQuestion.findMany({
      where: { quizId: attempt.quizId, id: { in: layout.map((l) => l.q) } },
      select: { id: true, kind: true, choices: { select: { id: true, correct: true } } },
    });
    const byId = new Map(questions.map((q) => [q.id, q]));

    const fieldErrors: Record<string, string[]> = {};
    const answers: Record<string, string[]> = {};
    let correct = 0;
    let total = 0;
    for (const entry of layout) {
      const question = byId.get(entry.q);
      if (!question) continue; // deleted since the attempt started: not counted
      total++;
      const offered = new Set(question.choices.map((c) => c.id));
      const chosen = [...new Set(input.answers[entry.q] ?? [])].filter((id) => offered.has(id));
      if (chosen.length === 0) fieldErrors[`q:${entry.q}`] = ["validation.answerRequired"];
      else if (question.kind === "SINGLE" && chosen.length > 1) fieldErrors[`q:${entry.q}`] = ["validation.oneAnswer"];
      answers[entry.q] = chosen;
      const right = question.choices.filter((c) => c.correct).map((c) => c.id);
      if (chosen.length === right.length && right.every((id) => chosen.includes(id))) correct++;
    }
    if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID", { message: "courses.errors.answerAll", fieldErrors });

    const score = total === 0 ? 0 : Math.round((correct / total) * 100);
    const passed = score >= attempt.quiz.passMark;
    const { count } = await tx.quizAttempt.updateMany({
      where: { id: attempt.id, submittedAt: null },
      data: { answers, correct, score, passed, submittedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", { message: "courses.errors.alreadySubmitted" });
    await tx.enrolment.update({ where: { id: enrolment.id }, data: { lastActiveAt: new Date() } });
    const issued = passed ? await completeIfDone(tx, enrolment) : null;
    return { number: current.number, correct, total, score, passed, issued, wasCompleted: Boolean(enrolment.completedAt) };
  }, QUEUED);
  if (result.issued) await sendCertificateIssuedMail(result.issued.id);
  return {
    quizId: attempt.quizId,
    number: result.number,
    correct: result.correct,
    total: result.total,
    score: result.score,
    passed: result.passed,
    completed: result.wasCompleted || result.issued !== null,
    certificateCode: result.issued?.code ?? null,
  };
}

// ─── completion and certificates ─────────────────────────────────────────────────────────────

/**
 * Called with the enrolment locked, after a lesson was marked done or a quiz passed: when every
 * required published lesson is done and every published quiz passed, completes the enrolment and
 * issues the one certificate (unique per person and course) in the same transaction.
 */
async function completeIfDone(tx: Tx, enrolment: LockedEnrolment): Promise<{ id: string; code: string } | null> {
  if (enrolment.completedAt) return null;
  const { userId, courseId } = enrolment;
  const [required, quizzes] = await Promise.all([
    tx.lesson.findMany({ where: { courseId, required: true, ...publishedLessonWhere }, select: { id: true } }),
    tx.quiz.findMany({ where: { module: { courseId, publishedAt: { not: null } }, publishedAt: { not: null } }, select: { id: true } }),
  ]);
  const done = await tx.lessonProgress.count({ where: { userId, lessonId: { in: required.map((l) => l.id) } } });
  if (done < required.length) return null;
  const passed = await tx.quizAttempt.findMany({
    where: { userId, quizId: { in: quizzes.map((q) => q.id) }, passed: true },
    distinct: ["quizId"],
    select: { quizId: true },
  });
  if (passed.length < quizzes.length) return null;

  const now = new Date();
  await tx.enrolment.update({ where: { id: enrolment.id }, data: { completedAt: now } });
  const [user, course] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, locale: true } }),
    tx.course.findUniqueOrThrow({
      where: { id: courseId },
      select: {
        sourceLocale: true,
        translations: { where: { publishedAt: { not: null } }, select: { locale: true, publishedTitle: true } },
      },
    }),
  ]);
  const own = course.translations.find((t) => t.locale === user.locale);
  const shown = own ?? course.translations.find((t) => t.locale === course.sourceLocale);
  const certificate = await tx.certificate.create({
    data: {
      code: newCertificateCode(),
      userId,
      courseId,
      holderName: user.name,
      courseTitle: shown?.publishedTitle ?? "",
      locale: shown?.locale ?? course.sourceLocale,
      issuedAt: now,
    },
    select: { id: true, code: true },
  });
  await tx.notification.create({ data: { userId, kind: "CERTIFICATE_ISSUED", certificateId: certificate.id } });
  return certificate;
}

/** A coordinator withdraws a certificate; the verification page then says so, with the reason. */
export async function revokeCertificate(user: Actor, input: { certificateId: string; reason: string }) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.certificate.updateMany({
      where: { id: input.certificateId, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: input.reason, revokedById: user.id },
    });
    const certificate = await tx.certificate.findUnique({ where: { id: input.certificateId }, select: { userId: true, code: true } });
    if (!certificate) throw new AppError("NOT_FOUND");
    if (count === 0) throw new AppError("CONFLICT", { message: "courses.errors.alreadyRevoked" });
    await tx.notification.create({
      data: {
        userId: certificate.userId,
        actorId: user.id,
        kind: "CERTIFICATE_REVOKED",
        certificateId: input.certificateId,
        data: { reason: input.reason },
      },
    });
    await audit(
      {
        actorId: user.id,
        action: "certificate.revoke",
        targetType: "Certificate",
        targetId: input.certificateId,
        data: { code: certificate.code, reason: input.reason },
      },
      tx,
    );
  });
  await sendCertificateRevokedMail(input.certificateId);
}
