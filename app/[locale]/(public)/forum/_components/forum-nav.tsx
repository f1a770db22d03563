import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Breadcrumb: Forum › [category] › [current]. */
export async function ForumBreadcrumb({ items }: { items: { href?: string; label: string }[] }) {
  const t = await getTranslations("forum");
  const all = [{ href: "/forum", label: t("title") }, ...items];
  return (
    <nav aria-label={t("breadcrumb")} className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-muted">
        {all.map((item, i) => (
          <li key={`${item.label}-${i}`} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href && i < all.length - 1 ? (
              <Link href={item.href}>{item.label}</Link>
            ) : (
              <span aria-current={i === all.length - 1 ? "page" : undefined}>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
