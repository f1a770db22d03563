import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { practiceLabels } from "@/components/practices/labels";
import { PracticeCard } from "@/components/practices/practice-card";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/lib/i18n/navigation";
import { getOrganisationProfile } from "@/lib/practices/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const org = await getOrganisationProfile(slug, locale);
  return org ? { title: org.name, description: org.description ?? undefined } : {};
}

/** An organisation's public page: who they are, the case studies they published and the practices they adopted. */
export default async function OrganisationPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const org = await getOrganisationProfile(slug, locale);
  if (!org) notFound();
  const [t, to, tp, tc, format, labels] = await Promise.all([
    getTranslations("organisations"),
    getTranslations("organisationTypes"),
    getTranslations("practices"),
    getTranslations("common"),
    getFormatter(),
    practiceLabels(locale),
  ]);
  return (
    <Container>
      <p className="mb-2 text-sm">
        <Link href="/organisations">← {t("title")}</Link>
      </p>
      <PageHeader title={org.name} lead={org.description ?? undefined}>
        <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-muted">
          <Badge>{to(org.type)}</Badge>
          {org.isPartner && <Badge tone="brand">{t("partner")}</Badge>}
          <span>{labels.place([org.city, labels.country(org.country)])}</span>
          {org.website && (
            <a href={org.website} rel="noopener noreferrer">
              {org.website.replace(/^https?:\/\//, "")}
            </a>
          )}
        </div>
      </PageHeader>
      <section aria-labelledby="org-practices">
        <h2 id="org-practices" className="text-2xl font-bold">
          {t("practices", { count: org.practices.length })}
        </h2>
        {org.practices.length === 0 ? (
          <p className="mt-2 text-muted">{t("noPractices")}</p>
        ) : (
          <ul className="mt-4 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
            {org.practices.map((p) => (
              <li key={p.id}>
                <PracticeCard practice={p} labels={labels} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="org-adoptions" className="mt-12">
        <h2 id="org-adoptions" className="text-2xl font-bold">
          {t("adoptions", { count: org.adoptions.length })}
        </h2>
        {org.adoptions.length === 0 ? (
          <p className="mt-2 text-muted">{t("noAdoptions")}</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {org.adoptions.map((a) => (
              <li key={a.id} className="rounded-lg border border-line p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={`/practices/${a.practice.slug}`} className="font-semibold" lang={a.practice.locale}>
                    {a.practice.title}
                  </Link>
                  <Badge tone={a.status === "PLANNED" ? "neutral" : a.status === "DROPPED" ? "warning" : "success"}>
                    {tp(`adoption.status.${a.status}`)}
                  </Badge>
                </div>
                <p className="mt-1 text-sm text-muted">
                  {a.libraryName} · {labels.place([a.city, labels.country(a.country)])} ·{" "}
                  {tp("adoption.startedOn", { date: format.dateTime(new Date(a.startedAt), { dateStyle: "medium" }) })}
                </p>
                {a.whatChanged && (
                  <p className="mt-2 whitespace-pre-line text-sm">
                    <span className="font-medium">{tc("term", { label: tp("adoption.whatChanged") })} </span>
                    {a.whatChanged}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Container>
  );
}
