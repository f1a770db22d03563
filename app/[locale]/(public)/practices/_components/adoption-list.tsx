import { getFormatter, getTranslations } from "next-intl/server";
import type { PracticeLabels } from "@/components/practices/labels";
import { Badge } from "@/components/ui/badge";
import type { AdoptionView } from "@/lib/practices/queries";

const tones = { PLANNED: "neutral", DONE: "success", ADAPTED: "brand", DROPPED: "warning" } as const;

/** Where a practice was adopted and what those libraries changed (public). */
export async function AdoptionList({ adoptions, labels }: { adoptions: AdoptionView[]; labels: PracticeLabels }) {
  const [t, tc, format] = await Promise.all([getTranslations("practices.adoption"), getTranslations("common"), getFormatter()]);
  return (
    <ul className="mt-4 space-y-4">
      {adoptions.map((a) => (
        <li key={a.id} className="rounded-lg border border-line p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-semibold">
              {a.libraryName}
              <span className="font-normal text-muted"> · {labels.place([a.city, labels.country(a.country)])}</span>
            </p>
            <Badge tone={tones[a.status]}>{t(`status.${a.status}`)}</Badge>
          </div>
          <p className="mt-1 text-xs text-muted">
            {a.completedAt
              ? t("completedOn", { date: format.dateTime(new Date(a.completedAt), { dateStyle: "medium" }) })
              : t("startedOn", { date: format.dateTime(new Date(a.startedAt), { dateStyle: "medium" }) })}
          </p>
          {a.whatChanged && (
            <p className="mt-2 whitespace-pre-line text-sm">
              <span className="font-medium">{tc("term", { label: t("whatChanged") })} </span>
              {a.whatChanged}
            </p>
          )}
          {a.outcomeStory && <p className="mt-2 whitespace-pre-line text-sm">{a.outcomeStory}</p>}
        </li>
      ))}
    </ul>
  );
}
