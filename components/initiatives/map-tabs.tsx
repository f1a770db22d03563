import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Map ↔ list (with the same filters), and the member's links. */
export async function MapTabs({
  locale,
  current,
  search,
  member,
}: {
  locale: string;
  current: "map" | "list" | "suggest" | "mine";
  search: string;
  member: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "initiatives.nav" });
  const q = search ? `?${search}` : "";
  const items = [
    { key: "map", href: `/map${q}`, label: t("map") },
    { key: "list", href: `/map/list${q}`, label: t("list") },
    ...(member
      ? [
          { key: "suggest", href: "/map/suggest", label: t("suggest") },
          { key: "mine", href: "/map/mine", label: t("mine") },
        ]
      : []),
  ];
  return (
    <nav aria-label={t("label")} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {items.map((i) => (
          <li key={i.key}>
            <Link
              href={i.href}
              aria-current={current === i.key ? "page" : undefined}
              className="block rounded-md border border-line px-3 py-1.5 text-sm font-medium text-ink no-underline hover:bg-brand-50 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
