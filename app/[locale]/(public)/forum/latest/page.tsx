import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { isPerson, forumReader, listTopics, listViewerOf } from "@/lib/forum/queries";
import { ForumBreadcrumb } from "../_components/forum-nav";
import { ListViewerProvider } from "../_components/list-viewer";
import { MorePager } from "../_components/more-pager";
import { TopicList } from "../_components/topic-list";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "forum" });
  return { title: t("latest") };
}

export default async function LatestPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ after?: string }>;
}) {
  const [{ locale }, { after }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await forumReader();
  const [t, list] = await Promise.all([getTranslations("forum"), listTopics(user, locale, { cursor: after })]);
  return (
    <ListViewerProvider topicIds={list.topics.map((topic) => topic.id)} initial={isPerson(user) ? listViewerOf(list.topics, null) : null}>
      <Container>
        <ForumBreadcrumb items={[{ label: t("latest") }]} />
        <PageHeader title={t("latest")} lead={t("latestLead")} />
        {list.topics.length === 0 ? <p className="text-muted">{t("noTopics")}</p> : <TopicList topics={list.topics} label={t("latest")} />}
        <MorePager pathname="/forum/latest" next={list.nextCursor} isFirst={!after} />
      </Container>
    </ListViewerProvider>
  );
}
