import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container, PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { isLocale, type Locale, localeNames } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { blockDiff } from "@/lib/knowledge/diff";
import { mayRestoreRevision } from "@/lib/knowledge/policy";
import { getPageForEditing, getRevisionWithPrevious, listRevisions } from "@/lib/knowledge/queries";
import { DiffBlockView } from "../../_components/diff-block";
import { RestoreButton } from "../../_components/restore-button";
import "@/components/editor/content.css";

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
  if (selected && (selected.revision.pageId !== page.id || selected.revision.locale !== editLocale)) notFound();
  const diff = selected ? blockDiff(selected.previous?.contentHtml ?? "", selected.revision.contentHtml) : [];
  const numberOf = new Map(revisions.map((r) => [r.id, r.number]));
  const selectedNumber = selected ? (numberOf.get(selected.revision.id) ?? null) : null;
  // The working copy is this version: restoring it would change nothing.
  const isCurrent = (version: number) => version === page.translation?.version;
  const canRestore = mayRestoreRevision(user) && selected !== null && !isCurrent(selected.revision.version);
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
                      {t("versionN", { n: r.number })} · {t(`revisionKind.${r.kind as "save"}`)}
                    </span>
                    {isCurrent(r.version) && <span className="ml-2 text-xs font-semibold text-success">{t("currentVersion")}</span>}
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
                    {selected.previous && selectedNumber !== null
                      ? t("diffAgainst", { from: selectedNumber - 1, to: selectedNumber })
                      : t("firstVersion")}
                  </p>
                </div>
                {canRestore ? (
                  <ClientMessages namespaces={["knowledge"]}>
                    <RestoreButton
                      revisionId={selected.revision.id}
                      slug={slug}
                      locale={editLocale}
                      version={selectedNumber ?? selected.revision.version}
                    />
                  </ClientMessages>
                ) : isCurrent(selected.revision.version) ? (
                  <p className="text-sm font-medium text-success">{t("isCurrentVersion")}</p>
                ) : null}
              </div>
              <p className="mt-3 flex flex-wrap gap-3 text-sm">
                <span className="diff-added-legend">{t("legendAdded")}</span>
                <span className="diff-removed-legend">{t("legendRemoved")}</span>
              </p>
              <div lang={editLocale} className="rich-content revision-diff mt-4 space-y-3 rounded-lg border border-line p-4">
                {diff.map((block, i) => (
                  <DiffBlockView
                    key={i}
                    block={block}
                    labels={{
                      added: t("diff.added"),
                      removed: t("diff.removed"),
                      addedStart: t("diff.addedStart"),
                      addedEnd: t("diff.addedEnd"),
                      removedStart: t("diff.removedStart"),
                      removedEnd: t("diff.removedEnd"),
                    }}
                  />
                ))}
              </div>
            </section>
          )}
        </div>
      )}
    </Container>
  );
}
