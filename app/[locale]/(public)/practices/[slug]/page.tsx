import { RichContent } from "@/components/content/rich-content";
import { AlsoIn } from "@/components/content/also-in";
import { TranslationNotice } from "@/components/content/translation-notice";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Container } from "@/components/layout/page-header";
import { formatPeriod, practiceLabels } from "@/components/practices/labels";
import { PracticeCard } from "@/components/practices/practice-card";
import { Alert } from "@/components/ui/alert";
import { ClientMessages } from "@/components/layout/client-messages";
import { Can } from "@/components/layout/member";
import { getCurrentUser } from "@/lib/auth/guard";
import { ANY_MEMBER, isMembersCopy } from "@/lib/cache/audience";
import { Link } from "@/lib/i18n/navigation";
import { getPracticeForReading, practiceViewer, relatedPractices } from "@/lib/practices/queries";
import { AdoptionList } from "../_components/adoption-list";
import { AdoptAction, AuthorLink, PracticeViewerProvider } from "../_components/practice-viewer";
import "@/components/editor/content.css";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const practice = await getPracticeForReading(slug, locale, null);
  if (!practice) return {};
  return { title: practice.title, description: practice.summary || undefined };
}

/** The member's strings the page's client part shows (practice-viewer.tsx). */
const VIEWER_MESSAGES = [
  "practices.edit",
  "practices.adopt.start",
  "practices.adopt.continue",
  "practices.adopt.ownPractice",
  "practices.adopt.loginToAdopt",
];

