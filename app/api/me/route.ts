import { memberHeader } from "@/lib/accounts/queries";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/me — the signed-in member's header (name, unread notifications, the permissions of
 * their role, whether this is their first session), or `{ member: null }`. Pages shared with visitors (decision 013) come from the
 * cache without it; the browser asks for it when the `ep-member` hint cookie says there is a session.
 */
export const GET = route({ permission: null }, async ({ user }) => ({ member: user ? await memberHeader(user, { welcome: true }) : null }));
