import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { languageName } from "@/lib/countries";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

/** "Not yet translated" / "may be outdated" notices, as on knowledge pages. */
export async function TranslationNotice({
  locale,
  shown,
  sourceLocale,
  fallback,
  outdated,
  sourceHref,
}: {
  locale: string;
  shown: string;
  sourceLocale: string;
  fallback: boolean;
  outdated: boolean;
  sourceHref: string;
}) {
  const t = await getTranslations("courses.notices");
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
        {t("readSource", { source: languageName(sourceLocale, locale) })}
      </Link>
    </Alert>
  );
}
