import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { RichContent } from "@/components/content/rich-content";
import { formatPeriod, practiceLabels } from "@/components/practices/labels";
import { getCurrentUser } from "@/lib/auth/guard";
import { getPracticeForReading } from "@/lib/practices/queries";
import { PrintButton } from "../../../knowledge/_components/print-button";
import "@/components/editor/content.css";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const practice = await getPracticeForReading(slug, locale, null);
  return practice ? { title: practice.title, robots: { index: false } } : {};
}

/** A print-friendly case study: the text and the facts, links written out, no navigation. */
export default async function PracticePrintPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const practice = await getPracticeForReading(slug, locale, await getCurrentUser());
  if (!practice) notFound();
  const [t, format, labels] = await Promise.all([getTranslations("practices"), getFormatter(), practiceLabels(locale)]);
  const period = formatPeriod(practice.periodStart, practice.periodEnd, locale, {
    ongoing: t("ongoing"),
  });
  const facts: [string, string][] = [
    [t("facets.org"), practice.organisation.name],
    [t("fields.place"), labels.place([practice.libraryName, practice.city, labels.country(practice.country)])],
    [t("fields.themes"), practice.themes.map(labels.theme).join(", ")],
    [t("fields.targetGroups"), practice.targetGroups.map(labels.group).join(", ")],
    [t("fields.languagesUsed"), practice.languagesUsed.map(labels.language).join(", ")],
    [t("fields.period"), period ?? ""],
    [t("fields.partnersInvolved"), practice.partners],
    ...(practice.contact
      ? ([[t("fields.contact"), [practice.contact.name, practice.contact.email].filter(Boolean).join(", ")]] as [string, string][])
      : []),
  ];
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 print:p-0">
      <div className="no-print mb-6">
        <PrintButton label={t("print")} />
      </div>
      <article lang={practice.locale} className="print-article">
        {practice.isExample && (
          <p className="mb-2 text-sm font-semibold" lang={locale}>
            {t("example")} — {t("exampleExplain")}
          </p>
        )}
        <h1 className="text-3xl font-bold">{practice.title}</h1>
        {practice.summary && <p className="mt-2 text-lg text-muted">{practice.summary}</p>}
        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm" lang={locale}>
          {facts
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-semibold">{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
        </dl>
        <p className="mt-2 text-sm text-muted" lang={locale}>
          {t("publishedOn", { date: format.dateTime(practice.publishedAt, { dateStyle: "long" }) })}
        </p>
        <RichContent html={practice.storyHtml} className="mt-6" />
        {practice.resources.length > 0 && (
          <>
            <h2 className="mt-6 text-xl font-semibold" lang={locale}>
              {t("fields.resources")}
            </h2>
            <ul className="mt-2 list-disc pl-6">
              {practice.resources.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </>
        )}
        {practice.steps.length > 0 && (
          <>
            <h2 className="mt-6 text-xl font-semibold" lang={locale}>
              {t("fields.steps")}
            </h2>
            <ol className="mt-2 list-decimal pl-6">
              {practice.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          </>
        )}
        {practice.results && (
          <>
            <h2 className="mt-6 text-xl font-semibold" lang={locale}>
              {t("fields.results")}
            </h2>
            <p className="mt-2 whitespace-pre-line">{practice.results}</p>
          </>
        )}
        {practice.lessons && (
          <>
            <h2 className="mt-6 text-xl font-semibold" lang={locale}>
              {t("fields.lessons")}
            </h2>
            <p className="mt-2 whitespace-pre-line">{practice.lessons}</p>
          </>
        )}
      </article>
    </div>
  );
}
