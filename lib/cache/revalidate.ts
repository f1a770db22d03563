import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { forumTopicTag, visitorRoutes } from "./tags";

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
export function revalidateArea(area: "map" | "courses" | "practices"): void {
  inRequest(() => revalidatePath(visitorRoutes[area], "layout"));
}

/** Forum home, latest topics and the category lists (counts, last activity, order). */
export function revalidateForumLists(): void {
  inRequest(() => {
    for (const route of visitorRoutes.forumLists) revalidatePath(route, "page");
  });
}

/** Every page of one topic; with `lists`, also the lists that show it. */
export function revalidateForumTopic(topicId: string, { lists = false } = {}): void {
  // { expire: 0 }: gone at once (the cache handler expires every revalidation immediately anyway).
  inRequest(() => revalidateTag(forumTopicTag(topicId), { expire: 0 }));
  if (lists) revalidateForumLists();
}

/** Every forum page (a change that shows in many topics, such as a member's name). */
export function revalidateForumPages(): void {
  inRequest(() => revalidatePath(visitorRoutes.forum, "layout"));
}
