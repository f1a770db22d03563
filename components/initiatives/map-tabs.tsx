import { getTranslations } from "next-intl/server";
import { Can } from "@/components/layout/member";
import { Link } from "@/lib/i18n/navigation";

/**
 * Map ↔ list (with the same filters), and the member's links: shown by the browser to members who
 * may suggest (`<Can>`), so that the map and its list are one page for everyone (decision 013).
 */
export async function MapTabs({
  locale,
  current,
  search,
}: {
  locale: string;
  current: "map" | "list" | "suggest" | "mine";
  search: string;
}) {
  const t = await getTranslations({ locale, namespace: "initiatives.nav" });
  const q = search ? `?${search}` : "";
  const tab = (key: typeof current, href: string, label: string) => (
    <li key={key}>
      <Link
        href={href}
        aria-current={current === key ? "page" : undefined}
        className="block rounded-md border border-line px-3 py-1.5 text-sm font-medium text-ink no-underline hover:bg-brand-50 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
      >
        {label}
      </Link>
    </li>
  );
  return (
    <nav aria-label={t("label")} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {tab("map", `/map${q}`, t("map"))}
        {tab("list", `/map/list${q}`, t("list"))}
        <Can permission="initiatives.suggest">
          {tab("suggest", "/map/suggest", t("suggest"))}
          {tab("mine", "/map/mine", t("mine"))}
        </Can>
      </ul>
    </nav>
  );
}
