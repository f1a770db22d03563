import { listCoursesForEditing } from "@/lib/courses/authoring-queries";
import { titlesQuerySchema } from "@/lib/courses/schemas";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/courses?locale=xx — every course, whatever its status, with its title in that language
 * (EditingCourse), as `{ viewer }`: the catalogue, one cached page for everyone (decision 013),
 * shows it to authors under the published courses. 401 for a visitor, 403 without `courses.edit`.
 */
export const GET = route({ permission: "courses.edit", query: titlesQuerySchema }, async ({ query }) => ({
  viewer: await listCoursesForEditing(query.locale),
}));
