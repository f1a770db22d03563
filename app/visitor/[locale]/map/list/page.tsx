export { default, generateMetadata } from "@/app/[locale]/(public)/map/list/page";

export const dynamic = "force-static";
export const revalidate = 3600;
