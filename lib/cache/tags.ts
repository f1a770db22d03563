// Names shared by the visitor tree (app/visitor), the proxy and the revalidation calls.

/** Where the proxy rewrites a visitor's request for a cacheable page (decision 011). */
export const VISITOR_PREFIX = "/visitor";

/** Route patterns of the visitor tree, as revalidatePath() takes them. */
export const visitorRoutes = {
  knowledge: `${VISITOR_PREFIX}/[locale]/knowledge`,
  map: `${VISITOR_PREFIX}/[locale]/map`,
  /** The initiatives list, as every member reads it (decision 013). */
  membersMap: `${VISITOR_PREFIX}/[locale]/members/map`,
  courses: `${VISITOR_PREFIX}/[locale]/courses`,
  /** Lessons, as every member reads them (decision 013). */
  lessons: `${VISITOR_PREFIX}/[locale]/members/courses`,
  practices: `${VISITOR_PREFIX}/[locale]/practices`,
  /** Organisations' pages: their case studies and adoptions. */
  organisations: `${VISITOR_PREFIX}/[locale]/organisations`,
  /** Case studies, as every member reads them (decision 013). */
  membersPractices: `${VISITOR_PREFIX}/[locale]/members/practices`,
} as const;

/** Every page of a topic (its pages 2, 3… are separate cache entries). */
export const forumTopicTag = (topicId: string) => `forum-topic:${topicId}`;

/** The forum's lists: its home, latest topics and the category pages. */
export const FORUM_LISTS_TAG = "forum-lists";
