import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { OutcomeNotice } from "@/components/ui/outcome-notice";
import { Badge } from "@/components/ui/badge";
import { StackCell, StackRow, StackTable } from "@/components/ui/stack-table";
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
        <StackTable
          caption={t("title")}
          headers={[t("columns.title"), t("columns.type"), t("columns.organisation"), t("columns.submitted")]}
        >
          {items.map((item) => (
            <StackRow key={`${item.type}-${item.id}`}>
              <StackCell rowHeader label={t("columns.title")}>
                <Link href={item.href} lang={item.locale}>
                  {item.title}
                </Link>
                {item.update && (
                  <span className="ml-2">
                    <Badge>{t("update")}</Badge>
                  </span>
                )}
              </StackCell>
              <StackCell label={t("columns.type")}>{typeLabel(item.type)}</StackCell>
              <StackCell label={t("columns.organisation")}>{item.organisation ?? "—"}</StackCell>
              <StackCell label={t("columns.submitted")}>
                {format.dateTime(item.submittedAt, { dateStyle: "medium", timeStyle: "short" })}
                {item.submittedBy && <span className="block text-muted">{item.submittedBy}</span>}
              </StackCell>
            </StackRow>
          ))}
        </StackTable>
      )}
    </>
  );
}
