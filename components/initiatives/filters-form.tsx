import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { countryName } from "@/lib/countries";
import { Link } from "@/lib/i18n/navigation";
import type { InitiativeFilters } from "@/lib/initiatives/schemas";
import { INITIATIVE_TYPES, TARGET_GROUPS } from "@/lib/initiatives/vocabulary";
import { spokenLanguageOptions } from "@/lib/spoken-languages";
import type { ReactNode } from "react";

/**
 * The filters the map and the list share, as a plain GET form: they live in the URL, work without
 * JavaScript, and the map, the list and the GeoJSON read the same query string.
 */
export async function FiltersForm({
  locale,
  action,
  filters,
  countries,
  children,
}: {
  locale: string;
  action: "/map" | "/map/list";
  filters: InitiativeFilters;
  countries: string[];
  children?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "initiatives" });
  const collator = new Intl.Collator(locale);
  const countryCodes = [...new Set([...countries, ...filters.country])]
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const types = INITIATIVE_TYPES.map((v) => ({ v, label: t(`types.${v}`) })).sort((a, b) => collator.compare(a.label, b.label));
  const selects = [
    {
      name: "type",
      label: t("filters.type"),
      any: t("filters.anyType"),
      value: filters.type[0] ?? "",
      options: types.map((o) => ({ value: o.v, label: o.label })),
    },
    {
      name: "country",
      label: t("filters.country"),
      any: t("filters.anyCountry"),
      value: filters.country[0] ?? "",
      options: countryCodes.map((c) => ({ value: c.code, label: c.name })),
    },
    {
      name: "lang",
      label: t("filters.language"),
      any: t("filters.anyLanguage"),
      value: filters.lang[0] ?? "",
      options: spokenLanguageOptions(locale).map((l) => ({ value: l.code, label: l.name })),
    },
    {
      name: "group",
      label: t("filters.group"),
      any: t("filters.anyGroup"),
      value: filters.group[0] ?? "",
      options: TARGET_GROUPS.map((g) => ({ value: g, label: t(`groups.${g}`) })),
    },
  ];
  const active = filters.type.length + filters.country.length + filters.lang.length + filters.group.length > 0;
  return (
    <search aria-label={t("filters.label")} className="mb-6 block rounded-lg border border-line bg-surface p-4">
      <form method="get" action={`/${locale}${action}`} className="flex flex-wrap items-end gap-3">
        {selects.map((s) => (
          <div key={s.name} className="min-w-40 flex-1">
            <label htmlFor={`filter-${s.name}`} className="block text-sm font-medium text-ink">
              {s.label}
            </label>
            <Select id={`filter-${s.name}`} name={s.name} defaultValue={s.value} className="mt-1">
              <option value="">{s.any}</option>
              {s.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </div>
        ))}
        {children}
        <div className="flex items-center gap-3">
          <button type="submit" className={buttonClasses("primary")}>
            {t("filters.apply")}
          </button>
          {active && (
            <Link href={action} className="text-sm">
              {t("filters.clear")}
            </Link>
          )}
        </div>
      </form>
    </search>
  );
}
