import { titlesQuerySchema } from "@/lib/courses/schemas";
import { getMyLearning } from "@/lib/courses/queries";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/learning?locale=xx — the signed-in learner's own page (/learning): courses in progress
 * and completed, with their titles in that language where published, and certificates (MyLearning),
 * as `{ viewer }`. The page is a shell every member shares from the cache (decision 013). No
 * session: 401, and the page sends the browser to log in. Never cached: it is one person's.
 */
export const GET = route({ permission: "courses.learn", query: titlesQuerySchema }, async ({ user, query }) => ({
  viewer: await getMyLearning(user.id, query.locale),
}));
