import { cookies } from "next/headers";
import { memberHeader } from "@/lib/accounts/queries";
import { secureCookies } from "@/lib/env";
import { route } from "@/lib/route-handler";
import { MEMBER_HINT_COOKIE } from "@/lib/security/member-hint.mjs";

export const dynamic = "force-dynamic";

// Auth.js's session cookie, whole or in chunks (.0, .1…).
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/**
 * GET /api/me — the signed-in member's header: name, unread notifications, the permission names
 * of their role and whether this is their first session; or `{ member: null }`. Pages shared with
 * visitors (decision 013) come from the cache without it; the browser asks for it when the
 * `ep-member` hint cookie says there is a session.
 *
 * A session cookie that finds no member (revoked, expired, suspended) is worth nothing: it is
 * removed with the hint here, or the proxy would set the hint again on every page and each page
 * would ask again.
 */
export const GET = route({ permission: null }, async ({ user }) => {
  if (user) return { member: await memberHeader(user, { welcome: true }) };
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (SESSION_COOKIE.test(name)) {
      jar.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: secureCookies || name.startsWith("__Secure-") });
    }
  }
  if (jar.has(MEMBER_HINT_COOKIE)) jar.set(MEMBER_HINT_COOKIE, "", { path: "/", maxAge: 0, sameSite: "lax" });
  return { member: null };
});
