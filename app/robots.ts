import type { MetadataRoute } from "next";
import { locales } from "@/lib/i18n/locales";

// /robots.txt: crawlers may read the public pages; not the API, nor pages only members, editors or
// administrators open (they would answer a login page or a 403 anyway, and waste the crawl).
// Built once (no request data). proxy.ts leaves this exact path alone, so next-intl does not send
// it to /en/robots.txt; Next serves it as text/plain with next.config.ts's security headers.
export const dynamic = "force-static";

/** Under each locale: top-level areas for members, editors and administrators, and the sign-in pages. */
const PRIVATE_AREAS = [
  "/admin",
  "/account",
  "/dev/",
  "/learning",
  "/login",
  "/register",
  "/forgot-password",
  "/reset-password",
  "/verify-email",
  // Certificates name their holder: verifiable by whoever has the link, not found by a search engine.
  "/certificates/",
];

/** Under each locale: writing, editing and members' own pages inside the public areas. */
const MEMBERS_PAGES = [
  "/knowledge/new",
  "/knowledge/*/edit",
  "/knowledge/*/history",
  "/courses/new",
  // A course's lessons, quizzes and editor (the course page itself stays open).
  "/courses/*/",
  "/practices/new",
  "/practices/mine",
  "/practices/adoptions",
  "/practices/*/edit",
  "/practices/*/adopt",
  "/map/mine",
  "/map/suggest",
  "/map/i/*/edit",
  "/forum/new",
  "/forum/notifications",
  "/forum/p/*/history",
];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", ...locales.flatMap((locale) => [...PRIVATE_AREAS, ...MEMBERS_PAGES].map((path) => `/${locale}${path}`))],
    },
  };
}
