import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { RichContent } from "@/components/content/rich-content";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { requirePagePermission } from "@/lib/auth/guard";
import { postHistory } from "@/lib/forum/queries";
import { Link } from "@/lib/i18n/navigation";
import { ForumBreadcrumb } from "../../../_components/forum-nav";
import "@/components/editor/content.css";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "forum" });
  return { title: t("topic.history") };
}

/** Earlier versions of a post: coordinators only. */
export default async function PostHistoryPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePagePermission("forum.moderate");
  const history = await postHistory(id);
  if (!history) notFound();
  const [t, format] = await Promise.all([getTranslations("forum"), getFormatter()]);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <Container>
      <ForumBreadcrumb items={[{ href: `/forum/t/${history.topicId}`, label: history.topicTitle }, { label: t("topic.history") }]} />
      <PageHeader
        title={t("history.title", { number: history.number })}
        lead={t("history.lead", { topic: history.topicTitle, name: history.authorName ?? t("formerMember") })}
      >
        <p className="mt-3">
          <Link href={`/forum/p/${history.id}`}>{t("history.back")}</Link>
        </p>
      </PageHeader>
      <section aria-labelledby="current-version" className="mb-8">
        <h2 id="current-version" className="mb-2 text-xl font-bold">
          {t("history.current")}
        </h2>
        {history.erased ? (
          <Alert tone="info">{t("topic.removedByAuthor")}</Alert>
        ) : (
          <RichContent html={history.currentHtml} className="rounded-md border border-line p-4" />
        )}
      </section>
      {history.revisions.length === 0 ? (
        <p className="text-muted">{t("history.none")}</p>
      ) : (
        <ol className="space-y-6">
          {history.revisions.map((r) => (
            <li key={r.id}>
              <h2 className="mb-2 text-lg font-semibold">
                {t("history.before", { date: when(r.createdAt), name: r.editorName ?? t("formerMember") })}
              </h2>
              <RichContent html={r.html} className="rounded-md border border-line bg-surface p-4" />
            </li>
          ))}
        </ol>
      )}
    </Container>
  );
}
