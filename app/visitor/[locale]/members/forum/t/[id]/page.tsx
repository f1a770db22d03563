import TopicPage, { generateMetadata as topicMetadata } from "@/app/[locale]/(public)/forum/t/[id]/page";
import { forumTopicTag } from "@/lib/cache/tags";
import { membersMetadata, visitorPage } from "@/lib/cache/visitor";

// A thread as every member reads it (decision 013): members-only topics too; the member's own
// parts come from /api/forum/topics/:id/viewer. Dropped at once by every write to the topic (tag),
// and by time for members' new names.
export const generateMetadata = membersMetadata(topicMetadata);
export const dynamic = "force-static";
export const revalidate = 600;

export default visitorPage(TopicPage, { tags: ({ id }) => [forumTopicTag(id)], members: true });
