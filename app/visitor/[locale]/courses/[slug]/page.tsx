export { default, generateMetadata } from "@/app/[locale]/(public)/courses/[slug]/page";

export const dynamic = "force-static";
export const revalidate = 3600;
