import TopicPage from "@/app/[locale]/(public)/forum/t/[id]/page";
import { forumTopicTag } from "@/lib/cache/tags";
import { visitorPage } from "@/lib/cache/visitor";

export { generateMetadata } from "@/app/[locale]/(public)/forum/t/[id]/page";

// Dropped at once by every write to the topic (tag), and by time for members' new names.
export const dynamic = "force-static";
export const revalidate = 600;

export default visitorPage(TopicPage, { tags: ({ id }) => [forumTopicTag(id)] });
