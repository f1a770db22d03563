import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InitiativeListItem } from "@/components/initiatives/initiative-card";
import { MapTabs } from "@/components/initiatives/map-tabs";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { can, requirePagePermission } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { myInitiatives } from "@/lib/initiatives/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "initiatives.mine" });
  return { title: t("title") };
}

/** A member's suggestions, and a partner's organisation's initiatives with the ones to verify first. */
export default async function MyInitiativesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("initiatives.suggest");
  const [t, mine] = await Promise.all([getTranslations("initiatives.mine"), myInitiatives(user)]);
  const overdue = mine.organisation.filter((i) => i.overdue && i.status === "PUBLISHED");
  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")} />
      <MapTabs locale={locale} current="mine" search="" />
      {overdue.length > 0 && (
        <Alert tone="warning" className="mb-6">
          {t("overdue", { count: overdue.length })}
        </Alert>
      )}
      <section aria-labelledby="my-suggestions" className="mb-10">
        <h2 id="my-suggestions" className="text-xl font-semibold">
          {t("suggestions")}
        </h2>
        {mine.suggestions.length === 0 ? (
          <p className="mt-2 text-muted">
            {t("noSuggestions")} <Link href="/map/suggest">{t("suggestOne")}</Link>
          </p>
        ) : (
          <ul className="divide-y divide-line">
            {mine.suggestions.map((item) => (
              <li key={item.id}>
                <InitiativeListItem item={item} locale={locale} headingLevel={3} />
                {item.status === "REJECTED" && item.rejectionReason && (
                  <p className="-mt-3 pb-4 text-sm text-danger">{t("reason", { reason: item.rejectionReason })}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {user.organisationId && can(user, "initiatives.edit:own") && (
        <section aria-labelledby="my-organisation">
          <h2 id="my-organisation" className="text-xl font-semibold">
            {t("organisation", { name: user.organisationName ?? "" })}
          </h2>
          {mine.organisation.length === 0 ? (
            <p className="mt-2 text-muted">{t("noneForOrganisation")}</p>
          ) : (
            <ul className="divide-y divide-line">
              {[...overdue, ...mine.organisation.filter((i) => !overdue.includes(i))].map((item) => (
                <li key={item.id}>
                  <InitiativeListItem item={item} locale={locale} headingLevel={3} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </Container>
  );
}
