// The member hint (decision 013). Plain JavaScript: scripts/server.mjs's policy (policy.mjs) uses it
// too, and the browser imports the cookie's name.

/**
 * Set by proxy.ts while the request carries a session cookie, removed when it does not (decision
 * 013). Not a credential: it only tells the browser, on a page shared with visitors, that asking
 * /api/me for the personal header is worth a request.
 */
export const MEMBER_HINT_COOKIE = "ep-member";

/**
 * The app's own inline script (app/[locale]/layout.tsx, first in the body): before the header
 * paints, marks the document of a member so that CSS keeps the visitor's "Log in" links out of
 * sight until the personal header has arrived (no flash of the wrong header).
 */
export const MEMBER_HINT_SCRIPT = `document.cookie.split("; ").indexOf("${MEMBER_HINT_COOKIE}=1")<0||document.documentElement.setAttribute("data-member","")`;
