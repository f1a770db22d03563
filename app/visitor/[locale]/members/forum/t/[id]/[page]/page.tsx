import TopicPage, { generateMetadata as topicMetadata } from "@/app/[locale]/(public)/forum/t/[id]/page";
import { forumTopicTag } from "@/lib/cache/tags";
import { membersMetadata, visitorPage } from "@/lib/cache/visitor";

// ?page=N of a thread as every member reads it (the proxy moves it into the path).
export const generateMetadata = membersMetadata(topicMetadata);
export const dynamic = "force-static";
export const revalidate = 600;

type Params = { locale: string; id: string; page: string };

export default visitorPage(TopicPage, {
  query: ({ page }: Params) => ({ page }),
  tags: ({ id }: Params) => [forumTopicTag(id)],
  members: true,
});
