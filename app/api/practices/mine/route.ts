import { ownPractices } from "@/lib/practices/queries";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/practices/mine — "Our case studies": the member's organisation and its case studies in
 * every status (title in the source language, status, last change, review comments to answer), as
 * `{ viewer }`: the page is a shell every member shares from the cache (decision 013). No session:
 * 401 (the page sends the browser to log in); a role that does not write case studies: 403 (the
 * page sends the browser to its own render, the forbidden page). Never cached.
 */
export const GET = route({ permission: "practices.write" }, async ({ user }) => ({ viewer: await ownPractices(user) }));
