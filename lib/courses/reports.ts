import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { liveCourseWhere } from "./policy";
import type { ReportQuery } from "./schemas";

// Coordinators' training report. The cohort is every enrolment that started in the date range
// (UTC days, inclusive); "completed" counts those of them that have completed since, and the
// median time to complete is over those. Quiz results are the attempts submitted in the range.
// Country and organisation are the learner's current ones.

export type ReportRange = { from: Date | null; to: Date | null; courseId: string | null };

const DAY_MS = 86_400_000;

/** Turns the page's query (YYYY-MM-DD strings, a course slug) into bounds; `to` is exclusive. */
export async function reportRange(query: ReportQuery): Promise<ReportRange> {
  const course = query.course ? await db.course.findUnique({ where: { slug: query.course }, select: { id: true } }) : null;
  return {
    from: query.from ? new Date(`${query.from}T00:00:00.000Z`) : null,
    to: query.to ? new Date(Date.parse(`${query.to}T00:00:00.000Z`) + DAY_MS) : null,
    // An unknown slug matches nothing rather than everything.
    courseId: query.course ? (course?.id ?? "-") : null,
  };
}

function enrolmentFilter(range: ReportRange, alias = "e") {
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`TRUE
    ${range.from ? Prisma.sql`AND ${a}."startedAt" >= ${range.from}` : Prisma.empty}
    ${range.to ? Prisma.sql`AND ${a}."startedAt" < ${range.to}` : Prisma.empty}
    ${range.courseId ? Prisma.sql`AND ${a}."courseId" = ${range.courseId}` : Prisma.empty}`;
}

export type CourseFigures = {
  courseId: string;
  slug: string;
  title: string;
  enrolments: number;
  completions: number;
  /** 0–1, or null without enrolments. */
  completionRate: number | null;
  /** Median days from enrolment to completion, or null without completions. */
  medianDays: number | null;
  attempts: number;
  attemptsPassed: number;
  averageScore: number | null;
};

export type GroupFigures = { key: string; label: string | null; enrolments: number; completions: number; completionRate: number | null };

export type TrainingReport = {
  totals: { enrolments: number; completions: number; completionRate: number | null; medianDays: number | null; certificates: number };
  courses: CourseFigures[];
  countries: GroupFigures[];
  organisations: GroupFigures[];
};

const rate = (done: number, all: number) => (all === 0 ? null : done / all);
const days = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / 86_400) * 10) / 10);

export async function trainingReport(range: ReportRange, locale: string): Promise<TrainingReport> {
  const where = enrolmentFilter(range);
  const [perCourse, totals, quiz, countries, organisations, certificates, courses] = await Promise.all([
    db.$queryRaw<{ courseId: string; enrolments: number; completions: number; median: number | null }[]>`
      SELECT e."courseId", count(*)::int AS enrolments, count(e."completedAt")::int AS completions,
        (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM e."completedAt" - e."startedAt"))
          FILTER (WHERE e."completedAt" IS NOT NULL))::float AS median
      FROM "Enrolment" e WHERE ${where} GROUP BY e."courseId"`,
    db.$queryRaw<{ enrolments: number; completions: number; median: number | null }[]>`
      SELECT count(*)::int AS enrolments, count(e."completedAt")::int AS completions,
        (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM e."completedAt" - e."startedAt"))
          FILTER (WHERE e."completedAt" IS NOT NULL))::float AS median
      FROM "Enrolment" e WHERE ${where}`,
    db.$queryRaw<{ courseId: string; attempts: number; passed: number; average: number | null }[]>`
      SELECT m."courseId", count(*)::int AS attempts, count(*) FILTER (WHERE a.passed)::int AS passed, avg(a.score)::float AS average
      FROM "QuizAttempt" a JOIN "Quiz" q ON q.id = a."quizId" JOIN "CourseModule" m ON m.id = q."moduleId"
      WHERE a."submittedAt" IS NOT NULL
        ${range.from ? Prisma.sql`AND a."submittedAt" >= ${range.from}` : Prisma.empty}
        ${range.to ? Prisma.sql`AND a."submittedAt" < ${range.to}` : Prisma.empty}
        ${range.courseId ? Prisma.sql`AND m."courseId" = ${range.courseId}` : Prisma.empty}
      GROUP BY m."courseId"`,
    db.$queryRaw<{ key: string; enrolments: number; completions: number }[]>`
      SELECT u.country AS key, count(*)::int AS enrolments, count(e."completedAt")::int AS completions
      FROM "Enrolment" e JOIN "User" u ON u.id = e."userId" WHERE ${where}
      GROUP BY u.country ORDER BY enrolments DESC, key`,
    db.$queryRaw<{ key: string | null; label: string | null; enrolments: number; completions: number }[]>`
      SELECT o.id AS key, o.name AS label, count(*)::int AS enrolments, count(e."completedAt")::int AS completions
      FROM "Enrolment" e JOIN "User" u ON u.id = e."userId" LEFT JOIN "Organisation" o ON o.id = u."organisationId"
      WHERE ${where} GROUP BY o.id, o.name ORDER BY enrolments DESC, label NULLS LAST`,
    db.certificate.count({
      where: {
        revokedAt: null,
        ...(range.courseId ? { courseId: range.courseId } : {}),
        issuedAt: { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lt: range.to } : {}) },
      },
    }),
    db.course.findMany({
      where: range.courseId ? { id: range.courseId } : { OR: [liveCourseWhere, { enrolments: { some: {} } }] },
      orderBy: { firstPublishedAt: "asc" },
      select: { id: true, slug: true, sourceLocale: true, translations: { select: { locale: true, title: true, publishedTitle: true } } },
    }),
  ]);
  const figures = new Map(perCourse.map((r) => [r.courseId, r]));
  const quizzes = new Map(quiz.map((r) => [r.courseId, r]));
  const total = totals[0] ?? { enrolments: 0, completions: 0, median: null };
  return {
    totals: {
      enrolments: total.enrolments,
      completions: total.completions,
      completionRate: rate(total.completions, total.enrolments),
      medianDays: days(total.median),
      certificates,
    },
    courses: courses.map((c) => {
      const f = figures.get(c.id);
      const q = quizzes.get(c.id);
      const t = c.translations.find((x) => x.locale === locale) ?? c.translations.find((x) => x.locale === c.sourceLocale);
      return {
        courseId: c.id,
        slug: c.slug,
        title: t?.publishedTitle ?? t?.title ?? c.slug,
        enrolments: f?.enrolments ?? 0,
        completions: f?.completions ?? 0,
        completionRate: rate(f?.completions ?? 0, f?.enrolments ?? 0),
        medianDays: days(f?.median ?? null),
        attempts: q?.attempts ?? 0,
        attemptsPassed: q?.passed ?? 0,
        averageScore: q?.average === null || q?.average === undefined ? null : Math.round(q.average),
      };
    }),
    countries: countries.map((r) => ({ ...r, label: null, completionRate: rate(r.completions, r.enrolments) })),
    organisations: organisations.map((r) => ({
      key: r.key ?? "",
      label: r.label,
      enrolments: r.enrolments,
      completions: r.completions,
      completionRate: rate(r.completions, r.enrolments),
    })),
  };
}

