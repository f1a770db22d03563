import { getTranslations } from "next-intl/server";
import type { LanguageState } from "@/lib/courses/authoring-queries";
import { type Locale, localeNames } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

/** One link per language with its translation state; the current one is marked. */
export async function LanguageTabs({
  label,
  base,
  current,
  languages,
}: {
  label: string;
  base: string;
  current: string;
  languages: LanguageState[];
}) {
  const t = await getTranslations("courses.authoring");
  return (
    <nav aria-label={label} className="mb-6">
      <ul className="flex flex-wrap gap-2 text-sm">
        {languages.map((l) => (
          <li key={l.locale}>
            <Link
              href={`${base}?lang=${l.locale}`}
              aria-current={l.locale === current ? "page" : undefined}
              className="inline-flex items-center gap-1 rounded-md border border-line px-2.5 py-1 no-underline aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50"
            >
              <span lang={l.locale}>{localeNames[l.locale as Locale]}</span>
              <span className="text-xs text-muted">· {t(`translationState.${l.state}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
