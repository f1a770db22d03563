import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import type { OutlineItem } from "@/lib/courses/queries";
import { Link } from "@/lib/i18n/navigation";

/** Previous / next in the course's reading order (lessons and quizzes). */
export async function SequenceNav({ previous, next }: { previous: OutlineItem | null; next: OutlineItem | null }) {
  const t = await getTranslations("courses");
  const title = (item: OutlineItem) => (item.kind === "quiz" ? t("quizTitle", { module: item.title }) : item.title);
  return (
    <nav aria-label={t("sequence")} className="mt-10 grid gap-3 border-t border-line pt-6 sm:grid-cols-2">
      {previous ? (
        <Link href={previous.href} rel="prev" className={`${buttonClasses("secondary")} justify-start text-left`}>
          <span>
            <span className="block text-xs text-muted">{t("previous")}</span>
            {title(previous)}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={next.href} rel="next" className={`${buttonClasses("secondary")} justify-end text-right`}>
          <span>
            <span className="block text-xs text-muted">{t("next")}</span>
            {title(next)}
          </span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
