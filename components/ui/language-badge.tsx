import { isLocale, localeNames } from "@/lib/i18n/locales";
import { Badge } from "./badge";

/**
 * Names the language of a piece of content shown on a page in another language (WCAG 3.1.2:
 * the content itself carries `lang`; this tells sighted readers too). The name is written in
 * that language, e.g. "English" on a Ukrainian page.
 */
export function LanguageBadge({ locale, label }: { locale: string; label: string }) {
  return (
    <Badge>
      <span className="sr-only">{label}: </span>
      <span lang={locale}>{isLocale(locale) ? localeNames[locale] : locale}</span>
    </Badge>
  );
}
