"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { PersonalLoading, usePersonalPage } from "@/components/layout/member";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/lib/i18n/navigation";
import type { MyAdoption } from "@/lib/practices/queries";

/**
 * The member's adoptions. The page around them is the same for every member (decision 013: a
 * shell from the cache); they come from the server when it rendered the page for this member
 * (`initial`), else from GET /api/practices/adoptions.
 */
export function AdoptionsScreen({ initial }: { initial: MyAdoption[] | null }) {
  const t = useTranslations("practices");
  const format = useFormatter();
  const locale = useLocale();
  const rows = usePersonalPage<MyAdoption[]>(`/api/practices/adoptions?locale=${locale}`, initial);
  if (!rows) {
    return (
      <PersonalLoading loading={t("myAdoptions.loading")} fallback={t("myAdoptions.showList")} href="?list=1" className="text-muted" />
    );
  }
  if (rows.length === 0) {
    return (
      <p className="text-muted">
        {t("myAdoptions.empty")} <Link href="/practices">{t("myAdoptions.browse")}</Link>
      </p>
    );
  }
  return (
    <ul className="space-y-3">
      {rows.map((r) => (
        <li key={r.id} className="rounded-lg border border-line p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link href={`/practices/adoptions/${r.id}`} className="font-semibold" lang={r.practiceLocale}>
              {r.practiceTitle}
            </Link>
            <Badge tone={r.status === "PLANNED" ? "neutral" : "success"}>{t(`adoption.status.${r.status}` as never)}</Badge>
          </div>
          <p className="mt-1 text-sm text-muted">
            {t("adoption.progress", { done: r.done, total: r.total })}
            {r.plannedFor &&
              ` · ${t("adoption.plannedForDate", { date: format.dateTime(new Date(`${r.plannedFor}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) })}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
