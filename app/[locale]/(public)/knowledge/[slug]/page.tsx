import { RichContent } from "@/components/content/rich-content";
import { AlsoIn } from "@/components/content/also-in";
import { TranslationNotice } from "@/components/content/translation-notice";
import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Can } from "@/components/layout/member";
import { Container } from "@/components/layout/page-header";
import { LanguageBadge } from "@/components/ui/language-badge";
import { Link } from "@/lib/i18n/navigation";
import { getPageForReading } from "@/lib/knowledge/queries";
import { sectionSlug } from "@/lib/knowledge/schemas";
import "@/components/editor/content.css";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = await getPageForReading(slug, locale);
  if (!page) return {};
  return { title: page.title, description: page.summary || undefined };
}

export default async function KnowledgeReadingPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  // The same page for everyone (decision 013): it reads nothing about the person.
  const page = await getPageForReading(slug, locale);
  if (!page) notFound();
  const [t, tc, format] = await Promise.all([getTranslations("knowledge"), getTranslations("common"), getFormatter()]);
  return (
    <Container>
      <nav aria-label={t("breadcrumbs")} className="mb-6 text-sm">
        <ol className="flex flex-wrap items-center gap-1 text-muted">
          <li>
            <Link href="/knowledge">{t("title")}</Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={`/knowledge#${sectionSlug(page.section)}`}>{t(`sections.${page.section}.title`)}</Link>
          </li>
          {page.breadcrumbs.map((b) => (
            <li key={b.slug} className="flex items-center gap-1">
              <span aria-hidden="true">/</span>
              <Link href={`/knowledge/${b.slug}`}>{b.title}</Link>
            </li>
          ))}
        </ol>
      </nav>
      <div className="grid gap-10 lg:grid-cols-[1fr_260px]">
        <article lang={page.locale} className="min-w-0">
          <TranslationNotice
            wording="knowledge"
            locale={locale}
            shown={page.locale}
            sourceLocale={page.sourceLocale}
            fallback={page.fallback}
            outdated={page.outdated}
            sourceHref={`/knowledge/${page.slug}`}
          />
          <header className="mb-6 border-b border-line pb-6">
            <h1 className="text-3xl font-bold tracking-tight md:text-4xl">{page.title}</h1>
            {page.summary && <p className="mt-3 text-lg text-muted">{page.summary}</p>}
            <p className="mt-4 text-sm text-muted">
              {t("lastUpdated", { date: format.dateTime(page.updatedAt, { dateStyle: "long" }) })} ·{" "}
              {t("readingTime", { minutes: page.readingMinutes })}
            </p>
            <div className="no-print mt-3 flex flex-wrap gap-4 text-sm">
              <Link href={`/knowledge/${page.slug}/print`}>{t("printView")}</Link>
              {/* lib/knowledge/policy.ts: mayEdit and mayViewHistory are this permission; both pages check it. */}
              <Can permission="knowledge.edit">
                <Link href={`/knowledge/${page.slug}/edit?lang=${locale}`}>{t("edit")}</Link>
                <Link href={`/knowledge/${page.slug}/history?lang=${page.locale}`}>{t("history")}</Link>
              </Can>
            </div>
          </header>
          <RichContent html={page.html} />
          {page.children.length > 0 && (
            <section aria-labelledby="children" className="mt-10 border-t border-line pt-6">
              <h2 id="children" className="text-xl font-semibold">
                {t("inThisSection")}
              </h2>
              <ul className="mt-3 space-y-3">
                {page.children.map((c) => (
                  <li key={c.slug} lang={c.locale}>
                    <Link href={`/knowledge/${c.slug}`} className="font-medium">
                      {c.title}
                    </Link>
                    {c.locale !== locale && (
                      <>
                        {" "}
                        <span lang={locale}>
                          <LanguageBadge locale={c.locale} label={tc("contentLanguage")} />
                        </span>
                      </>
                    )}
                    {c.summary && <p className="text-sm text-muted">{c.summary}</p>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </article>
        <aside className="no-print order-first lg:order-none">
          {page.headings.length > 1 && (
            <nav aria-labelledby="toc" className="rounded-lg border border-line p-4 lg:sticky lg:top-4">
              <h2 id="toc" className="text-sm font-semibold uppercase tracking-wide text-muted">
                {t("contents")}
              </h2>
              <ol className="mt-2 space-y-1 text-sm">
                {page.headings.map((h) => (
                  <li key={h.id} className={h.level === 3 ? "ml-3" : h.level === 4 ? "ml-6" : ""}>
                    <a href={`#${h.id}`}>{h.text}</a>
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <AlsoIn wording="knowledge" href={`/knowledge/${page.slug}`} locales={page.availableLocales} current={locale} className="mt-4" />
        </aside>
      </div>
    </Container>
  );
}
