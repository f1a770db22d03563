import createIntlMiddleware from "next-intl/middleware";
import { type NextRequest, NextResponse } from "next/server";
import { databaseReachable } from "@/lib/db-probe";
import { routing } from "@/lib/i18n/routing";
import { apiCsp, buildPageCsp, newNonce } from "@/lib/security/csp";
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
  const csp = buildPageCsp(nonce, { dev: process.env.NODE_ENV === "development" });
  const response = handleI18n(request);
  const isRedirect = response.status >= 300 && response.status < 400;
  if (!isRedirect) forwardRequestHeaders(request, response, { "content-security-policy": csp, "x-nonce": nonce });
  response.headers.set("Content-Security-Policy", csp);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  // Everything except Next's assets, the root files a browser asks for by name, and the upload
  // and download routes (streamed bodies; they set their own sandboxing CSP). Paths with a dot
  // are pages too (`/en/guide.v2` is a 404 page): they get the same headers (issue 8).
  matcher: [
    "/((?!_next/static|_next/image|_vercel|bench-static|api/files|api/uploads|favicon\\.ico|robots\\.txt|sitemap\\.xml|manifest\\.webmanifest).*)",
  ],
};
