"use client";

import { useFormatter, useTranslations } from "next-intl";
import { PersonalLoading, usePersonalPage } from "@/components/layout/member";
import { PageHeader } from "@/components/layout/page-header";
import { PracticeStatusBadge } from "@/components/practices/status-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { StackCell, StackRow, StackTable } from "@/components/ui/stack-table";
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
        <StackTable caption={t("mine.title")} headers={[t("fields.title"), t("mine.status"), t("mine.updated"), t("mine.comments")]}>
          {mine.rows.map((r) => (
            <StackRow key={r.slug}>
              <StackCell rowHeader label={t("fields.title")}>
                <Link href={`/practices/${r.slug}/edit`}>{r.title}</Link>
                {r.live && (
                  <>
                    {" · "}
                    <Link href={`/practices/${r.slug}`} className="font-normal">
                      {t("viewPublished")}
                    </Link>
                  </>
                )}
              </StackCell>
              <StackCell label={t("mine.status")}>
                <PracticeStatusBadge status={r.status} live={r.live} />
              </StackCell>
              <StackCell label={t("mine.updated")} className="sm:whitespace-nowrap">
                {format.dateTime(new Date(r.updatedAt), { dateStyle: "medium" })}
              </StackCell>
              <StackCell label={t("mine.comments")}>
                {r.openComments > 0 ? t("mine.openComments", { count: r.openComments }) : "—"}
              </StackCell>
            </StackRow>
          ))}
        </StackTable>
      )}
    </>
  );
}
