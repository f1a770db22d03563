import { Clock, GraduationCap, Languages, Tag } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { type Locale, localeNames } from "@/lib/i18n/locales";

/** Topic, level, duration and languages of a course, as a description list. */
export async function CourseFacts({
  topic,
  level,
  minutes,
  languages,
}: {
  topic: string;
  level: string;
  minutes: number;
  languages: string[];
}) {
  const [t, format] = await Promise.all([getTranslations("courses"), getFormatter()]);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const duration = hours > 0 ? t("durationHours", { hours, minutes: rest }) : t("durationMinutes", { minutes });
  return (
    <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted">
      <div className="flex items-center gap-1.5">
        <Tag aria-hidden="true" className="h-4 w-4" />
        <dt className="sr-only">{t("facets.topic")}</dt>
        <dd>{t(`topics.${topic}` as "topics.WELLBEING")}</dd>
      </div>
      <div className="flex items-center gap-1.5">
        <GraduationCap aria-hidden="true" className="h-4 w-4" />
        <dt className="sr-only">{t("facets.level")}</dt>
        <dd>{t(`levels.${level}` as "levels.INTRODUCTORY")}</dd>
      </div>
      <div className="flex items-center gap-1.5">
        <Clock aria-hidden="true" className="h-4 w-4" />
        <dt className="sr-only">{t("facets.duration")}</dt>
        <dd>{duration}</dd>
      </div>
      {languages.length > 0 && (
        <div className="flex items-center gap-1.5">
          <Languages aria-hidden="true" className="h-4 w-4" />
          <dt className="sr-only">{t("facets.language")}</dt>
          <dd>
            {format.list(
              languages.map((l) => localeNames[l as Locale] ?? l),
              { type: "conjunction" },
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}
