import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { countryOptions } from "@/lib/countries";
import { Link } from "@/lib/i18n/navigation";
import { canAdopt } from "@/lib/practices/policy";
import { getPracticeForReading, myAdoptionOf } from "@/lib/practices/queries";
import { PRACTICE_COUNTRIES } from "@/lib/practices/schemas";
import { StartAdoptionForm } from "../../_components/start-adoption-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "practices.adopt" });
  return { title: t("title"), robots: { index: false } };
}

/** Starting an adoption: the checklist it will get, the library's details, notes and a planned date. */
export default async function AdoptPracticePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("practices.adopt");
  const practice = await getPracticeForReading(slug, locale, user);
  if (!practice) notFound();
  const existing = await myAdoptionOf(practice.id, user.id);
  if (existing) redirect(`/${locale}/practices/adoptions/${existing.id}`);
  const [t, tc] = await Promise.all([getTranslations("practices"), getTranslations("common")]);
  const countries = countryOptions(locale, tc("otherCountry")).filter((c) => (PRACTICE_COUNTRIES as readonly string[]).includes(c.code));
  return (
    <Container>
      <div className="max-w-2xl">
        <p className="mb-2 text-sm">
          <Link href={`/practices/${practice.slug}`}>
            ← <span lang={practice.locale}>{practice.title}</span>
          </Link>
        </p>
        <PageHeader title={t("adopt.title")} lead={t("adopt.lead")} />
        {!canAdopt(user, practice) ? (
          <Alert tone="info">{t("adopt.ownPractice")}</Alert>
        ) : (
          <div className="space-y-6">
            <section aria-labelledby="checklist-preview" className="rounded-lg border border-line p-4">
              <h2 id="checklist-preview" className="font-semibold">
                {t("adopt.checklistPreview")}
              </h2>
              <p className="mt-1 text-sm text-muted">{t("adopt.checklistPreviewLead")}</p>
              <div lang={practice.locale} className="mt-3 grid gap-4 text-sm sm:grid-cols-2">
                <div>
                  <h3 className="font-medium" lang={locale}>
                    {t("adoption.getReady")}
                  </h3>
                  <ul className="mt-1 list-disc pl-5">
                    {practice.resources.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </div>
                <div>
                  <h3 className="font-medium" lang={locale}>
                    {t("adoption.runIt")}
                  </h3>
                  <ol className="mt-1 list-decimal pl-5">
                    {practice.steps.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ol>
                </div>
              </div>
            </section>
            <Alert tone="info">{t("adopt.visibility")}</Alert>
            <Card>
              <ClientMessages namespaces={["practices"]}>
                <StartAdoptionForm
                  practiceId={practice.id}
                  defaults={{ libraryName: user.organisationName ?? "", country: user.country, city: "" }}
                  countries={countries}
                />
              </ClientMessages>
            </Card>
          </div>
        )}
      </div>
    </Container>
  );
}
