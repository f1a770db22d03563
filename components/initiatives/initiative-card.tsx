import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { countryName } from "@/lib/countries";
import { cityName } from "@/lib/gazetteer/names";
import { Link } from "@/lib/i18n/navigation";
import type { InitiativeCard } from "@/lib/initiatives/queries";
import { languageName } from "@/lib/countries";

/**
 * One initiative in a list: what it is, where (the reader's place: exact or a ~1 km area), when,
 * last verified. Rendered on the server and in the browser alike ("My initiatives" is filled in
 * there, under the map's layout, which sends the "initiatives" messages); `locale` is the page's.
 */
export function InitiativeListItem({ item, locale, headingLevel = 2 }: { item: InitiativeCard; locale: string; headingLevel?: 2 | 3 }) {
  const t = useTranslations("initiatives");
  const format = useFormatter();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const foreign = item.lang !== locale;
  return (
    <article className="py-5">
      <Heading className="text-lg font-semibold" lang={foreign ? item.lang : undefined}>
        <Link href={`/map/i/${item.slug}`}>{item.name}</Link>
      </Heading>
      <div className="mt-1.5 flex flex-wrap items-center gap-2">
        <Badge tone="brand">{t(`types.${item.type}`)}</Badge>
        {item.isExample && <Badge tone="warning">{t("example")}</Badge>}
        {item.place.approximate && <Badge>{t("approximateBadge")}</Badge>}
        {item.overdue && <Badge tone="danger">{t("overdueShort")}</Badge>}
        {item.status !== "PUBLISHED" && <Badge tone="warning">{t(`status.${item.status}`)}</Badge>}
      </div>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline font-medium">{t("term", { label: t("fields.place") })} </dt>
          <dd className="inline">
            {[item.place.address, cityName(item.country, item.city, locale), countryName(item.country, locale)].filter(Boolean).join(", ")}
            {item.distanceKm !== null && ` · ${t("distance", { km: format.number(Math.round(item.distanceKm)) })}`}
          </dd>
        </div>
        {item.host && (
          <div>
            <dt className="inline font-medium">{t("term", { label: t("fields.host") })} </dt>
            <dd className="inline">{item.host}</dd>
          </div>
        )}
        {item.languages.length > 0 && (
          <div>
            <dt className="inline font-medium">{t("term", { label: t("fields.languages") })} </dt>
            <dd className="inline">{item.languages.map((l) => languageName(l, locale)).join(", ")}</dd>
          </div>
        )}
        {item.schedule && (
          <div>
            <dt className="inline font-medium">{t("term", { label: t("fields.schedule") })} </dt>
            <dd className="inline" lang={foreign ? item.lang : undefined}>
              {item.schedule}
            </dd>
          </div>
        )}
        {/* A suggestion (waiting or turned down) has been checked by no one yet. */}
        {item.status !== "SUGGESTED" && item.status !== "REJECTED" && (
          <div>
            <dt className="inline font-medium">{t("term", { label: t("lastVerified") })} </dt>
            <dd className="inline">{format.dateTime(new Date(item.lastVerifiedAt), { dateStyle: "medium" })}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
