import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { FORUM_LISTS_TAG, forumTopicTag, visitorRoutes } from "./tags";

// Drops the cached visitor pages a write changes, on every instance (lib/cache/handler.mjs shares
// the invalidation through PostgreSQL). Called by the feature services after their transaction.

/**
 * Next can only revalidate inside a request (a server action or a route handler). Scripts, the
 * seed and the integration tests call the same services without one: nothing is cached there.
 */
function inRequest(revalidate: () => void): void {
  try {
    revalidate();
  } catch (error) {
    if (error instanceof Error && /static generation store missing/.test(error.message)) return;
    throw error;
  }
}

/** Any change a reader of the knowledge hub could see: its index, pages and print views. */
export function revalidateKnowledgePages(): void {
  inRequest(() => revalidatePath(visitorRoutes.knowledge, "layout"));
}

/**
 * Every cached page of an area whose writes are rare and whose pages list each other (the map's
 * list and initiatives, the course catalogue and courses, good practice): all of it at once.
 */
export function revalidateArea(area: keyof typeof AREA_PAGES): void {
  for (const route of AREA_PAGES[area]) inRequest(() => revalidatePath(route, "layout"));
}

/**
 * Each area's cached pages: the visitors' (and those shared with members), the copy every member
 * reads (decision 013: lessons, case studies, the initiatives list), and the organisations' pages,
 * which list their case studies and adoptions.
 */
const AREA_PAGES = {
  map: [visitorRoutes.map, visitorRoutes.membersMap],
  courses: [visitorRoutes.courses, visitorRoutes.lessons],
  practices: [visitorRoutes.practices, visitorRoutes.membersPractices, visitorRoutes.organisations],
} as const;

// Forum writes drop pages by tag with a profile ("max"), not with revalidatePath or `expire: 0`:
// either of those makes Next render the page again inside the server action's answer, and on a
// thread shared with members (decision 013) that render is the member's own tree, another root
// layout than the shared page the browser shows, so the browser would reload the whole page. The
// forum's islands ask for fresh data themselves after a write (useRefresh). The profile changes
// nothing in what is dropped: the cache handler (lib/cache/handler.mjs) expires a tag at once.

/** Forum home, latest topics and the category lists (counts, last activity, order). */
export function revalidateForumLists(): void {
  inRequest(() => revalidateTag(FORUM_LISTS_TAG, "max"));
}

/** Every page of one topic; with `lists`, also the lists that show it. */
export function revalidateForumTopic(topicId: string, { lists = false } = {}): void {
  inRequest(() => revalidateTag(forumTopicTag(topicId), "max"));
  if (lists) revalidateForumLists();
}
