import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function Pager({
  page,
  pages,
  pathname,
  query,
}: {
  page: number;
  pages: number;
  pathname: string;
  query: Record<string, string | undefined>;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations("common");
  const href = (p: number) => ({
    pathname,
    query: Object.fromEntries(Object.entries({ ...query, page: String(p) }).filter(([, v]) => v)) as Record<string, string>,
  });
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? <Link href={href(page - 1)}>{t("previous")}</Link> : <span />}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1)}>{t("next")}</Link> : <span />}
    </nav>
  );
}
