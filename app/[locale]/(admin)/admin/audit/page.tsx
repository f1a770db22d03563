import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { listAudit } from "@/lib/admin/queries";
import { auditFilterSchema } from "@/lib/admin/schemas";
import { requirePagePermission } from "@/lib/auth/guard";
import { actionLabel } from "../_components/action-label";
import { Pager } from "../_components/pager";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin" });
  return { title: t("auditTitle") };
}

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  setRequestLocale((await params).locale);
  await requirePagePermission("audit.view");
  const filter = auditFilterSchema.parse(await searchParams);
  const [t, format, { entries, total, pages }] = await Promise.all([getTranslations("admin"), getFormatter(), listAudit(filter)]);
  return (
    <>
      <PageHeader title={t("auditTitle")} lead={t("auditLead", { count: total })}>
        <p className="mt-3">
          <a href="/api/admin/audit" download>
            {t("downloadCsv")}
          </a>
        </p>
      </PageHeader>
      <search aria-label={t("filterAudit")}>
        <form className="mb-6 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="action" className="mb-1 block text-sm font-medium">
              {t("actionFilter")}
            </label>
            <Input id="action" name="action" defaultValue={filter.action} placeholder="user." />
          </div>
          <Button type="submit" variant="secondary">
            {t("filter")}
          </Button>
        </form>
      </search>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("auditTitle")}</caption>
          <thead className="border-b border-line text-muted">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("when")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("action")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("actor")}
              </th>
              <th scope="col" className="py-2">
                {t("target")}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="border-b border-line align-top">
                <td className="whitespace-nowrap py-2 pr-3">{format.dateTime(e.createdAt, { dateStyle: "short", timeStyle: "medium" })}</td>
                <td className="py-2 pr-3">
                  <span className="font-medium">{actionLabel(t, e.action)}</span>
                  {e.data ? <code className="block break-all text-xs text-muted">{JSON.stringify(e.data)}</code> : null}
                </td>
                <td className="py-2 pr-3">{e.actor?.name ?? t("system")}</td>
                <td className="py-2 break-all">{e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {entries.length === 0 && <p className="py-6 text-muted">{t("noAudit")}</p>}
      </div>
      <Pager page={filter.page} pages={pages} pathname="/admin/audit" query={{ action: filter.action }} />
    </>
  );
}
