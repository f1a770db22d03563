// Members-only categories render the not-found page here (visitors cannot read them); members
// never reach this tree.
export { default, generateMetadata } from "@/app/[locale]/(public)/forum/c/[slug]/page";

export const dynamic = "force-static";
export const revalidate = 60;
