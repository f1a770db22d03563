"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";
import type { InitiativeFeature } from "@/lib/initiatives/queries";
import { languageName } from "@/lib/countries";
import { cityName } from "@/lib/gazetteer/names";
import { isOverdue } from "@/lib/initiatives/vocabulary";
import { useLocale } from "next-intl";

/** The side panel of the initiative chosen on the map; focus moves to it and back on close (Escape too). */
export function InitiativePanel({ feature, onClose }: { feature: InitiativeFeature | null; onClose: () => void }) {
  const t = useTranslations("initiatives");
  const format = useFormatter();
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (feature) heading.current?.focus();
  }, [feature]);

  if (!feature) {
    return (
      <aside aria-label={t("map.panelLabel")} className="rounded-lg border border-dashed border-line p-4 text-sm text-muted">
        {t("map.panelEmpty")}
      </aside>
    );
  }
  const p = feature.properties;
  return (
    <aside
      aria-labelledby="map-panel-title"
      className="rounded-lg border border-line bg-white p-4 shadow-sm"
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <h2 id="map-panel-title" ref={heading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        {p.name}
      </h2>
      <p className="mt-1 text-sm text-muted">
        {t(`types.${p.type}`)} · {cityName(p.country, p.city, locale)}
      </p>
      {p.example && <p className="mt-2 text-xs font-semibold uppercase tracking-wide text-accent-700">{t("example")}</p>}
      <dl className="mt-3 space-y-2 text-sm">
        {p.host && (
          <div>
            <dt className="font-medium">{t("fields.host")}</dt>
            <dd>{p.host}</dd>
          </div>
        )}
        {p.languages.length > 0 && (
          <div>
            <dt className="font-medium">{t("fields.languages")}</dt>
            <dd>{p.languages.map((l) => languageName(l, locale)).join(", ")}</dd>
          </div>
        )}
        <div>
          <dt className="font-medium">{t("lastVerified")}</dt>
          <dd>
            {format.dateTime(new Date(p.lastVerifiedAt), { dateStyle: "medium" })}
            {isOverdue(p.lastVerifiedAt) && <span className="ml-1 text-accent-700">({t("overdueShort")})</span>}
          </dd>
        </div>
      </dl>
      {p.approximate && <p className="mt-3 rounded-md bg-brand-50 p-2 text-sm">{t("approximateNote")}</p>}
      <div className="mt-4 flex flex-wrap gap-2">
        <Link href={`/map/i/${p.slug}`} className="font-medium">
          {t("map.details")}
        </Link>
        <Button variant="ghost" size="sm" onClick={onClose}>
          {t("map.closePanel")}
        </Button>
      </div>
    </aside>
  );
}
