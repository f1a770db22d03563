import createIntlMiddleware from "next-intl/middleware";
import { type NextRequest, NextResponse } from "next/server";
import { memberProof } from "@/lib/auth/member-proof.mjs";
import { VISITOR_PREFIX } from "@/lib/cache/tags";
import { AUDIENCE_HEADER, SHARED_HEADER } from "@/lib/cache/front.mjs";
import { visitorTarget } from "@/lib/cache/visitor-routes";
import { databaseReachable } from "@/lib/db-probe";
import { secureCookies } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { isMapPage, mapTileSource } from "@/lib/initiatives/tiles";
import { apiCsp, buildHashedPageCsp, buildPageCsp, newNonce } from "@/lib/security/csp";
import { MEMBER_HINT_COOKIE } from "@/lib/security/member-hint.mjs";
import { HASHED_CSP_HEADER } from "@/lib/security/policy.mjs";
import { unavailableResponse } from "@/lib/unavailable-page";

// The proxy only routes locales and sets headers. It is NOT an authorisation layer:
// every page, route handler and server action checks permissions itself (lib/auth/guard.ts).
const handleI18n = createIntlMiddleware(routing);

function isHttps(request: NextRequest) {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/**
 * Forward extra headers to the render as request headers. next-intl builds its own
 * response, so we extend its request-header override instead of replacing it.
 */
function forwardRequestHeaders(request: NextRequest, response: NextResponse, extra: Record<string, string>) {
  const headers = new Headers(request.headers);
  const overridden = response.headers.get("x-middleware-override-headers");
  if (overridden) {
    for (const name of overridden.split(",")) {
      const value = response.headers.get(`x-middleware-request-${name}`);
      if (value !== null) headers.set(name, value);
    }
  }
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  response.headers.set("x-middleware-override-headers", [...headers.keys()].join(","));
  for (const [name, value] of headers) response.headers.set(`x-middleware-request-${name}`, value);
}

// Auth.js's session cookie (chunked as .0, .1… when large). Only decides which tree renders the
// page: a forged cookie gets the dynamic tree, where the page itself finds no session.
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;
const hasSessionCookie = (request: NextRequest) => request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));

/**
 * A visitor's cacheable page (lib/cache/visitor-routes.ts) comes from the visitor tree, rendered
 * once and kept in the full-route cache (decision 011); so does a member's, for the pages shared
 * with members (decision 013: the browser fills in the personal parts). Only reads: a server
 * action (a member's "Log out" on a shared page) runs in the dynamic tree. Not in `next dev`,
 * which caches nothing and has no server to hash its inline scripts.
 *
 * The members' copy of a page (the forum's, with members-only categories; a lesson) goes only to a
 * session proven live now (lib/auth/member-proof.mjs: the token decrypts, its row is live): anyone
 * can send a cookie. A cookie that proves nothing gets the visitors' copy, unmarked, so the
 * server's front keeps it for no one — or, for a page only members read, the page itself.
 */
async function visitorRewrite(request: NextRequest, i18n: NextResponse, connect: string[], session: boolean): Promise<NextResponse | null> {
  if (process.env.NODE_ENV !== "production" || (request.method !== "GET" && request.method !== "HEAD")) return null;
  if (i18n.headers.has("x-middleware-rewrite") || i18n.headers.has("location")) return null;
  const found = visitorTarget(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!found || (session && !found.shared) || (!session && found.membersOnly)) return null;
  const member = session && found.membersPath !== null ? await memberProof()(request.headers.get("cookie") ?? undefined) : session;
  // A page only members read (a lesson), for a cookie that proves nothing: the page itself, which
  // sends them to log in.
  if (!member && found.membersOnly) return null;
  const target = member ? (found.membersPath ?? found.path) : found.path;
  const url = request.nextUrl.clone();
  url.pathname = target;
  url.search = "";
  // No CSP request header: the render must not stamp a nonce into HTML that many people get.
  const headers = new Headers(request.headers);
  headers.delete("content-security-policy");
  const response = NextResponse.rewrite(url, { request: { headers } });
  const link = i18n.headers.get("link");
  if (link) response.headers.set("link", link);
  // Hashes of the page's own inline scripts are added to this script-src-without-inline-scripts in
  // scripts/server.mjs (lib/security/policy.mjs), which recognises the response by the header.
  response.headers.set("Content-Security-Policy", buildHashedPageCsp([], { connect }));
  response.headers.set(HASHED_CSP_HEADER, "1");
  // Unshared pages are dynamic for members at the same URL: no shared cache (CDN, proxy) may keep
  // the visitor's copy. Browsers revalidate it (no-cache), so a login or logout shows at once.
  response.headers.set("Cache-Control", "private, no-cache");
  // The server's front may answer members with this page too (lib/cache/front.mjs): "copy" only
  // to members it proves itself. Not for a cookie proven to be nothing (the visitors' copy).
  // Whom this page is for, as this proxy read the cookies: the front files it under that audience only.
  response.headers.set(AUDIENCE_HEADER, session ? "member" : "visitor");
  if (found.shared && member === session) {
    const shared = member && found.membersPath ? "copy" : found.membersOnly ? "members" : "1";
    response.headers.set(SHARED_HEADER, shared);
  }
  return response;
}

