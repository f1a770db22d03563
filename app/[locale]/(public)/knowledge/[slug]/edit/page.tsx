import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { isLocale, type Locale, localeNames } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { knowledgeWorkflow } from "@/lib/knowledge/policy";
import { getPageForEditing } from "@/lib/knowledge/queries";
import { KnowledgeEditor } from "../../_components/knowledge-editor";
import { StartTranslation, WorkflowPanel } from "../../_components/workflow-panel";
import { StatusBadge } from "../../_components/status-badge";
import "@/components/editor/content.css";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "knowledge" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditKnowledgePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("knowledge.edit");
  const { lang } = await searchParams;
  const data = await getPageForEditing(slug, isLocale(lang) ? lang : undefined);
  if (!data) notFound();
  const editLocale = data.locale;
  const [t, format] = await Promise.all([getTranslations("knowledge"), getFormatter()]);
  const tr = data.translation;
  return (
    <Container>
      <p className="mb-2 text-sm">
        {data.live ? <Link href={`/knowledge/${slug}`}>← {t("viewPage")}</Link> : <Link href="/knowledge">← {t("title")}</Link>}
      </p>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t("editingIn", { language: localeNames[editLocale as Locale] })}</h1>
        <StatusBadge status={data.status} live={data.live} />
      </div>
      <nav aria-label={t("languages")} className="mb-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {data.languages.map((l) => (
            <li key={l.locale}>
              <Link
                href={`/knowledge/${slug}/edit?lang=${l.locale}`}
                aria-current={l.locale === editLocale ? "page" : undefined}
                className="inline-flex items-center gap-1 rounded-md border border-line px-2.5 py-1 no-underline aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50"
              >
                <span lang={l.locale}>{localeNames[l.locale as Locale]}</span>
                <span className="text-xs text-muted">· {l.isSource ? t("translation.source") : t(`translation.${l.state}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ClientMessages namespaces={["knowledge", "editor"]}>
        <div className="grid gap-8 lg:grid-cols-[1fr_280px]">
          <div className="min-w-0">
            {tr ? (
              <KnowledgeEditor
                key={`${data.id}-${editLocale}`}
                pageId={data.id}
                locale={editLocale}
                uiLocale={locale}
                status={data.status}
                initial={{ title: tr.title, summary: tr.summary, content: tr.content as object, version: tr.version }}
              />
            ) : (
              <StartTranslation pageId={data.id} locale={editLocale} language={localeNames[editLocale as Locale]} />
            )}
          </div>
          <aside className="space-y-4">
            <WorkflowPanel
              pageId={data.id}
              status={data.status}
              transitions={knowledgeWorkflow.available(user, data.status)}
              changed={data.statusChangedAt ? format.dateTime(data.statusChangedAt, { dateStyle: "medium", timeStyle: "short" }) : null}
              changedBy={data.statusChangedBy}
            />
            <p className="text-sm">
              <Link href={`/knowledge/${slug}/history?lang=${editLocale}`}>{t("history")}</Link>
            </p>
          </aside>
        </div>
      </ClientMessages>
    </Container>
  );
}
