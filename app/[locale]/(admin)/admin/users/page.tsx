import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { StackCell, StackRow, StackTable } from "@/components/ui/stack-table";
import { listUsers } from "@/lib/admin/queries";
import { userFilterSchema } from "@/lib/admin/schemas";
import { requirePagePermission } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { Pager } from "../_components/pager";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin" });
  return { title: t("usersTitle") };
}

export default async function UsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePagePermission("users.view");
  const filter = userFilterSchema.parse(await searchParams);
  const [t, tr, format, { users, total, pages }] = await Promise.all([
    getTranslations("admin"),
    getTranslations("roles"),
    getFormatter(),
    listUsers(filter),
  ]);
  return (
    <>
      <PageHeader title={t("usersTitle")} lead={t("usersLead", { count: total })} />
      <search aria-label={t("filterUsers")}>
        <form className="mb-6 grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end">
          <div>
            <label htmlFor="q" className="mb-1 block text-sm font-medium">
              {t("searchUsers")}
            </label>
            <Input id="q" name="q" type="search" defaultValue={filter.q} />
          </div>
          <div>
            <label htmlFor="role" className="mb-1 block text-sm font-medium">
              {t("role")}
            </label>
            <Select id="role" name="role" defaultValue={filter.role ?? ""}>
              <option value="">{t("all")}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </Select>
          </div>
          <div>
            <label htmlFor="status" className="mb-1 block text-sm font-medium">
              {t("status")}
            </label>
            <Select id="status" name="status" defaultValue={filter.status ?? ""}>
              <option value="">{t("all")}</option>
              <option value="ACTIVE">{t("statusActive")}</option>
              <option value="SUSPENDED">{t("statusSuspended")}</option>
            </Select>
          </div>
          <Button type="submit" variant="secondary">
            {t("filter")}
          </Button>
        </form>
      </search>
      <StackTable caption={t("usersTitle")} headers={[t("name"), t("role"), t("organisation"), t("status"), t("joined")]}>
        {users.map((u) => (
          <StackRow key={u.id}>
            <StackCell label={t("name")}>
              <Link href={`/admin/users/${u.id}`} className="font-medium">
                {u.name}
              </Link>
              <div className="break-words text-muted">{u.email}</div>
            </StackCell>
            <StackCell label={t("role")}>{tr(u.role)}</StackCell>
            <StackCell label={t("organisation")}>{u.organisationName ?? "—"}</StackCell>
            <StackCell label={t("status")}>
              {u.status === "SUSPENDED" ? (
                <Badge tone="danger">{t("statusSuspended")}</Badge>
              ) : (
                <Badge tone="success">{t("statusActive")}</Badge>
              )}
              {!u.emailVerifiedAt && (
                <div className="mt-1">
                  <Badge tone="warning">{t("unverified")}</Badge>
                </div>
              )}
            </StackCell>
            <StackCell label={t("joined")}>{format.dateTime(u.createdAt, { dateStyle: "medium" })}</StackCell>
          </StackRow>
        ))}
      </StackTable>
      {users.length === 0 && <p className="py-6 text-muted">{t("noUsers")}</p>}
      <Pager page={filter.page} pages={pages} pathname="/admin/users" query={{ q: filter.q, role: filter.role, status: filter.status }} />
    </>
  );
}
