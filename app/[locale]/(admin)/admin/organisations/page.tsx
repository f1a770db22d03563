import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { requirePagePermission } from "@/lib/auth/guard";
import { countryName } from "@/lib/countries";
import { listOrganisations } from "@/lib/organisations/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin" });
  return { title: t("organisationsTitle") };
}

export default async function OrganisationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePagePermission("organisations.manage");
  const [t, to, tc, organisations] = await Promise.all([
    getTranslations("admin"),
    getTranslations("organisationTypes"),
    getTranslations("common"),
    listOrganisations(),
  ]);
  return (
    <>
      <PageHeader title={t("organisationsTitle")} lead={t("organisationsLead", { count: organisations.length })} />
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("organisationsTitle")}</caption>
          <thead className="border-b border-line text-muted">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("name")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("type")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("country")}
              </th>
              <th scope="col" className="py-2">
                {t("membersCount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.id} className="border-b border-line align-top">
                <td className="py-2 pr-3">
                  <span className="font-medium">{o.name}</span> {o.isPartner && <Badge tone="brand">{t("partner")}</Badge>}
                  {o.website && (
                    <div>
                      <a href={o.website} rel="noopener noreferrer" className="text-xs">
                        {o.website}
                      </a>
                    </div>
                  )}
                </td>
                <td className="py-2 pr-3">{to(o.type)}</td>
                <td className="py-2 pr-3">{[o.city, countryName(o.country, locale, tc("otherCountry"))].filter(Boolean).join(", ")}</td>
                <td className="py-2">{o._count.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
