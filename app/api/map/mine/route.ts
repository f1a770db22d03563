import { myInitiativesPage } from "@/lib/initiatives/queries";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/map/mine — "My initiatives": the member's suggestions (with a rejection's reason) and,
 * for a partner, their organisation's initiatives, places as members read them (exact), as
 * `{ viewer }`: the page is a shell every member shares from the cache (decision 013). No session:
 * 401, and the page sends the browser to log in. Never cached.
 */
export const GET = route({ permission: "initiatives.suggest" }, async ({ user }) => ({ viewer: await myInitiativesPage(user) }));
