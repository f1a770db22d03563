import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { StackCell, StackRow, StackTable } from "@/components/ui/stack-table";
import { listAudit, listAuditActionsInUse } from "@/lib/admin/queries";
import { auditFilterSchema } from "@/lib/admin/schemas";
import { requirePagePermission } from "@/lib/auth/guard";
import { AUDIT_ACTION_GROUPS, type AuditActionGroup, actionLabel, isKnownAuditAction } from "../_components/action-label";
import { AuditActor, AuditDetails, AuditTargetLink } from "../_components/audit-entry";
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
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePagePermission("audit.view");
  const filter = auditFilterSchema.parse(await searchParams);
  const [t, format, { entries, total, pages }, inUse] = await Promise.all([
    getTranslations("admin"),
    getFormatter(),
    listAudit(filter, locale),
    listAuditActionsInUse(),
  ]);
  const collator = new Intl.Collator(locale);
  const byLabel = (actions: readonly string[]) =>
    actions.map((a) => ({ value: a, label: actionLabel(t, a) })).sort((a, b) => collator.compare(a.label, b.label));
  // Every action the code knows, by area; then any other name found in the log (older releases).
  const groups = [
    ...(Object.keys(AUDIT_ACTION_GROUPS) as AuditActionGroup[]).map((g) => ({
      key: g,
      label: t(`audit.groups.${g}`),
      options: byLabel(AUDIT_ACTION_GROUPS[g]),
    })),
    { key: "other", label: t("audit.groups.other"), options: byLabel(inUse.filter((a) => !isKnownAuditAction(a))) },
  ].filter((g) => g.options.length > 0);
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
          <div className="min-w-0 max-w-full">
            <label htmlFor="action" className="mb-1 block text-sm font-medium">
              {t("actionFilter")}
            </label>
            <Select id="action" name="action" defaultValue={filter.action ?? ""}>
              <option value="">{t("audit.allActions")}</option>
              {groups.map((g) => (
                <optgroup key={g.key} label={g.label}>
                  {g.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary">
            {t("filter")}
          </Button>
        </form>
      </search>
      <StackTable caption={t("auditTitle")} headers={[t("when"), t("action"), t("actor"), t("target")]}>
        {entries.map((e) => (
          <StackRow key={e.id}>
            <StackCell label={t("when")} className="sm:whitespace-nowrap">
              <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, { dateStyle: "short", timeStyle: "medium" })}</time>
            </StackCell>
            <StackCell label={t("action")}>
              <span className="font-medium">{actionLabel(t, e.action)}</span>
              <AuditDetails entry={e} />
            </StackCell>
            <StackCell label={t("actor")}>
              <AuditActor actor={e.actor} />
            </StackCell>
            <StackCell label={t("target")} className="break-words">
              <AuditTargetLink target={e.target} />
            </StackCell>
          </StackRow>
        ))}
      </StackTable>
      {entries.length === 0 && <p className="py-6 text-muted">{t("noAudit")}</p>}
      <Pager page={filter.page} pages={pages} pathname="/admin/audit" query={{ action: filter.action }} />
    </>
  );
}
