import { VISITOR_PREFIX } from "./tags";
import { isTrackingParam } from "./tracking.mjs";

// Which pages a visitor (no session cookie) gets from the full-route cache. The proxy rewrites
// such a request to the same page in the visitor tree (app/visitor/[locale]/…), whose files
// re-export the normal pages as static ones; anyone with a session cookie keeps the dynamic page.
//
// To cache another public page (docs/decisions/011-visitor-page-cache.md):
//   1. app/visitor/[locale]/<path>/page.tsx re-exporting the page, with `dynamic` and `revalidate`;
//   2. one entry below;
//   3. revalidate it from the feature's service where its content changes (lib/cache/revalidate.ts).

type VisitorRoute = {
  /** The path after the locale ("" is the home page). */
  path: RegExp;
  /**
   * Query parameters the page reads, each with the values it accepts; they become path segments
   * of the visitor tree (force-static pages see no query). Any other query keeps the page dynamic,
   * except tracking parameters (utm_*, click ids: lib/cache/tracking.mjs), which no page reads.
   */
  query?: { name: string; value: RegExp; omitIf?: string }[];
  /**
   * The page is the same for members (decision 013): it reads nothing about the person but what
   * the browser fills in (the header's AccountMenu, `<Can>` links), so members get the cached
   * page too. A page that reads the current user server-side must not say this.
   * "members": a shell only members get (the account page, "My learning", notifications, "My adoptions", "Our case studies", "My initiatives"): its every part comes from the browser;
   * a visitor gets the normal page, which sends them to log in.
   * "members-copy": members get a copy of their own, shared by every member (the forum's lists and
   * threads, which members-only categories add to): app/visitor/[locale]/members/<path>.
   * "members-content": only members read the page (a lesson), and every member shares one copy of
   * it, app/visitor/[locale]/members/<path>; a visitor gets the normal page, which sends them to log in.
   * Copies with content for members only go to a session proven live (lib/auth/member-proof.mjs).
   */
  shared?: true | "members" | "members-copy" | "members-content";
};

const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
const ID = "[a-z0-9]{1,40}";

export const VISITOR_ROUTES: VisitorRoute[] = [
  { path: /^$/, shared: true },
  { path: /^\/(?:about|privacy|accessibility)$/, shared: true },
  // The account page: the shell, the member's account from /api/account (decision 013).
  { path: /^\/account$/, shared: "members" },
  // "My learning": the shell, the learner's courses and certificates from /api/learning.
  { path: /^\/learning$/, shared: "members" },
  // The notifications page: the shell, the member's notifications from /api/forum/notifications.
  { path: /^\/forum\/notifications$/, shared: "members" },
  // "My adoptions": the shell, the member's adoptions from /api/practices/adoptions.
  { path: /^\/practices\/adoptions$/, shared: "members" },
  // "Our case studies" (partners): the shell, the organisation's case studies from /api/practices/mine.
  { path: /^\/practices\/mine$/, shared: "members" },
  // "My initiatives": the shell, the member's suggestions and organisation's initiatives from /api/map/mine.
  { path: /^\/map\/mine$/, shared: "members" },
  // The knowledge index: the same for members, editors' links and unpublished pages from the browser.
  { path: /^\/knowledge$/, shared: true },
  // Not /knowledge/new: the new-page form is another route.
  { path: new RegExp(`^/knowledge/(?!new$)${SLUG}(?:/print)?$`), shared: true },
  // The forum's lists: the visitors' copy, and the members' (decision 013).
  { path: /^\/forum$/, shared: "members-copy" },
  { path: /^\/forum\/latest$/, shared: "members-copy" },
  { path: new RegExp(`^/forum/c/${SLUG}$`), shared: "members-copy" },
  // Threads: the member's parts come from /api/forum/topics/:id/viewer (decision 013).
  { path: new RegExp(`^/forum/t/${ID}$`), query: [{ name: "page", value: /^[1-9][0-9]{0,5}$/, omitIf: "1" }], shared: "members-copy" },
  // The map: the same for members (their places come from /api/map/initiatives, their tabs from the
  // browser); its list: the visitors' copy and the members' (exact places). Unfiltered first pages
  // only: filters and later pages stay dynamic.
  { path: /^\/map$/, shared: true },
  { path: /^\/map\/list$/, shared: "members-copy" },
  // An initiative's page: the visitors' copy and the members' (exact place); one only some members
  // may read (a suggestion) is their own render, `?as=me` (components/layout/member.tsx: OwnRender).
  { path: new RegExp(`^/map/i/${SLUG}$`), shared: "members-copy" },
  // The course catalogue: the same for members, their links and the authors' list from the browser.
  { path: /^\/courses$/, shared: true },
  // Course pages: the same for members, their progress from /api/courses/:slug/viewer (decision 013).
  { path: new RegExp(`^/courses/(?!new$)${SLUG}$`), shared: true },
  // Lessons: for members only, one copy for all of them; the learner's progress from
  // /api/courses/:slug/lessons/:lesson/viewer (decision 013). Not the authoring pages.
  { path: new RegExp(`^/courses/(?!new/)${SLUG}/(?!edit$)${SLUG}$`), shared: "members-content" },
  // Good practice's list: the same for members, the browser shows their links (decision 013).
  { path: /^\/practices$/, shared: true },
  // Organisations and an organisation's page (its case studies and adoptions): the same for everyone.
  { path: /^\/organisations$/, shared: true },
  { path: new RegExp(`^/organisations/${SLUG}$`), shared: true },
  // A case study: the visitors' copy and the members' (with the contact); the member's own parts
  // from /api/practices/:slug/viewer (decision 013). Its print view stays the visitors' only.
  { path: new RegExp(`^/practices/(?!(?:new|mine|adoptions)$)${SLUG}$`), shared: "members-copy" },
  { path: new RegExp(`^/practices/(?!(?:new|mine|adoptions)$)${SLUG}/print$`) },
];

