// Root of the visitor tree (decision 011): the pages a visitor without a session cookie gets from
// the full-route cache. proxy.ts rewrites those requests here (lib/cache/visitor-routes.ts); its own
// URLs answer 404. The same layout as app/[locale], rendered statically: without a request,
// cookies() and headers() are empty, so getCurrentUser() is null and every page shows its
// visitor view.
export { default, generateMetadata, viewport } from "@/app/[locale]/layout";

export const dynamic = "force-static";
// Rendered on the first request for each locale and page, never at build time (the build has no
// database): an empty list with dynamicParams on.
export function generateStaticParams() {
  return [];
}
