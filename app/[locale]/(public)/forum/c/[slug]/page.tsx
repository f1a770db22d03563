import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { can } from "@/lib/auth/guard";
import { categoryBySlug, categorySubscription, isPerson, forumReader, listTopics, listViewerOf } from "@/lib/forum/queries";
import { Link } from "@/lib/i18n/navigation";
import { ForumBreadcrumb } from "../../_components/forum-nav";
import { MorePager } from "../../_components/more-pager";
import { CategoryFollow, ListViewerProvider } from "../../_components/list-viewer";
import { TopicList } from "../../_components/topic-list";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ after?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const category = await categoryBySlug(await forumReader(), slug, locale);
  return category ? { title: category.name, description: category.description } : {};
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const [{ locale, slug }, { after }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  // The signed-in member, a visitor, or ANY_MEMBER in the copy every member shares (decision 013).
  const user = await forumReader();
  // Members-only categories do not exist for visitors.
  const category = await categoryBySlug(user, slug, locale);
  if (!category) notFound();
  const [t, list, following] = await Promise.all([
    getTranslations("forum"),
    listTopics(user, locale, { categoryId: category.id, cursor: after }),
    isPerson(user) ? categorySubscription(user.id, category.id) : false,
  ]);
  const topics = [...list.pinned, ...list.topics];
  return (
    <ListViewerProvider
      topicIds={topics.map((topic) => topic.id)}
      categoryId={category.id}
      initial={isPerson(user) ? listViewerOf(topics, following) : null}
    >
      <Container>
        <ForumBreadcrumb items={[{ label: category.name }]} />
        <PageHeader title={category.name} lead={category.description}>
          {category.membersOnly && (
            <p className="mt-3 flex items-center gap-2 text-sm text-muted">
              <Badge tone="brand">{t("membersOnly")}</Badge> {t("membersOnlyHint")}
            </p>
          )}
          <div className="mt-4 flex flex-wrap items-center gap-3">
            {can(user, "forum.post") ? (
              <>
                <Link href={{ pathname: "/forum/new", query: { category: category.slug } }} className={buttonClasses("primary", "sm")}>
                  {t("newTopic")}
                </Link>
                <CategoryFollow categoryId={category.id} hint={t("followCategoryHint")} />
              </>
            ) : (
              <Link href="/login" className={buttonClasses("secondary", "sm")}>
                {t("loginToPost")}
              </Link>
            )}
          </div>
        </PageHeader>
        {topics.length === 0 ? (
          <p className="text-muted">{t("noTopics")}</p>
        ) : (
          <TopicList topics={topics} showCategory={false} label={category.name} />
        )}
        <MorePager pathname={`/forum/c/${category.slug}`} next={list.nextCursor} isFirst={!after} />
      </Container>
    </ListViewerProvider>
  );
}
