import LatestPage from "@/app/[locale]/(public)/forum/latest/page";
import { FORUM_LISTS_TAG } from "@/lib/cache/tags";
import { visitorPage } from "@/lib/cache/visitor";

export { generateMetadata } from "@/app/[locale]/(public)/forum/latest/page";

// The latest topics as every member reads them (decision 013). Writes drop it at once (tag).
export const dynamic = "force-static";
export const revalidate = 60;

export default visitorPage(LatestPage, { tags: () => [FORUM_LISTS_TAG], members: true });
