import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { type Locale, localeNames } from "@/lib/i18n/locales";
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
        <span lang={locale}>{t("notTranslated", { language: localeNames[locale as Locale], source: localeNames[shown as Locale] })}</span>
      </Alert>
    );
  }
  if (!outdated) return null;
  return (
    <Alert tone="warning" className="mb-6">
      <span lang={locale}>{t("mayBeOutdated", { source: localeNames[sourceLocale as Locale] })}</span>{" "}
      <Link href={sourceHref} locale={sourceLocale as Locale}>
        {t("readSource", { source: localeNames[sourceLocale as Locale] })}
      </Link>
    </Alert>
  );
}
