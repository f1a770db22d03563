import CategoryPage from "@/app/[locale]/(public)/forum/c/[slug]/page";
import { FORUM_LISTS_TAG } from "@/lib/cache/tags";
import { visitorPage } from "@/lib/cache/visitor";

// Members-only categories render the not-found page here (visitors cannot read them); members
// never reach this tree.
export { generateMetadata } from "@/app/[locale]/(public)/forum/c/[slug]/page";

// Writes drop it at once (tag); the minute keeps "3 minutes ago" honest.
export const dynamic = "force-static";
export const revalidate = 60;

export default visitorPage(CategoryPage, { tags: () => [FORUM_LISTS_TAG] });
