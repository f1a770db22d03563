import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { getDashboardFigures } from "@/lib/admin/queries";
import { openForumReports } from "@/lib/forum/queries";
import { reviewQueueCount } from "@/lib/initiatives/queries";
import { PracticeFigures } from "./_components/practice-figures";
import { can, requirePagePermission } from "@/lib/auth/guard";
import { countryName } from "@/lib/countries";
import { mailIsCaught } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin" });
  return { title: t("dashboardTitle") };
}

export default async function AdminDashboard({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("reports.view");
  const [t, tr, tc, format, figures] = await Promise.all([
    getTranslations("admin"),
    getTranslations("roles"),
    getTranslations("common"),
    getFormatter(),
    getDashboardFigures(),
  ]);
  const max = Math.max(1, ...figures.byCountry.map((c) => c.count));
  const openReports = can(user, "forum.moderate") ? await openForumReports() : null;
  const suggestions = can(user, "initiatives.review") ? await reviewQueueCount(user) : null;
  return (
    <>
      <PageHeader title={t("dashboardTitle")} lead={t("dashboardLead")}>
        {suggestions !== null && (
          <p className="mt-3">
            <Link href="/admin/initiatives" className={suggestions > 0 ? "font-semibold" : undefined}>
              {t("dashboard.initiativeSuggestions", { count: suggestions })}
            </Link>
          </p>
        )}
        {openReports !== null && (
          <p className="mt-3">
            <Link href="/admin/forum" className={openReports > 0 ? "font-semibold" : undefined}>
              {t("dashboard.openReports", { count: openReports })}
            </Link>
          </p>
        )}
      </PageHeader>
      {mailIsCaught && (
        <section
          aria-labelledby="mail-caught"
          className="mb-6 rounded-md border border-amber-300 bg-accent-100 px-4 py-3 text-sm text-accent-700"
        >
          <h2 id="mail-caught" className="font-semibold">
            {t("mailCaught.title")}
          </h2>
          <p className="mt-1">{t("mailCaught.body")}</p>
          {can(user, "mail.catcher") && (
            <p className="mt-2">
              <Link href="/dev/mail" className="font-medium underline">
                {t("mailCaught.link")}
              </Link>
            </p>
          )}
        </section>
      )}
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[
          { label: t("figures.members"), value: figures.members },
          { label: t("figures.organisations"), value: figures.organisations },
          {
            label: t("figures.pendingMemberships"),
            value: figures.pendingMemberships,
            href: can(user, "membership.review") ? "/admin/memberships" : undefined,
          },
          { label: t("figures.suspended"), value: figures.suspended },
        ].map((f) => (
          <Card key={f.label} className="p-4">
            <dt className="text-sm text-muted">{f.label}</dt>
            <dd className="mt-1 text-3xl font-bold text-brand-800">
              {f.href ? <Link href={f.href}>{format.number(f.value)}</Link> : format.number(f.value)}
            </dd>
          </Card>
        ))}
      </dl>
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">{t("byRole")}</h2>
          <table className="mt-3 w-full text-sm">
            <thead className="sr-only">
              <tr>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("count")}</th>
              </tr>
            </thead>
            <tbody>
              {figures.byRole.map((r) => (
                <tr key={r.role} className="border-t border-line">
                  <th scope="row" className="py-2 text-left font-normal">
                    {tr(r.role)}
                  </th>
                  <td className="py-2 text-right font-semibold">{format.number(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t("byCountry")}</h2>
          <table className="mt-3 w-full text-sm">
            <thead className="sr-only">
              <tr>
                <th scope="col">{t("country")}</th>
                <th scope="col">{t("count")}</th>
              </tr>
            </thead>
            <tbody>
              {figures.byCountry.map((c) => (
                <tr key={c.country} className="border-t border-line">
                  <th scope="row" className="w-1/3 py-2 text-left font-normal">
                    {countryName(c.country, locale, tc("otherCountry"))}
                  </th>
                  <td className="py-2">
                    <div className="flex items-center gap-2">
                      <div aria-hidden="true" className="h-2.5 rounded bg-brand-600" style={{ width: `${(c.count / max) * 100}%` }} />
                      <span className="font-semibold">{format.number(c.count)}</span>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>
      <PracticeFigures locale={locale} />
    </>
  );
}
