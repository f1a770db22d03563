// Names shared by the visitor tree (app/visitor), the proxy and the revalidation calls.

/** Where the proxy rewrites a visitor's request for a cacheable page (decision 011). */
export const VISITOR_PREFIX = "/visitor";

/** Route patterns of the visitor tree, as revalidatePath() takes them. */
export const visitorRoutes = {
  knowledge: `${VISITOR_PREFIX}/[locale]/knowledge`,
  map: `${VISITOR_PREFIX}/[locale]/map`,
  courses: `${VISITOR_PREFIX}/[locale]/courses`,
  practices: `${VISITOR_PREFIX}/[locale]/practices`,
  forum: `${VISITOR_PREFIX}/[locale]/forum`,
  forumLists: [`${VISITOR_PREFIX}/[locale]/forum`, `${VISITOR_PREFIX}/[locale]/forum/latest`, `${VISITOR_PREFIX}/[locale]/forum/c/[slug]`],
} as const;

/** Every page of a topic (its pages 2, 3… are separate cache entries). */
export const forumTopicTag = (topicId: string) => `forum-topic:${topicId}`;
