import { accountView } from "@/lib/accounts/queries";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/account — the account page's content for the signed-in member (lib/accounts/queries.ts,
 * AccountView), as `{ viewer }`: the page is a shell every member shares from the cache (decision
 * 013). No session: 401, and the page sends the browser to log in.
 */
export const GET = route({ permission: "account.manage" }, async ({ user }) => ({ viewer: await accountView(user) }));
