import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Keyset pagination: "older topics" follows the cursor; there is always a way back to the start. */
export async function MorePager({ pathname, next, isFirst }: { pathname: string; next: string | null; isFirst: boolean }) {
  const t = await getTranslations("forum");
  if (!next && isFirst) return null;
  return (
    <nav aria-label={t("listPagination")} className="mt-6 flex justify-between text-sm">
      {isFirst ? <span /> : <Link href={pathname}>{t("backToStart")}</Link>}
      {next ? <Link href={{ pathname, query: { after: next } }}>{t("olderTopics")}</Link> : <span />}
    </nav>
  );
}
