export { default, generateMetadata } from "@/app/[locale]/(public)/forum/latest/page";

export const dynamic = "force-static";
export const revalidate = 60;
