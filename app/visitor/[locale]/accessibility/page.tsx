export { default, generateMetadata } from "@/app/[locale]/(public)/accessibility/page";

export const dynamic = "force-static";
export const revalidate = 3600;
