import ForumPage from "@/app/[locale]/(public)/forum/page";
import { FORUM_LISTS_TAG } from "@/lib/cache/tags";
import { visitorPage } from "@/lib/cache/visitor";

export { generateMetadata } from "@/app/[locale]/(public)/forum/page";

// Writes drop it at once (tag); the minute keeps "3 minutes ago" honest.
export const dynamic = "force-static";
export const revalidate = 60;

export default visitorPage(ForumPage, { tags: () => [FORUM_LISTS_TAG] });
