export { default, generateMetadata } from "@/app/[locale]/(public)/knowledge/page";

// Dropped at once when a page is published, archived or restored (lib/cache/revalidate.ts).
export const dynamic = "force-static";
export const revalidate = 3600;
