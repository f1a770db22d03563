import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { OutcomeNotice } from "@/components/ui/outcome-notice";
import { Badge } from "@/components/ui/badge";
import { forbidden } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { listReviewQueue, reviewsAnything } from "@/lib/review/sources";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "review" });
  return { title: t("title") };
}

/** Everything partners submitted, oldest first, whatever the feature (case studies now; initiatives later). */
export default async function ReviewQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("admin.access");
  if (!reviewsAnything(user)) forbidden();
  const [t, format, items, { done }] = await Promise.all([getTranslations("review"), getFormatter(), listReviewQueue(user), searchParams]);
  const typeLabel = (type: string) => (t.has(`types.${type}` as never) ? t(`types.${type}` as never) : type);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { count: items.length })} />
      {(done === "published" || done === "changes") && (
        <OutcomeNotice className="mb-6">{done === "published" ? t("donePublished") : t("doneChanges")}</OutcomeNotice>
      )}
      {items.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="border-b border-line text-muted">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("columns.title")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("columns.type")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("columns.organisation")}
                </th>
                <th scope="col" className="py-2">
                  {t("columns.submitted")}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.type}-${item.id}`} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    <Link href={item.href} lang={item.locale}>
                      {item.title}
                    </Link>
                    {item.update && (
                      <span className="ml-2">
                        <Badge>{t("update")}</Badge>
                      </span>
                    )}
                  </th>
                  <td className="py-2 pr-3">{typeLabel(item.type)}</td>
                  <td className="py-2 pr-3">{item.organisation ?? "—"}</td>
                  <td className="py-2">
                    {format.dateTime(item.submittedAt, { dateStyle: "medium", timeStyle: "short" })}
                    {item.submittedBy && <span className="block text-muted">{item.submittedBy}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
