import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { requirePagePermission } from "@/lib/auth/guard";
import { forumSuspensionOf, listCategories } from "@/lib/forum/queries";
import { ForumBreadcrumb } from "../_components/forum-nav";
import { NewTopicForm } from "../_components/new-topic-form";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "forum.newTopicPage" });
  return { title: t("title") };
}

export default async function NewTopicPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ category?: string }>;
}) {
  const [{ locale }, { category }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await requirePagePermission("forum.post");
  const [t, tf, categories, suspension] = await Promise.all([
    getTranslations("forum.newTopicPage"),
    getTranslations("forum"),
    listCategories(user, locale),
    forumSuspensionOf(user.id),
  ]);
  const preselected = categories.find((c) => c.slug === category)?.id ?? "";
  return (
    <Container>
      <ForumBreadcrumb items={[{ label: t("title") }]} />
      <PageHeader title={t("title")} lead={t("lead")} />
      {suspension ? (
        <Alert tone="error">
          {tf("topic.yourSuspension", {
            until: suspension.until.toLocaleDateString(locale, { dateStyle: "long", timeZone: "UTC" }),
            reason: suspension.reason,
          })}
        </Alert>
      ) : (
        <NewTopicForm categories={categories.map((c) => ({ id: c.id, name: c.name }))} preselected={preselected} />
      )}
    </Container>
  );
}