/** The visitor-tree path for a request, or null when the page is not cached for visitors. */
export function visitorPath(pathname: string, search: URLSearchParams): string | null {
  const target = visitorTarget(pathname, search);
  return target && !target.membersOnly ? target.path : null;
}

export type VisitorTarget = {
  path: string;
  /** Members get a cached page too (this one, or `membersPath`). */
  shared: boolean;
  /** Only members get it (a visitor gets the normal, dynamic page). */
  membersOnly: boolean;
  /**
   * Where members get their own shared copy instead of `path` (else null: the same as visitors).
   * It holds what only members may read: the proxy sends only a session it has proven there.
   */
  membersPath: string | null;
};

/**
 * Where a request's page lives in the visitor tree, and whether members get it too (`shared`), or
 * null when the page is not cached. `pathname` starts with a locale the caller has checked ("/en/forum").
 */
export function visitorTarget(pathname: string, search: URLSearchParams): VisitorTarget | null {
  const slash = pathname.indexOf("/", 1);
  const locale = slash === -1 ? pathname.slice(1) : pathname.slice(1, slash);
  const rest = slash === -1 ? "" : pathname.slice(slash);
  const route = VISITOR_ROUTES.find((r) => r.path.test(rest));
  if (!route) return null;
  const allowed = route.query ?? [];
  const segments: string[] = [];
  for (const key of new Set(search.keys())) {
    // Campaign tags and click ids change nothing on the page (lib/cache/tracking.mjs).
    if (isTrackingParam(key)) continue;
    const param = allowed.find((q) => q.name === key);
    const values = search.getAll(key);
    if (!param || values.length !== 1 || !param.value.test(values[0] as string)) return null;
  }
  for (const param of allowed) {
    const value = search.get(param.name);
    // A missing or default value and the plain URL are one cache entry.
    segments.push(value === null || value === param.omitIf ? "" : value);
  }
  while (segments.length > 0 && segments[segments.length - 1] === "") segments.pop();
  if (segments.includes("")) return null;
  return {
    path: [`${VISITOR_PREFIX}/${locale}${rest}`, ...segments].join("/"),
    membersPath:
      route.shared === "members-copy" || route.shared === "members-content"
        ? [`${VISITOR_PREFIX}/${locale}/members${rest}`, ...segments].join("/")
        : null,
    shared: route.shared !== undefined,
    membersOnly: route.shared === "members" || route.shared === "members-content",
  };
}
