import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { type Locale, localeNames, locales } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { translationStatusTable } from "@/lib/knowledge/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "knowledge" });
  return { title: t("translationStatus") };
}

const styles: Record<string, string> = {
  source: "bg-brand-50 text-brand-800",
  current: "bg-success-50 text-success",
  outdated: "bg-accent-100 text-accent-700",
  draft: "bg-surface text-muted",
  missing: "bg-danger-50 text-danger",
};

/** Page × language: which translations are missing, current or outdated. */
export default async function TranslationStatusPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  await requirePagePermission("knowledge.edit");
  const [t, rows] = await Promise.all([getTranslations("knowledge"), translationStatusTable()]);
  return (
    <>
      <PageHeader title={t("translationStatus")} lead={t("translationStatusLead")} />
      <div className="scroll-cue">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("translationStatus")}</caption>
          <thead className="border-b border-line text-muted">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("fields.title")}
              </th>
              {locales.map((l) => (
                <th key={l} scope="col" className="px-1 py-2 text-center">
                  <abbr title={localeNames[l]} lang={l}>
                    {l.toUpperCase()}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slug} className="border-b border-line">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <Link href={`/knowledge/${row.slug}/edit`}>{row.title}</Link>
                  <div className="text-xs text-muted">{t(`sections.${row.section}.title`)}</div>
                </th>
                {locales.map((l) => {
                  const state = row.states[l];
                  return (
                    <td key={l} className="px-1 py-2 text-center">
                      <Link
                        href={`/knowledge/${row.slug}/edit?lang=${l}`}
                        className={`inline-block rounded px-1.5 py-0.5 text-xs no-underline ${styles[state]}`}
                        aria-label={`${localeNames[l as Locale]}: ${t(`translation.${state}`)}`}
                      >
                        {t(`translation.${state}`)}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
