import { z } from "zod";
import { getCourseLearnerAt } from "@/lib/courses/queries";
import { slugSchema as slug } from "@/lib/courses/schemas";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/courses/:slug/viewer — the signed-in learner's part of a course page (what is done,
 * progress, completion, a standing certificate, where to go on: CourseLearner), which the course
 * page, the same cached copy for everyone (decision 013), asks for. 401 for a visitor (the page
 * keeps its "log in to enrol"); 404 for no such live course. Never cached: it is one person's.
 */
export const GET = route({ permission: "courses.learn", params: z.object({ slug }) }, async ({ user, params }) => {
  const viewer = await getCourseLearnerAt(user.id, params.slug);
  if (!viewer) throw new AppError("NOT_FOUND");
  return { viewer };
});
