import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { InitiativeListItem } from "@/components/initiatives/initiative-card";
import { DecisionNotice, ReviewActions } from "@/components/initiatives/initiative-actions";
import { PageHeader } from "@/components/layout/page-header";
import { ClientMessages } from "@/components/layout/client-messages";
import { Badge } from "@/components/ui/badge";
import { requirePagePermission } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { overdueInitiatives, reviewQueue } from "@/lib/initiatives/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "initiatives.review" });
  return { title: t("title") };
}

/** The coordinators' one queue of suggested initiatives, and the published ones nobody has verified for a year. */
export default async function InitiativesReviewPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("initiatives.review");
  const [t, format, queue, overdue] = await Promise.all([
    getTranslations("initiatives.review"),
    getFormatter(),
    reviewQueue(user),
    overdueInitiatives(user, 100),
  ]);
  return (
    <ClientMessages namespaces={["initiatives"]}>
      <PageHeader title={t("title")} lead={t("lead")} />
      <DecisionNotice />
      <section aria-labelledby="queue" className="mb-10">
        <h2 id="queue" className="text-xl font-semibold">
          {t("queue", { count: queue.length })}
        </h2>
        {queue.length === 0 ? (
          <p className="mt-2 text-muted">{t("empty")}</p>
        ) : (
          <ul className="mt-2 space-y-4">
            {queue.map((item) => (
              <li key={item.id} className="rounded-lg border border-line p-4">
                <InitiativeListItem item={item} locale={locale} headingLevel={3} />
                <p className="mb-3 text-sm text-muted">
                  {t("suggestedBy", {
                    name: item.suggestedBy ?? t("deletedUser"),
                    date: format.dateTime(new Date(item.createdAt), { dateStyle: "medium" }),
                  })}
                  {item.sensitive && (
                    <>
                      {" "}
                      <Badge tone="warning">{t("sensitive")}</Badge>
                    </>
                  )}
                </p>
                <div className="flex flex-wrap items-start gap-4">
                  <ReviewActions id={item.id} name={item.name} />
                  <Link href={`/map/i/${item.slug}/edit`} className="text-sm">
                    {t("editFirst")}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="overdue">
        <h2 id="overdue" className="text-xl font-semibold">
          {t("overdueTitle", { count: overdue.length })}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("overdueLead")}</p>
        {overdue.length === 0 ? (
          <p className="mt-2 text-muted">{t("overdueEmpty")}</p>
        ) : (
          <ul className="divide-y divide-line">
            {overdue.map((item) => (
              <li key={item.id}>
                <InitiativeListItem item={item} locale={locale} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </ClientMessages>
  );
}
