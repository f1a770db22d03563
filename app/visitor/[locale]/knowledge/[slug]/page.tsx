export { default, generateMetadata } from "@/app/[locale]/(public)/knowledge/[slug]/page";

export const dynamic = "force-static";
export const revalidate = 3600;
