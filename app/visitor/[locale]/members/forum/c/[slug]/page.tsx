import CategoryPage, { generateMetadata as categoryMetadata } from "@/app/[locale]/(public)/forum/c/[slug]/page";
import { FORUM_LISTS_TAG } from "@/lib/cache/tags";
import { membersMetadata, visitorPage } from "@/lib/cache/visitor";

// A category as every member reads it (decision 013): members-only categories exist here. Writes
// drop it at once (tag).
export const generateMetadata = membersMetadata(categoryMetadata);
export const dynamic = "force-static";
export const revalidate = 60;

export default visitorPage(CategoryPage, { tags: () => [FORUM_LISTS_TAG], members: true });
