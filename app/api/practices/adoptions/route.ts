import { listMyAdoptions } from "@/lib/practices/queries";
import { adoptionsQuerySchema } from "@/lib/practices/schemas";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/practices/adoptions?locale=xx — the signed-in member's adoptions (MyAdoption: status,
 * checklist progress, planned day, the practice's title in that language where published), as
 * `{ viewer }`: "My adoptions" is a shell every member shares from the cache (decision 013). No
 * session: 401, and the page sends the browser to log in. Never cached.
 */
export const GET = route({ permission: "practices.adopt", query: adoptionsQuerySchema }, async ({ user, query }) => ({
  viewer: await listMyAdoptions(user.id, query.locale),
}));
