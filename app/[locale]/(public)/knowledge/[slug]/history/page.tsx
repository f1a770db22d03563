import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container, PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { isLocale, type Locale, localeNames } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { htmlToText, textDiff } from "@/lib/knowledge/diff";
import { mayRestoreRevision } from "@/lib/knowledge/policy";
import { getPageForEditing, getRevisionWithPrevious, listRevisions } from "@/lib/knowledge/queries";
import { RestoreButton } from "../../_components/restore-button";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ lang?: string; rev?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "knowledge" });
  return { title: t("history"), robots: { index: false } };
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("knowledge.edit");
  const { lang, rev } = await searchParams;
  const page = await getPageForEditing(slug, isLocale(lang) ? lang : undefined);
  if (!page) notFound();
  const editLocale = page.locale;
  const [t, format, revisions] = await Promise.all([getTranslations("knowledge"), getFormatter(), listRevisions(page.id, editLocale)]);
  const selectedId = rev ?? revisions[0]?.id;
  const selected = selectedId ? await getRevisionWithPrevious(selectedId) : null;
  if (selected && selected.revision.pageId !== page.id) notFound();
  const diff = selected ? textDiff(htmlToText(selected.previous?.contentHtml ?? ""), htmlToText(selected.revision.contentHtml)) : [];
  const canRestore = mayRestoreRevision(user);
  return (
    <Container>
      <p className="mb-2 text-sm">
        <Link href={`/knowledge/${slug}/edit?lang=${editLocale}`}>← {t("backToEditor")}</Link>
      </p>
      <PageHeader title={t("historyTitle", { language: localeNames[editLocale as Locale] })} lead={t("historyLead")} />
      {revisions.length === 0 ? (
        <p className="text-muted">{t("noRevisions")}</p>
      ) : (
        <div className="grid gap-8 lg:grid-cols-[300px_1fr]">
          <nav aria-label={t("revisions")}>
            <ol className="space-y-1 text-sm">
              {revisions.map((r) => (
                <li key={r.id}>
                  <Link
                    href={`/knowledge/${slug}/history?lang=${editLocale}&rev=${r.id}`}
                    aria-current={r.id === selectedId ? "true" : undefined}
                    className="block rounded-md border border-transparent px-3 py-2 no-underline hover:bg-brand-50 aria-[current=true]:border-brand-600 aria-[current=true]:bg-brand-50"
                  >
                    <span className="font-medium text-ink">
                      {t("versionN", { n: r.version })} · {t(`revisionKind.${r.kind as "save"}`)}
                    </span>
                    <span className="block text-muted">
                      {r.author?.name ?? "—"} · {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
          {selected && (
            <section aria-labelledby="diff-title" className="min-w-0">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h2 id="diff-title" className="text-xl font-semibold">
                    {selected.revision.title}
                  </h2>
                  <p className="text-sm text-muted">
                    {selected.previous
                      ? t("diffAgainst", { from: selected.previous.version, to: selected.revision.version })
                      : t("firstVersion")}
                  </p>
                </div>
                {canRestore && (
                  <ClientMessages namespaces={["knowledge"]}>
                    <RestoreButton revisionId={selected.revision.id} slug={slug} locale={editLocale} version={selected.revision.version} />
                  </ClientMessages>
                )}
              </div>
              <p className="mt-3 text-sm">
                <span className="mr-3 rounded bg-success-50 px-1.5 text-success">{t("legendAdded")}</span>
                <span className="rounded bg-danger-50 px-1.5 text-danger line-through">{t("legendRemoved")}</span>
              </p>
              <div lang={editLocale} className="mt-4 whitespace-pre-wrap rounded-lg border border-line p-4 leading-relaxed">
                {diff.map((part, i) =>
                  part.kind === "added" ? (
                    <ins key={i} className="bg-success-50 text-success no-underline">
                      {part.text}
                    </ins>
                  ) : part.kind === "removed" ? (
                    <del key={i} className="bg-danger-50 text-danger">
                      {part.text}
                    </del>
                  ) : (
                    <span key={i}>{part.text}</span>
                  ),
                )}
              </div>
            </section>
          )}
        </div>
      )}
    </Container>
  );
}
