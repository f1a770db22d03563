import { AppError } from "@/lib/errors";
import { initiativeViewerAt } from "@/lib/initiatives/queries";
import { initiativeParamsSchema } from "@/lib/initiatives/schemas";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/map/initiatives/:slug/viewer — what the signed-in member may do on an initiative's page
 * (InitiativeViewer: edit, verify and archive it, review a suggestion), which the page, one cached
 * copy every member shares (decision 013), asks for. `{ viewer: null }` for a visitor; 404 for an
 * initiative they may not read. Never cached: it is one person's.
 */
export const GET = route({ permission: null, params: initiativeParamsSchema }, async ({ user, params }) => {
  if (!user) return { viewer: null };
  const viewer = await initiativeViewerAt(user, params.slug);
  if (!viewer) throw new AppError("NOT_FOUND");
  return { viewer };
});
