export { default, generateMetadata } from "@/app/[locale]/(public)/courses/page";

export const dynamic = "force-static";
export const revalidate = 3600;
