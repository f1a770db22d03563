export { default, generateMetadata } from "@/app/[locale]/(public)/map/i/[slug]/page";

export const dynamic = "force-static";
export const revalidate = 3600;
