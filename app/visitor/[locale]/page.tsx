export { default } from "@/app/[locale]/page";

export const dynamic = "force-static";
export const revalidate = 3600;
