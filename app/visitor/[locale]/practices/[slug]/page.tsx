export { default, generateMetadata } from "@/app/[locale]/(public)/practices/[slug]/page";

export const dynamic = "force-static";
export const revalidate = 3600;
