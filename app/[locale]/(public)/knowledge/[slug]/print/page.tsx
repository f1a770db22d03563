import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { RichContent } from "@/components/content/rich-content";
import { getPageForReading } from "@/lib/knowledge/queries";
import { PrintButton } from "../../_components/print-button";
import "@/components/editor/content.css";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = await getPageForReading(slug, locale);
  return page ? { title: page.title, robots: { index: false } } : {};
}

/** A print-friendly view: the article alone, links written out, no navigation. */
export default async function PrintPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const page = await getPageForReading(slug, locale);
  if (!page) notFound();
  const [t, format] = await Promise.all([getTranslations("knowledge"), getFormatter()]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 print:p-0">
      <div className="no-print mb-6">
        <PrintButton label={t("print")} />
      </div>
      <article lang={page.locale} className="print-article">
        <h1 className="text-3xl font-bold">{page.title}</h1>
        {page.summary && <p className="mt-2 text-lg text-muted">{page.summary}</p>}
        <p className="mt-2 text-sm text-muted">{t("lastUpdated", { date: format.dateTime(page.updatedAt, { dateStyle: "long" }) })}</p>
        <RichContent html={page.html} className="mt-6" />
      </article>
    </div>
  );
}
