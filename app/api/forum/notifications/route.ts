import { notificationsPage } from "@/lib/notifications/queries";
import { notificationsQuerySchema } from "@/lib/notifications/schemas";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/forum/notifications?locale=xx — the signed-in member's notifications page: each
 * notification in words in that language, where it leads, read or not, and the daily digest
 * setting (NotificationsPage), as `{ viewer }`. The page is a shell every member shares from the
 * cache (decision 013). No session: 401, and the page sends the browser to log in. Never cached.
 */
export const GET = route({ permission: "forum.post", query: notificationsQuerySchema }, async ({ user, query }) => ({
  viewer: await notificationsPage(user.id, query.locale),
}));
