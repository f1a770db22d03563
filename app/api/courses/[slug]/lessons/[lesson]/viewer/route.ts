import { z } from "zod";
import { getLessonLearnerAt } from "@/lib/courses/queries";
import { slugSchema as slug } from "@/lib/courses/schemas";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/courses/:slug/lessons/:lesson/viewer — the signed-in learner's part of a lesson page
 * (enrolled, this lesson done, progress, a standing certificate: LessonLearner), which the lesson
 * page every member shares from the cache asks for (decision 013). 401 for a visitor (the page
 * reads it as "no one" and sends them to log in); 404 for no such live course or published lesson.
 * Never cached: it is one person's.
 */
export const GET = route({ permission: "courses.learn", params: z.object({ slug, lesson: slug }) }, async ({ user, params }) => {
  const viewer = await getLessonLearnerAt(user.id, params.slug, params.lesson);
  if (!viewer) throw new AppError("NOT_FOUND");
  return { viewer };
});
