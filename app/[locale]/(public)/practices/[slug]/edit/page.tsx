import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { CommentHistory } from "@/components/practices/comment-history";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/layout/page-header";
import { practiceLabels } from "@/components/practices/labels";
import { PracticeStatusBadge } from "@/components/practices/status-badge";
import { requirePagePermission } from "@/lib/auth/guard";
import { countryOptions } from "@/lib/countries";
import { isLocale, type Locale, localeNames } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { availablePracticeTransitions, EDITABLE_STATUSES, statusAfterEdit } from "@/lib/practices/policy";
import { getPracticeForEditing } from "@/lib/practices/queries";
import { PRACTICE_COUNTRIES } from "@/lib/practices/schemas";
import { TARGET_GROUPS, THEMES } from "@/lib/practices/vocabulary";
import { spokenLanguageOptions } from "@/lib/spoken-languages";
import { PracticeEditor } from "./_components/practice-editor";
import { PracticeWorkflow, StartPracticeTranslation } from "./_components/workflow-panel";
import "@/components/editor/content.css";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "practices" });
  return { title: t("editor.title"), robots: { index: false } };
}

/** The authors' editor: their organisation's case studies only (anyone else gets 404). */
export default async function EditPracticePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("practices.write");
  const { lang } = await searchParams;
  const data = await getPracticeForEditing(slug, user, isLocale(lang) ? lang : undefined);
  if (!data) notFound();
  const [t, tc, format, labels] = await Promise.all([
    getTranslations("practices"),
    getTranslations("common"),
    getFormatter(),
    practiceLabels(locale),
  ]);
  const tr = data.translation;
  // Saving first (a published case study becomes a draft), then submitting: offered when the policy allows it.
  const canSubmit = availablePracticeTransitions(user, { ...data, status: statusAfterEdit(data.status) }).includes("submit");
  const open = data.comments.filter((c) => !c.resolved);
  const general = open.filter((c) => c.field === null);
  const countries = countryOptions(locale, tc("otherCountry")).filter((c) => (PRACTICE_COUNTRIES as readonly string[]).includes(c.code));
  return (
    <Container>
      <p className="mb-2 text-sm">
        {data.live ? (
          <Link href={`/practices/${slug}`}>← {t("viewPublished")}</Link>
        ) : (
          <Link href="/practices/mine">← {t("mine.title")}</Link>
        )}
      </p>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <h1 id="editor-heading" className="text-2xl font-bold">
          {t("editor.editingIn", { language: localeNames[data.locale as Locale] })}
        </h1>
        <PracticeStatusBadge status={data.status} live={data.live} />
      </div>
      <nav aria-label={t("editor.languages")} className="mb-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {data.languages.map((l) => (
            <li key={l.locale}>
              <Link
                href={`/practices/${slug}/edit?lang=${l.locale}`}
                aria-current={l.locale === data.locale ? "page" : undefined}
                className="inline-flex items-center gap-1 rounded-md border border-line px-2.5 py-1 no-underline aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50"
              >
                <span lang={l.locale}>{localeNames[l.locale as Locale]}</span>
                <span className="text-xs text-muted">· {l.isSource ? t("translation.source") : t(`translation.${l.state}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {general.length > 0 && (
        <section aria-labelledby="general-comments" className="mb-6 rounded-lg border border-amber-300 bg-accent-100 p-4 text-accent-700">
          <h2 id="general-comments" className="font-semibold">
            {t("editor.changesRequested")}
          </h2>
          <ul className="mt-2 space-y-2 text-sm">
            {general.map((c) => (
              <li key={c.id}>
                <span className="font-semibold">
                  {t("editor.reviewerSays", {
                    name: c.author ?? t("editor.aReviewer"),
                    date: format.dateTime(new Date(c.createdAt), { dateStyle: "medium" }),
                  })}
                </span>{" "}
                <span className="whitespace-pre-line">{c.body}</span>
              </li>
            ))}
          </ul>
          {open.length > general.length && (
            <p className="mt-2 text-sm">{t("editor.moreCommentsBelow", { count: open.length - general.length })}</p>
          )}
        </section>
      )}
      <ClientMessages namespaces={["practices", "editor", "uploads"]}>
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_280px]">
          <div className="min-w-0">
            {tr ? (
              <PracticeEditor
                key={`${data.id}-${data.locale}`}
                practiceId={data.id}
                locale={data.locale}
                uiLocale={locale}
                status={data.status}
                canSubmit={canSubmit}
                initial={{
                  title: tr.title,
                  summary: tr.summary,
                  story: tr.story,
                  resources: tr.resources,
                  steps: tr.steps,
                  results: tr.results,
                  lessons: tr.lessons,
                  version: tr.version,
                }}
                facts={data.isSource ? data.facts : null}
                comments={open.filter((c) => c.field !== null)}
                options={{
                  countries,
                  themes: THEMES.map((v) => ({ value: v, label: labels.theme(v) })),
                  groups: TARGET_GROUPS.map((v) => ({ value: v, label: labels.group(v) })),
                  languages: spokenLanguageOptions(locale).map((l) => ({ value: l.code, label: l.name })),
                }}
              />
            ) : (EDITABLE_STATUSES as readonly string[]).includes(data.status) ? (
              <StartPracticeTranslation practiceId={data.id} locale={data.locale} language={localeNames[data.locale as Locale]} />
            ) : (
              // Under review or archived, the service refuses a new translation: say why instead of offering it.
              <Alert tone="info">{data.status === "IN_REVIEW" ? t("editor.lockedInReview") : t("editor.lockedArchived")}</Alert>
            )}
          </div>
          <aside className="space-y-4">
            <PracticeWorkflow practiceId={data.id} status={data.status} transitions={availablePracticeTransitions(user, data)} />
            <CommentHistory comments={data.comments} />
          </aside>
        </div>
      </ClientMessages>
    </Container>
  );
}
