import type { Prisma } from "../lib/generated/prisma/client";
import { htmlToRichText, renderRichText } from "../lib/rich-text/render";
import type { ScriptClient } from "./client";
import { TRAINING_COURSES, type SeedCourse } from "./seed-content/training";
import { type CourseSpec, completeCourse, createCourse, enrolLearner, type LessonBody } from "./training-factories";

// Loaded by prisma/seed.ts under `tsx --conditions=react-server` (lib/rich-text is server-only).
// Creates each course once, published, with its English, Latvian and Ukrainian text; existing
// courses are left alone so that changes made on the platform are never overwritten.

function body(html: string): LessonBody {
  const rendered = renderRichText(htmlToRichText(html));
  return { json: rendered.json as Prisma.InputJsonValue, html: rendered.html, text: rendered.text };
}

function toSpec(course: SeedCourse, authorId: string | null): CourseSpec {
  return {
    slug: course.slug,
    topic: course.topic,
    level: course.level,
    sourceLocale: "en",
    authorId,
    translations: course.text,
    modules: course.modules.map((m) => ({
      title: m.title,
      lessons: m.lessons.map((l) => ({
        slug: l.slug,
        minutes: l.minutes,
        required: l.required ?? true,
        translations: Object.fromEntries(
          (Object.keys(l.title) as (keyof typeof l.title)[]).map((locale) => [
            locale,
            { title: l.title[locale], body: body(l.html[locale]) },
          ]),
        ),
      })),
      quiz: m.quiz && {
        passMark: m.quiz.passMark,
        maxAttempts: m.quiz.maxAttempts,
        questions: m.quiz.questions.map((q) => ({ kind: q.kind ?? "SINGLE", prompt: q.prompt, choices: q.choices })),
      },
    })),
  };
}

/** Returns how many courses were created. With demo accounts, the demo librarian gets progress and a certificate. */
export async function seedTraining(
  db: ScriptClient,
  { authorEmail, learnerEmail }: { authorEmail: string | null; learnerEmail: string | null },
) {
  const author = authorEmail ? await db.user.findUnique({ where: { email: authorEmail }, select: { id: true } }) : null;
  let created = 0;
  const courses = [];
  for (const [i, seed] of TRAINING_COURSES.entries()) {
    process.stdout.write(`\rCourses: ${i + 1}/${TRAINING_COURSES.length}`);
    const course = await createCourse(db, toSpec(seed, author?.id ?? null));
    if (course.created) created++;
    courses.push(course);
  }
  process.stdout.write("\n");
  const learner = learnerEmail ? await db.user.findUnique({ where: { email: learnerEmail }, select: { id: true } }) : null;
  if (learner) {
    const [intercultural, digital] = courses;
    // One course in progress (the first module read, its quiz not taken yet)…
    const inProgress = await db.enrolment.count({ where: { userId: learner.id, courseId: intercultural.id } });
    if (!inProgress) {
      await enrolLearner(db, {
        userId: learner.id,
        courseId: intercultural.id,
        lessonsDone: 3,
        startedAt: new Date(Date.now() - 5 * 86_400_000),
      });
    }
    // …and one finished, with its certificate.
    await completeCourse(db, { userId: learner.id, courseId: digital.id, completedAt: new Date(Date.now() - 12 * 86_400_000) });
  }
  return created;
}
