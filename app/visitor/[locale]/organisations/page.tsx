export { default, generateMetadata } from "@/app/[locale]/(public)/organisations/page";

export const dynamic = "force-static";
export const revalidate = 3600;
