// Training data and measurements for `npm run bench`: a quiz whose submissions are timed through
// the real server action over HTTP, and the first-load JavaScript of the lesson page against the
// bare static page. Imports lib/ modules (server-only, env read once): import this file dynamically,
// after DATABASE_URL is set, under `tsx --conditions=react-server`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { db } from "../../lib/db";
import { startAttempt } from "../../lib/courses/learning";
import { createUser } from "../../prisma/factories";
import { createCourse, enrolLearner, simpleCourseSpec } from "../../prisma/training-factories";
import { root } from "./paths";
import { FriendlyError } from "./ui";

export const BENCH_COURSE_SLUG = "bench-quiz-course";
const LEARNERS = 10;
const PASSWORD = "bench learner password, long enough";

export type QuizPrep = { quizId: string; courseSlug: string; learners: { id: string; email: string; password: string }[] };

/** A published course with an unlimited quiz, and ten enrolled learners (created once, reused). */
export async function prepareQuiz(): Promise<QuizPrep> {
  const spec = simpleCourseSpec({ lessonsPerModule: 1, maxAttempts: null, passMark: 100, title: "Bench quiz course" });
  const course = await createCourse(db as never, { ...spec, slug: BENCH_COURSE_SLUG });
  const learners = [];
  for (let i = 1; i <= LEARNERS; i++) {
    const email = `bench-learner-${i}@bench.test`;
    const user =
      (await db.user.findUnique({ where: { email }, select: { id: true } })) ??
      (await createUser(db as never, { email, password: PASSWORD, name: `Bench learner ${i}` }));
    await enrolLearner(db as never, { userId: user.id, courseId: course.id });
    learners.push({ id: user.id, email, password: PASSWORD });
  }
  return { quizId: course.quizzes[0].id, courseSlug: course.slug, learners };
}

/** The server action's id in this build (its manifest maps ids to files and exports). */
export function actionId(file: string, exported: string): string {
  const manifest = JSON.parse(readFileSync(join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exported);
  if (!found) throw new FriendlyError(`No server action ${exported} in ${file} in this build's manifest.`);
  return found[0];
}

/** Wrong answers for the open attempt (never a pass, so the quiz stays open for the next one). */
async function wrongAnswers(attemptId: string): Promise<Record<string, string[]>> {
  const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { layout: true } });
  const layout = attempt.layout as { q: string; c: string[] }[];
  const choices = await db.quizChoice.findMany({
    where: { questionId: { in: layout.map((l) => l.q) }, correct: false },
    select: { id: true, questionId: true },
  });
  return Object.fromEntries(
    layout.map((l) => [
      l.q,
      choices
        .filter((c) => c.questionId === l.q)
        .slice(0, 1)
        .map((c) => c.id),
    ]),
  );
}

export type SubmissionResult = {
  submissions: number;
  /** Submissions per second of wall time (each learner also starts its next attempt in-process). */
  wallPerSecond: number;
  /** Submissions per second of time spent waiting for their HTTP answers, per connection. */
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failed: number;
};

/**
 * Each learner (one connection each) starts an attempt in-process, untimed, then submits it through
 * the quiz form's server action over HTTP, timed: grading, the enrolment's row lock and the
 * response. Submissions per second count the HTTP submissions only.
 */
export async function measureSubmissions(base: string, prep: QuizPrep, cookies: string[], seconds: number): Promise<SubmissionResult> {
  const id = actionId("lib/courses/actions.ts", "submitAttemptAction");
  const url = `${base}/en/courses/${prep.courseSlug}/quizzes/${prep.quizId}`;
  const latencies: number[] = [];
  let failed = 0;
  let busy = 0;
  const started = performance.now();
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    prep.learners.map(async (learner, i) => {
      while (Date.now() < until) {
        const attempt = await startAttempt({ id: learner.id, role: "LIBRARIAN" }, prep.quizId);
        const answers = await wrongAnswers(attempt.id);
        const t0 = performance.now();
        const res = await fetch(url, {
          method: "POST",
          headers: {
            "Next-Action": id,
            Accept: "text/x-component",
            "Content-Type": "text/plain;charset=UTF-8",
            Cookie: cookies[i] as string,
            Origin: base,
          },
          body: JSON.stringify([{ attemptId: attempt.id, answers }]),
        });
        const text = await res.text();
        const ms = performance.now() - t0;
        busy += ms;
        if (res.ok && text.includes('"ok":true')) latencies.push(ms);
        else failed++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const pick = (p: number) =>
    latencies.length ? (latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? 0) : 0;
  // Per second of submitting: the time spent waiting for HTTP answers, spread over the connections.
  const submitting = busy / 1000 / prep.learners.length;
  const wall = (performance.now() - started) / 1000;
  return {
    submissions: latencies.length,
    wallPerSecond: latencies.length / wall,
    perSecond: submitting > 0 ? latencies.length / submitting : 0,
    p50: pick(50),
    p95: pick(95),
    p99: pick(99),
    failed,
  };
}

/** Gzipped size of the JavaScript a page loads first (its <script src> chunks), in bytes. */
export async function firstLoadJs(base: string, path: string, cookie?: string): Promise<{ bytes: number; chunks: number }> {
  const html = await (await fetch(`${base}${path}`, { headers: cookie ? { Cookie: cookie } : {} })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1] as string))];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body).byteLength;
  }
  return { bytes, chunks: sources.length };
}

export async function disconnect() {
  await db.$disconnect();
}
