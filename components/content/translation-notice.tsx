import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { languageName } from "@/lib/countries";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

/** The catalogue sections that word the notices for their kind of content ("This page…", "This case study…"). */
type Wording = "knowledge" | "practices" | "courses.notices";

/**
 * What a reader is told when the text is not in their language: "not yet translated, shown in
 * {source}" when another language stands in, or "may be outdated" with a link to the original
 * when the original changed after the translation. Shared by knowledge pages, case studies,
 * courses and lessons; the notice is in the reader's language even where the text is not.
 */
export async function TranslationNotice({
  wording,
  locale,
  shown,
  sourceLocale,
  fallback,
  outdated,
  sourceHref,
}: {
  wording: Wording;
  locale: string;
  /** The language the text is shown in. */
  shown: string;
  sourceLocale: string;
  fallback: boolean;
  outdated: boolean;
  sourceHref: string;
}) {
  const t = await getTranslations(wording);
  if (fallback) {
    return (
      <Alert tone="info" className="mb-6">
        <span lang={locale}>{t("notTranslated", { language: languageName(locale, locale), source: languageName(shown, locale) })}</span>
      </Alert>
    );
  }
  if (!outdated) return null;
  return (
    <Alert tone="warning" className="mb-6">
      <span lang={locale}>{t("mayBeOutdated", { source: languageName(sourceLocale, locale) })}</span>{" "}
      <Link href={sourceHref} locale={sourceLocale as Locale}>
        <span lang={locale}>{t("readSource", { source: languageName(sourceLocale, locale) })}</span>
      </Link>
    </Alert>
  );
}
