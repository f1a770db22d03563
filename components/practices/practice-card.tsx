import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { LanguageBadge } from "@/components/ui/language-badge";
import { Link } from "@/lib/i18n/navigation";
import type { PracticeCard as Card } from "@/lib/practices/queries";
import type { PracticeLabels } from "./labels";

/** One case study in a list: title, where, who, summary, themes and how often it was adopted. */
export async function PracticeCard({
  practice,
  labels,
  locale,
  headingLevel = 3,
}: {
  practice: Card;
  labels: PracticeLabels;
  locale: string;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("practices");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const foreign = practice.locale !== locale;
  return (
    <article className="flex h-full flex-col rounded-lg border border-line bg-white p-5 shadow-sm">
      <div className="mb-2 flex flex-wrap gap-2">
        {practice.isExample && <Badge tone="warning">{t("example")}</Badge>}
        {foreign && <LanguageBadge locale={practice.locale} label={t("contentLanguage")} />}
      </div>
      <Heading className="text-lg font-semibold leading-snug" lang={foreign ? practice.locale : undefined}>
        <Link href={`/practices/${practice.slug}`}>{practice.title}</Link>
      </Heading>
      <p className="mt-1 text-sm text-muted">
        {labels.place([practice.libraryName || practice.organisation.name, practice.city, labels.country(practice.country)])}
      </p>
      {practice.summary && (
        <p className="mt-3 line-clamp-4 text-sm text-ink" lang={foreign ? practice.locale : undefined}>
          {practice.summary}
        </p>
      )}
      <ul className="mt-3 flex flex-wrap gap-1.5" aria-label={t("fields.themes")}>
        {practice.themes.map((theme) => (
          <li key={theme}>
            <Badge tone="brand">{labels.theme(theme)}</Badge>
          </li>
        ))}
      </ul>
      <p className="mt-auto pt-3 text-sm text-muted">
        {practice.adoptions > 0 ? t("adoptedBy", { count: practice.adoptions }) : t("notAdoptedYet")}
      </p>
    </article>
  );
}
