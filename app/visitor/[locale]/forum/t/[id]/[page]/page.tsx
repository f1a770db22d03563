import TopicPage from "@/app/[locale]/(public)/forum/t/[id]/page";
import { forumTopicTag } from "@/lib/cache/tags";
import { visitorPage } from "@/lib/cache/visitor";

export { generateMetadata } from "@/app/[locale]/(public)/forum/t/[id]/page";

// ?page=N of a topic (the proxy moves it into the path).
export const dynamic = "force-static";
export const revalidate = 600;

type Params = { locale: string; id: string; page: string };

export default visitorPage(TopicPage, { query: ({ page }: Params) => ({ page }), tags: ({ id }: Params) => [forumTopicTag(id)] });