/**
 * Keeps the member hint cookie (decision 013) in step with the session cookie: set while there is
 * one, removed when there is none (logout, expiry). Not HttpOnly: the browser reads it.
 */
function syncMemberHint(request: NextRequest, response: NextResponse, member: boolean) {
  const hinted = request.cookies.get(MEMBER_HINT_COOKIE)?.value === "1";
  if (member === hinted) return;
  // Secure as the session cookie is (APP_URL), or when this request came over HTTPS.
  const https = secureCookies || isHttps(request);
  if (member) {
    response.cookies.set(MEMBER_HINT_COOKIE, "1", { path: "/", sameSite: "lax", secure: https, httpOnly: false, maxAge: 30 * 24 * 3600 });
  } else {
    response.cookies.set(MEMBER_HINT_COOKIE, "", { path: "/", sameSite: "lax", secure: https, httpOnly: false, maxAge: 0 });
  }
}

export default async function proxy(request: NextRequest) {
  const hsts = isHttps(request) ? "max-age=63072000; includeSubDomains" : null;

  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", apiCsp);
    if (hsts) response.headers.set("Strict-Transport-Security", hsts);
    return response;
  }

  if (!(await databaseReachable())) {
    const response = unavailableResponse(request.nextUrl.pathname);
    response.headers.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    return response;
  }

  const nonce = newNonce();
  const { pathname } = request.nextUrl;
  const tiles = isMapPage(pathname) ? mapTileSource() : null;
  const connect = tiles ? [tiles.origin] : [];
  const csp = buildPageCsp(nonce, { dev: process.env.NODE_ENV === "development", connect });
  if (pathname === VISITOR_PREFIX || pathname.startsWith(`${VISITOR_PREFIX}/`)) {
    // The visitor tree is reached only through the rewrite below: its own URLs do not exist.
    const url = request.nextUrl.clone();
    url.pathname = `/${routing.defaultLocale}/not-found`;
    url.search = "";
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", csp);
    headers.set("x-nonce", nonce);
    const response = NextResponse.rewrite(url, { request: { headers } });
    response.headers.set("Content-Security-Policy", csp);
    if (hsts) response.headers.set("Strict-Transport-Security", hsts);
    return response;
  }

  const response = handleI18n(request);
  const member = hasSessionCookie(request);
  const cached = await visitorRewrite(request, response, connect, member);
  if (cached) {
    if (hsts) cached.headers.set("Strict-Transport-Security", hsts);
    syncMemberHint(request, cached, member);
    return cached;
  }
  const isRedirect = response.status >= 300 && response.status < 400;
  if (!isRedirect) forwardRequestHeaders(request, response, { "content-security-policy": csp, "x-nonce": nonce });
  response.headers.set("Content-Security-Policy", csp);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  syncMemberHint(request, response, member);
  return response;
}

export const config = {
  // Everything except Next's assets (prefixes), and these exact paths: the root files a browser or
  // crawler asks for by name (icon.svg: the metadata icon every page links to, which next-intl would
  // send to /en/icon.svg; robots.txt, app/robots.ts), the bare bench pages, the upload route
  // (streamed body) and the downloads under api/files/ (they set their own sandboxing CSP), and the
  // map's worker script (its response's CSP is the worker's policy: decision 008). Each file is
  // anchored to the end of the path: `/robots.txt/x` or `/favicon.ico/x` is a page like any other
  // (a 404 with the proxy's CSP), as are files the app does not have (`/sitemap.xml`).
  // Paths with a dot are pages too (`/en/guide.v2` is a 404 page): they get the same headers (issue 8).
  matcher: [
    "/((?!_next/static/|_next/image|_vercel/|api/files/|(?:bench-static|bench-dynamic|api/uploads|api/map/worker\\.mjs|favicon\\.ico|icon\\.svg|robots\\.txt)$).*)",
  ],
};
