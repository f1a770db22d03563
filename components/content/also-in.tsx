import { getTranslations } from "next-intl/server";
import { type Locale, localeNames } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { cn } from "@/lib/utils";

/** "Also available in": the other languages a text is published in, each named in its own language. */
export async function AlsoIn({
  wording,
  href,
  locales,
  current,
  className,
}: {
  /** The catalogue section that holds `alsoIn` for this kind of content. */
  wording: "knowledge" | "practices";
  href: string;
  locales: string[];
  current: string;
  className?: string;
}) {
  // One language only: nothing else to offer (a reader shown it as a stand-in has the notice).
  if (locales.length < 2) return null;
  const others = locales.filter((l) => l !== current);
  const t = await getTranslations(wording);
  return (
    <div className={cn("rounded-lg border border-line p-4 text-sm", className)}>
      <h2 className="font-semibold">{t("alsoIn")}</h2>
      <ul className="mt-2 space-y-1">
        {others.map((l) => (
          <li key={l}>
            <Link href={href} locale={l as Locale} lang={l} hrefLang={l}>
              {localeNames[l as Locale]}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
