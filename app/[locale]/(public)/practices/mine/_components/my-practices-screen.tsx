"use client";

import { useFormatter, useTranslations } from "next-intl";
import { PersonalLoading, usePersonalPage } from "@/components/layout/member";
import { PageHeader } from "@/components/layout/page-header";
import { PracticeStatusBadge } from "@/components/practices/status-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";
import type { OwnPractices } from "@/lib/practices/queries";

/**
 * The organisation's case studies, whatever their status: drafts, submissions, comments to answer.
 * The page around them is the same for every member (decision 013: a shell from the cache); they
 * come from the server when it rendered the page for this member (`initial`), else from GET
 * /api/practices/mine.
 */
export function MyPracticesScreen({ initial }: { initial: OwnPractices | null }) {
  const t = useTranslations("practices");
  const format = useFormatter();
  const mine = usePersonalPage<OwnPractices>("/api/practices/mine", initial);
  const header = (
    <PageHeader title={t("mine.title")} lead={mine?.organisation ? t("mine.lead", { organisation: mine.organisation }) : undefined}>
      {mine?.organisation != null && (
        <div className="mt-4">
          <Link href="/practices/new" className={buttonClasses("primary", "sm")}>
            {t("new.title")}
          </Link>
        </div>
      )}
    </PageHeader>
  );
  if (!mine) {
    return (
      <>
        {header}
        <PersonalLoading loading={t("mine.loading")} fallback={t("mine.showList")} href="?list=1" className="text-muted" />
      </>
    );
  }
  return (
    <>
      {header}
      {mine.organisation === null ? (
        <Alert tone="info">{t("mine.noOrganisation")}</Alert>
      ) : mine.rows.length === 0 ? (
        <p className="text-muted">{t("mine.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("mine.title")}</caption>
            <thead className="border-b border-line text-muted">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("fields.title")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("mine.status")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("mine.updated")}
                </th>
                <th scope="col" className="py-2">
                  {t("mine.comments")}
                </th>
              </tr>
            </thead>
            <tbody>
              {mine.rows.map((r) => (
                <tr key={r.slug} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    <Link href={`/practices/${r.slug}/edit`}>{r.title}</Link>
                    {r.live && (
                      <>
                        {" · "}
                        <Link href={`/practices/${r.slug}`} className="font-normal">
                          {t("viewPublished")}
                        </Link>
                      </>
                    )}
                  </th>
                  <td className="py-2 pr-3">
                    <PracticeStatusBadge status={r.status} live={r.live} />
                  </td>
                  <td className="whitespace-nowrap py-2 pr-3">{format.dateTime(new Date(r.updatedAt), { dateStyle: "medium" })}</td>
                  <td className="py-2">{r.openComments > 0 ? t("mine.openComments", { count: r.openComments }) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
