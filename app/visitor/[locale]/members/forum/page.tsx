import ForumPage from "@/app/[locale]/(public)/forum/page";
import { FORUM_LISTS_TAG } from "@/lib/cache/tags";
import { visitorPage } from "@/lib/cache/visitor";

export { generateMetadata } from "@/app/[locale]/(public)/forum/page";

// The forum's front page as every member reads it (decision 013): members-only categories and
// topics included, the member's unread marks from the browser. Writes drop it at once (tag).
export const dynamic = "force-static";
export const revalidate = 60;

export default visitorPage(ForumPage, { tags: () => [FORUM_LISTS_TAG], members: true });
