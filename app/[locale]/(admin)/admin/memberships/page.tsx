import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { listPendingMemberships } from "@/lib/admin/queries";
import { requirePagePermission } from "@/lib/auth/guard";
import { countryName } from "@/lib/countries";
import { Link } from "@/lib/i18n/navigation";
import { MembershipDecision } from "../_components/user-forms";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin" });
  return { title: t("membershipsTitle") };
}

export default async function MembershipsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePagePermission("membership.review");
  const [t, tc, format, requests] = await Promise.all([
    getTranslations("admin"),
    getTranslations("common"),
    getFormatter(),
    listPendingMemberships(),
  ]);
  return (
    <>
      <PageHeader title={t("membershipsTitle")} lead={t("membershipsLead")} />
      {requests.length === 0 ? (
        <p className="text-muted">{t("noMemberships")}</p>
      ) : (
        <ul className="space-y-4">
          {requests.map((r) => (
            <li key={r.id} className="rounded-lg border border-line p-4">
              <div className="flex flex-wrap items-start justify-between gap-4">
                <div className="text-sm">
                  <p className="text-base font-semibold">
                    <Link href={`/admin/users/${r.user.id}`}>{r.user.name}</Link>
                  </p>
                  <p className="text-muted">
                    {r.user.email} · {countryName(r.user.country, locale, tc("otherCountry"))}
                  </p>
                  <p className="mt-1">{t("claims", { organisation: r.organisation.name })}</p>
                  <p className="text-muted">{format.dateTime(r.createdAt, { dateStyle: "medium" })}</p>
                  {!r.user.emailVerifiedAt && <Badge tone="warning">{t("unverified")}</Badge>}
                </div>
                <MembershipDecision requestId={r.id} name={r.user.name} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
