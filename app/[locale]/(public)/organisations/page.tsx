import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { practiceLabels } from "@/components/practices/labels";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/lib/i18n/navigation";
import { listOrganisationProfiles } from "@/lib/practices/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "organisations" });
  return { title: t("title"), description: t("lead") };
}

export default async function OrganisationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, to, labels, orgs] = await Promise.all([
    getTranslations("organisations"),
    getTranslations("organisationTypes"),
    practiceLabels(locale),
    listOrganisationProfiles(),
  ]);
  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {orgs.map((o) => (
          <li key={o.slug} className="rounded-lg border border-line p-4">
            <h2 className="font-semibold">
              <Link href={`/organisations/${o.slug}`}>{o.name}</Link>
            </h2>
            <p className="mt-1 text-sm text-muted">{labels.place([o.city, labels.country(o.country)])}</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <Badge>{to(o.type)}</Badge>
              {o.isPartner && <Badge tone="brand">{t("partner")}</Badge>}
            </div>
            <p className="mt-2 text-sm">{t("practices", { count: o.practices })}</p>
          </li>
        ))}
      </ul>
    </Container>
  );
}