// One page for visitors and one every member shares, from the cache (decisions 011 and 013): the
// members' copy adds the contact. Whether the member writes for the case study and where they stand
// on adopting it are islands fed from GET /api/practices/:slug/viewer — or from the server on a
// member's own render (a query in the address), where `getCurrentUser()` finds them.
export default async function PracticePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const members = isMembersCopy();
  const user = members ? null : await getCurrentUser();
  const practice = await getPracticeForReading(slug, locale, members ? ANY_MEMBER : user);
  if (!practice) notFound();
  const [t, format, labels, related, viewer] = await Promise.all([
    getTranslations("practices"),
    getFormatter(),
    practiceLabels(locale),
    relatedPractices(practice, locale),
    user ? practiceViewer(user, practice) : null,
  ]);
  const period = formatPeriod(practice.periodStart, practice.periodEnd, locale, {
    ongoing: t("ongoing"),
  });
  const lang = practice.locale;
  const { adoptions } = practice;

  return (
    <ClientMessages namespaces={VIEWER_MESSAGES}>
      <PracticeViewerProvider url={`/api/practices/${practice.slug}/viewer`} initial={viewer}>
        <Container>
          <nav aria-label={t("breadcrumbs")} className="mb-6 text-sm">
            <ol className="flex flex-wrap items-center gap-1 text-muted">
              <li>
                <Link href="/practices">{t("title")}</Link>
              </li>
              <li aria-hidden="true">/</li>
              <li aria-current="page" lang={lang}>
                {practice.title}
              </li>
            </ol>
          </nav>
          <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
            <article lang={lang} className="min-w-0">
              <TranslationNotice
                wording="practices"
                locale={locale}
                shown={practice.locale}
                sourceLocale={practice.sourceLocale}
                fallback={practice.fallback}
                outdated={practice.outdated}
                sourceHref={`/practices/${practice.slug}`}
              />
              <header className="mb-6 border-b border-line pb-6">
                {practice.isExample && (
                  <Alert tone="warning" className="mb-4">
                    <span lang={locale}>
                      <strong>{t("example")}.</strong> {t("exampleExplain")}
                    </span>
                  </Alert>
                )}
                <h1 className="text-3xl font-bold tracking-tight md:text-4xl">{practice.title}</h1>
                {practice.summary && <p className="mt-3 text-lg text-muted">{practice.summary}</p>}
                <p className="mt-4 text-sm text-muted" lang={locale}>
                  <Link href={`/organisations/${practice.organisation.slug}`}>{practice.organisation.name}</Link>
                  {" · "}
                  {labels.place([practice.libraryName, practice.city, labels.country(practice.country)])}
                </p>
                <p className="mt-1 text-sm text-muted" lang={locale}>
                  {t("publishedOn", { date: format.dateTime(practice.publishedAt, { dateStyle: "long" }) })}
                  {practice.updatedAt.getTime() - practice.publishedAt.getTime() > 60_000 &&
                    ` · ${t("updatedOn", { date: format.dateTime(practice.updatedAt, { dateStyle: "long" }) })}`}
                </p>
                <div className="no-print mt-3 flex flex-wrap gap-4 text-sm" lang={locale}>
                  <Link href={`/practices/${practice.slug}/print`}>{t("printView")}</Link>
                  <a href="#adoptions">{t("adoptedBy", { count: adoptions.count })}</a>
                  <AuthorLink href={`/practices/${practice.slug}/edit`} />
                  <Can permission="practices.review">
                    <Link href={`/admin/review/practices/${practice.id}`}>{t("reviewLink")}</Link>
                  </Can>
                </div>
              </header>

              <section aria-labelledby="story">
                <h2 id="story" className="sr-only" lang={locale}>
                  {t("fields.story")}
                </h2>
                <RichContent html={practice.storyHtml} />
              </section>

              {practice.resources.length > 0 && (
                <section aria-labelledby="resources" className="mt-8">
                  <h2 id="resources" className="text-xl font-semibold" lang={locale}>
                    {t("fields.resources")}
                  </h2>
                  <ul className="mt-3 list-disc space-y-1 pl-6">
                    {practice.resources.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </section>
              )}
              {practice.steps.length > 0 && (
                <section aria-labelledby="steps" className="mt-8">
                  <h2 id="steps" className="text-xl font-semibold" lang={locale}>
                    {t("fields.steps")}
                  </h2>
                  <ol className="mt-3 list-decimal space-y-1 pl-6">
                    {practice.steps.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ol>
                </section>
              )}
              {practice.results && (
                <section aria-labelledby="results" className="mt-8">
                  <h2 id="results" className="text-xl font-semibold" lang={locale}>
                    {t("fields.results")}
                  </h2>
                  <p className="mt-3 whitespace-pre-line">{practice.results}</p>
                </section>
              )}
              {practice.lessons && (
                <section aria-labelledby="lessons" className="mt-8">
                  <h2 id="lessons" className="text-xl font-semibold" lang={locale}>
                    {t("fields.lessons")}
                  </h2>
                  <p className="mt-3 whitespace-pre-line">{practice.lessons}</p>
                </section>
              )}

              <section id="adoptions" aria-labelledby="adoptions-heading" className="mt-12 border-t border-line pt-6" lang={locale}>
                <h2 id="adoptions-heading" className="text-2xl font-bold">
                  {t("adoptedBy", { count: adoptions.count })}
                </h2>
                {adoptions.list.length > 0 ? (
                  <>
                    <p className="mt-1 text-sm text-muted">
                      {t("adoptionSummary", {
                        done: adoptions.byStatus.DONE,
                        adapted: adoptions.byStatus.ADAPTED,
                        planned: adoptions.byStatus.PLANNED,
                        dropped: adoptions.byStatus.DROPPED,
                      })}
                    </p>
                    <AdoptionList adoptions={adoptions.list} labels={labels} />
                  </>
                ) : (
                  <p className="mt-2 text-muted">{t("noAdoptionsYet")}</p>
                )}
              </section>
            </article>

            <aside className="space-y-4" lang={locale}>
              <div className="no-print rounded-lg border border-brand-200 bg-brand-50 p-4">
                <h2 className="font-semibold">{t("adopt.boxTitle")}</h2>
                <p className="mt-1 text-sm">{t("adopt.boxLead")}</p>
                <div className="mt-3">
                  <AdoptAction slug={practice.slug} members={members} />
                </div>
              </div>

              <section aria-labelledby="facts" className="rounded-lg border border-line p-4">
                <h2 id="facts" className="font-semibold">
                  {t("factsTitle")}
                </h2>
                <dl className="mt-3 space-y-3 text-sm">
                  <Fact label={t("fields.themes")}>
                    <ul className="flex flex-wrap gap-1.5">
                      {practice.themes.map((v) => (
                        <li key={v}>
                          <Link href={`/practices?theme=${v}`}>{labels.theme(v)}</Link>
                        </li>
                      ))}
                    </ul>
                  </Fact>
                  <Fact label={t("fields.targetGroups")}>
                    <ul className="flex flex-wrap gap-x-3 gap-y-1">
                      {practice.targetGroups.map((v) => (
                        <li key={v}>
                          <Link href={`/practices?group=${v}`}>{labels.group(v)}</Link>
                        </li>
                      ))}
                    </ul>
                  </Fact>
                  {practice.languagesUsed.length > 0 && (
                    <Fact label={t("fields.languagesUsed")}>{practice.languagesUsed.map((v) => labels.language(v)).join(", ")}</Fact>
                  )}
                  {period && <Fact label={t("fields.period")}>{period}</Fact>}
                  {practice.partners && (
                    <Fact label={t("fields.partnersInvolved")}>
                      <span lang={lang} className="whitespace-pre-line">
                        {practice.partners}
                      </span>
                    </Fact>
                  )}
                  <Fact label={t("fields.contact")}>
                    {practice.contact === null ? (
                      <Link href="/login">{t("contactMembersOnly")}</Link>
                    ) : practice.contact.name || practice.contact.email ? (
                      <>
                        {practice.contact.name}
                        {practice.contact.email && (
                          <>
                            {practice.contact.name && <br />}
                            <a href={`mailto:${practice.contact.email}`}>{practice.contact.email}</a>
                          </>
                        )}
                      </>
                    ) : (
                      <span className="text-muted">{t("noContact")}</span>
                    )}
                  </Fact>
                </dl>
              </section>

              <AlsoIn
                wording="practices"
                href={`/practices/${practice.slug}`}
                locales={practice.availableLocales}
                current={locale}
                className="no-print"
              />
            </aside>
          </div>

          {related.length > 0 && (
            <section aria-labelledby="related" className="no-print mt-12 border-t border-line pt-6">
              <h2 id="related" className="text-2xl font-bold">
                {t("related")}
              </h2>
              <ul className="mt-4 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
                {related.map((p) => (
                  <li key={p.id}>
                    <PracticeCard practice={p} labels={labels} locale={locale} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </Container>
      </PracticeViewerProvider>
    </ClientMessages>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-muted">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}
