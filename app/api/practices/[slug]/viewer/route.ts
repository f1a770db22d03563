import { AppError } from "@/lib/errors";
import { practiceViewerAt } from "@/lib/practices/queries";
import { practiceParamsSchema } from "@/lib/practices/schemas";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/practices/:slug/viewer — the signed-in member's part of a case study's page
 * (PracticeViewer: the edit link for its authors, their adoption or "start adopting"), which the
 * page, one cached copy every member shares (decision 013), asks for. `{ viewer: null }` for a
 * visitor (the page keeps its "log in to adopt"); 404 for no such live case study. Never cached.
 */
export const GET = route({ permission: null, params: practiceParamsSchema }, async ({ user, params }) => {
  if (!user) return { viewer: null };
  const viewer = await practiceViewerAt(user, params.slug);
  if (!viewer) throw new AppError("NOT_FOUND");
  return { viewer };
});