export const REPORT_CSV_HEADER = [
  "enrolment_id",
  "course",
  "country",
  "organisation",
  "started_at",
  "completed_at",
  "days_to_complete",
  "quiz_attempts",
  "quizzes_passed",
  "certificate",
];

/**
 * One CSV row per enrolment of the cohort, read in batches of 500 along (startedAt, id), so the
 * route streams any number of rows with flat memory. No names or emails: coordinators report on
 * the partnership, not on people.
 */
export async function* reportCsvRows(range: ReportRange): AsyncGenerator<(string | number)[]> {
  let cursor: { startedAt: Date; id: string } | null = null;
  for (;;) {
    const after: Prisma.EnrolmentWhereInput = cursor
      ? { OR: [{ startedAt: { gt: cursor.startedAt } }, { startedAt: cursor.startedAt, id: { gt: cursor.id } }] }
      : {};
    const batch = await db.enrolment.findMany({
      where: {
        AND: [
          after,
          range.from ? { startedAt: { gte: range.from } } : {},
          range.to ? { startedAt: { lt: range.to } } : {},
          range.courseId ? { courseId: range.courseId } : {},
        ],
      },
      orderBy: [{ startedAt: "asc" }, { id: "asc" }],
      take: 500,
      select: {
        id: true,
        startedAt: true,
        completedAt: true,
        userId: true,
        courseId: true,
        course: { select: { slug: true } },
        user: { select: { country: true, organisation: { select: { name: true } } } },
        attempts: { where: { submittedAt: { not: null } }, select: { quizId: true, passed: true } },
      },
    });
    if (batch.length === 0) return;
    const certificates = await db.certificate.findMany({
      where: { OR: batch.map((e) => ({ userId: e.userId, courseId: e.courseId })) },
      select: { userId: true, courseId: true, revokedAt: true },
    });
    const certificateOf = new Map(certificates.map((c) => [`${c.userId}:${c.courseId}`, c]));
    for (const e of batch) {
      const certificate = certificateOf.get(`${e.userId}:${e.courseId}`);
      yield [
        e.id,
        e.course.slug,
        e.user.country,
        e.user.organisation?.name ?? "",
        e.startedAt.toISOString(),
        e.completedAt?.toISOString() ?? "",
        e.completedAt ? Math.round(((e.completedAt.getTime() - e.startedAt.getTime()) / DAY_MS) * 10) / 10 : "",
        e.attempts.length,
        new Set(e.attempts.filter((a) => a.passed).map((a) => a.quizId)).size,
        certificate ? (certificate.revokedAt ? "revoked" : "issued") : "",
      ];
    }
    const last = batch[batch.length - 1];
    cursor = { startedAt: last.startedAt, id: last.id };
  }
}

/** Courses to choose from in the report's filter. */
export async function reportCourses(locale: string) {
  const rows = await db.course.findMany({
    where: { OR: [liveCourseWhere, { enrolments: { some: {} } }] },
    orderBy: { firstPublishedAt: "asc" },
    select: { slug: true, sourceLocale: true, translations: { select: { locale: true, title: true, publishedTitle: true } } },
  });
  return rows.map((c) => {
    const t = c.translations.find((x) => x.locale === locale) ?? c.translations.find((x) => x.locale === c.sourceLocale);
    return { slug: c.slug, title: t?.publishedTitle ?? t?.title ?? c.slug };
  });
}
