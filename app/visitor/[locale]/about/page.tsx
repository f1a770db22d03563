export { default, generateMetadata } from "@/app/[locale]/(public)/about/page";

export const dynamic = "force-static";
export const revalidate = 3600;
