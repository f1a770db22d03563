import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { can } from "@/lib/auth/guard";
import { type CategorySummary, isPerson, listCategories, forumReader, listTopics, listViewerOf } from "@/lib/forum/queries";
import { Link } from "@/lib/i18n/navigation";
import { ListViewerProvider } from "./_components/list-viewer";
import { TopicList } from "./_components/topic-list";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "forum" });
  return { title: t("title"), description: t("lead") };
}

/**
 * The forum's front page: categories and the latest topics. Cached in two copies (decision 013):
 * the visitors' and the one every member shares (`forumReader()` is ANY_MEMBER there); a member's
 * unread marks come from the browser (ListViewerProvider).
 */
export default async function ForumPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await forumReader();
  const [t, categories, latest] = await Promise.all([
    getTranslations("forum"),
    listCategories(user, locale),
    listTopics(user, locale, { limit: 10 }),
  ]);
  return (
    <ListViewerProvider
      topicIds={latest.topics.map((topic) => topic.id)}
      initial={isPerson(user) ? listViewerOf(latest.topics, null) : null}
    >
      <Container>
        <PageHeader title={t("title")} lead={t("lead")}>
          <div className="mt-4 flex flex-wrap gap-3">
            {can(user, "forum.post") ? (
              <Link href="/forum/new" className={buttonClasses("primary", "sm")}>
                {t("newTopic")}
              </Link>
            ) : (
              <Link href="/login" className={buttonClasses("secondary", "sm")}>
                {t("loginToPost")}
              </Link>
            )}
            <Link href="/forum/latest" className={buttonClasses("secondary", "sm")}>
              {t("allLatest")}
            </Link>
          </div>
        </PageHeader>
        <div className="grid gap-10 lg:grid-cols-[3fr_2fr]">
          <div className="space-y-10">
            <CategoryTable id="categories-themes" title={t("themes")} categories={categories.filter((c) => c.kind === "THEME")} />
            <CategoryTable id="categories-countries" title={t("countries")} categories={categories.filter((c) => c.kind === "COUNTRY")} />
          </div>
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading" className="mb-4 text-2xl font-bold">
              {t("latest")}
            </h2>
            {latest.topics.length === 0 ? (
              <p className="text-muted">{t("noTopics")}</p>
            ) : (
              <TopicList topics={latest.topics} label={t("latest")} compact />
            )}
          </section>
        </div>
      </Container>
    </ListViewerProvider>
  );
}

/** `id`: fixed, not made from the translated title (Cyrillic titles would all give "h--"). */
async function CategoryTable({ id, title, categories }: { id: string; title: string; categories: CategorySummary[] }) {
  const [t, format] = await Promise.all([getTranslations("forum"), getFormatter()]);
  if (categories.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      <table className="w-full border-collapse text-left">
        <thead className="sr-only sm:not-sr-only">
          <tr className="border-b border-line text-sm text-muted">
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("categories")}
            </th>
            <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">
              {t("topicsColumn")}
            </th>
            <th scope="col" className="hidden py-2 font-medium sm:table-cell">
              {t("activityColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => (
            <tr key={c.id} className="border-b border-line align-top">
              <td className="py-3 pr-4">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/forum/c/${c.slug}`} className="font-semibold text-brand-900">
                    {c.name}
                  </Link>
                  {c.membersOnly && <Badge tone="brand">{t("membersOnly")}</Badge>}
                </div>
                <p className="mt-1 text-sm text-muted">{c.description}</p>
                <p className="mt-1 text-sm text-muted sm:hidden">{t("topicCount", { count: c.topicCount })}</p>
              </td>
              <td className="hidden py-3 pr-4 text-sm sm:table-cell">
                {t("topicCount", { count: c.topicCount })}
                <span className="block text-muted">{t("postCount", { count: c.postCount })}</span>
              </td>
              <td className="hidden py-3 text-sm text-muted sm:table-cell">
                {c.lastPostAt ? <time dateTime={c.lastPostAt}>{format.relativeTime(new Date(c.lastPostAt))}</time> : t("noActivity")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
