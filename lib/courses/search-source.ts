import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { registerSearchSource } from "@/lib/search/registry";
import type { SearchDocument, SearchSource } from "@/lib/search/types";
import { liveCourseWhere, publishedLessonWhere } from "./policy";
import { COURSE_SEARCH_TYPE, LESSON_SEARCH_TYPE } from "./search-type";

// What the search index holds for training: one document per published language of a live
// course (public: the catalogue and outlines are open to visitors) and one per published
// translation of each published lesson (members: lessons need a login). Drafts, unpublished
// lessons and archived courses are never indexed. Topic and level are facets; the language
// facet is the document's locale.

const courseSelect = {
  id: true,
  slug: true,
  topic: true,
  level: true,
  translations: {
    where: { publishedAt: { not: null } },
    select: { locale: true, publishedTitle: true, publishedSummary: true, publishedOutcomes: true, publishedAt: true },
  },
} satisfies Prisma.CourseSelect;

type CourseRow = Prisma.CourseGetPayload<{ select: typeof courseSelect }>;

function courseDocuments(c: CourseRow): SearchDocument[] {
  return c.translations.map((t) => ({
    id: `${COURSE_SEARCH_TYPE}-${c.id}-${t.locale}`,
    entity: `${COURSE_SEARCH_TYPE}:${c.id}`,
    group: `${COURSE_SEARCH_TYPE}:${c.id}`,
    type: COURSE_SEARCH_TYPE,
    locale: t.locale,
    title: t.publishedTitle ?? c.slug,
    summary: t.publishedSummary ?? "",
    text: t.publishedOutcomes.join("\n"),
    url: `/courses/${c.slug}`,
    topic: c.topic,
    level: c.level,
    visibility: "public",
    updatedAt: (t.publishedAt ?? new Date(0)).getTime(),
  }));
}

const lessonSelect = {
  id: true,
  slug: true,
  course: { select: { slug: true, topic: true, level: true } },
  translations: {
    where: { publishedAt: { not: null } },
    select: { locale: true, publishedTitle: true, publishedText: true, publishedAt: true },
  },
} satisfies Prisma.LessonSelect;

type LessonRow = Prisma.LessonGetPayload<{ select: typeof lessonSelect }>;

function lessonDocuments(l: LessonRow): SearchDocument[] {
  return l.translations.map((t) => ({
    id: `${LESSON_SEARCH_TYPE}-${l.id}-${t.locale}`,
    entity: `${LESSON_SEARCH_TYPE}:${l.id}`,
    group: `${LESSON_SEARCH_TYPE}:${l.id}`,
    type: LESSON_SEARCH_TYPE,
    locale: t.locale,
    title: t.publishedTitle ?? l.slug,
    text: t.publishedText ?? "",
    url: `/courses/${l.course.slug}/${l.slug}`,
    topic: l.course.topic,
    level: l.course.level,
    visibility: "members",
    updatedAt: (t.publishedAt ?? new Date(0)).getTime(),
  }));
}

const liveLessonWhere = { ...publishedLessonWhere, course: liveCourseWhere } satisfies Prisma.LessonWhereInput;

export const courseSearchSource: SearchSource = {
  type: COURSE_SEARCH_TYPE,
  estimate: () => db.courseTranslation.count({ where: { publishedAt: { not: null }, course: liveCourseWhere } }),
  async documentsFor(ids) {
    const rows = await db.course.findMany({ where: { id: { in: ids }, ...liveCourseWhere }, select: courseSelect });
    const out = new Map<string, SearchDocument[]>(ids.map((id) => [id, []]));
    for (const row of rows) out.set(row.id, courseDocuments(row));
    return out;
  },
  async *all() {
    let cursor: string | undefined;
    for (;;) {
      const rows = await db.course.findMany({
        where: liveCourseWhere,
        select: courseSelect,
        orderBy: { id: "asc" },
        take: 200,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      });
      if (rows.length === 0) return;
      yield rows.flatMap(courseDocuments);
      cursor = rows[rows.length - 1].id;
    }
  },
};

export const lessonSearchSource: SearchSource = {
  type: LESSON_SEARCH_TYPE,
  estimate: () => db.lessonTranslation.count({ where: { publishedAt: { not: null }, lesson: liveLessonWhere } }),
  async documentsFor(ids) {
    const rows = await db.lesson.findMany({ where: { id: { in: ids }, ...liveLessonWhere }, select: lessonSelect });
    const out = new Map<string, SearchDocument[]>(ids.map((id) => [id, []]));
    for (const row of rows) out.set(row.id, lessonDocuments(row));
    return out;
  },
  async *all() {
    let cursor: string | undefined;
    for (;;) {
      const rows = await db.lesson.findMany({
        where: liveLessonWhere,
        select: lessonSelect,
        orderBy: { id: "asc" },
        take: 200,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      });
      if (rows.length === 0) return;
      yield rows.flatMap(lessonDocuments);
      cursor = rows[rows.length - 1].id;
    }
  },
};

registerSearchSource(courseSearchSource);
registerSearchSource(lessonSearchSource);
