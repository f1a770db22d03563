export { default, generateMetadata } from "@/app/[locale]/(public)/forum/page";

// Writes drop it at once; the minute keeps "3 minutes ago" honest.
export const dynamic = "force-static";
export const revalidate = 60;
