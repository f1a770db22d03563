import { CheckCircle2, Circle, ClipboardCheck } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CourseFacts } from "@/components/courses/course-facts";
import { ProgressBar } from "@/components/courses/progress-bar";
import { TranslationNotice } from "@/components/courses/translation-notice";
import { Container } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { can, getCurrentUser } from "@/lib/auth/guard";
import { enrolAction } from "@/lib/courses/actions";
import { getCourseView, getLearnerState, type LearnerState } from "@/lib/courses/queries";
import { Link } from "@/lib/i18n/navigation";
import { ActionError } from "../_components/action-error";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const course = await getCourseView(slug, locale);
  return course ? { title: course.title, description: course.summary || undefined } : {};
}

export default async function CoursePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [course, user, { error }] = await Promise.all([getCourseView(slug, locale), getCurrentUser(), searchParams]);
  if (!course) notFound();
  const [t, format] = await Promise.all([getTranslations("courses"), getFormatter()]);
  const learner = can(user, "courses.learn");
  const state: LearnerState | null = user && learner ? await getLearnerState(user.id, course) : null;
  const done = new Set([...(state?.done ?? []), ...(state?.passed ?? [])]);
  const foreign = course.locale !== locale ? course.locale : undefined;

  return (
    <Container>
      <nav aria-label={t("breadcrumbs")} className="mb-6 text-sm">
        <Link href="/courses">← {t("title")}</Link>
      </nav>
      <div className="grid gap-10 lg:grid-cols-[1fr_300px]">
        <article className="min-w-0">
          <header className="mb-6 border-b border-line pb-6" lang={foreign}>
            {course.coverUrl && (
              // biome-ignore lint/performance/noImgElement: an uploaded file served by /api/files
              <img src={course.coverUrl} alt="" className="mb-6 max-h-64 w-full rounded-lg object-cover" />
            )}
            <h1 className="text-3xl font-bold tracking-tight md:text-4xl">{course.title}</h1>
            {course.summary && <p className="mt-3 text-lg text-muted">{course.summary}</p>}
            <div className="mt-4" lang={locale}>
              <CourseFacts topic={course.topic} level={course.level} minutes={course.minutes} languages={course.languages} />
            </div>
            {can(user, "courses.edit") && (
              <p className="mt-3 text-sm" lang={locale}>
                <Link href={`/courses/${course.slug}/edit`}>{t("authoring.edit")}</Link>
              </p>
            )}
          </header>
          <ActionError error={error} />
          <TranslationNotice
            locale={locale}
            shown={course.locale}
            sourceLocale={course.sourceLocale}
            fallback={course.fallback}
            outdated={course.outdated}
            sourceHref={`/courses/${course.slug}`}
          />
          {course.outcomes.length > 0 && (
            <section aria-labelledby="outcomes" className="mb-8">
              <h2 id="outcomes" className="text-xl font-semibold">
                {t("outcomes")}
              </h2>
              <ul className="mt-3 list-disc space-y-1 pl-6" lang={foreign}>
                {course.outcomes.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="outline">
            <h2 id="outline" className="text-xl font-semibold">
              {t("outline")}
            </h2>
            <ol className="mt-4 space-y-6">
              {course.modules.map((m, i) => (
                <li key={m.id} className="rounded-lg border border-line">
                  <h3 className="border-b border-line bg-surface px-4 py-3 font-semibold">
                    <span className="text-muted">{t("moduleN", { n: i + 1 })} · </span>
                    <span lang={m.titleLocale !== locale ? m.titleLocale : undefined}>{m.title}</span>
                  </h3>
                  <ol className="divide-y divide-line">
                    {m.items.map((item) => {
                      const isDone = done.has(item.id);
                      const Icon = item.kind === "quiz" ? ClipboardCheck : isDone ? CheckCircle2 : Circle;
                      return (
                        <li key={item.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
                          <Icon aria-hidden="true" className={`h-5 w-5 shrink-0 ${isDone ? "text-success" : "text-muted"}`} />
                          <div className="min-w-0 flex-1">
                            {state?.enrolled || item.kind === "lesson" ? (
                              <Link href={item.href} className="font-medium">
                                {item.kind === "quiz" ? t("quizTitle", { module: item.title }) : item.title}
                              </Link>
                            ) : (
                              <span className="font-medium">{t("quizTitle", { module: item.title })}</span>
                            )}
                            <p className="text-sm text-muted">
                              {item.kind === "lesson"
                                ? [t("minutes", { minutes: item.minutes }), item.required ? null : t("optional")]
                                    .filter(Boolean)
                                    .join(" · ")
                                : t("quizFacts", { questions: item.questions, passMark: item.passMark })}
                            </p>
                          </div>
                          {state?.enrolled && (
                            <span className={`text-sm ${isDone ? "font-medium text-success" : "text-muted"}`}>
                              {isDone ? (item.kind === "quiz" ? t("passed") : t("done")) : t("notDone")}
                            </span>
                          )}
                        </li>
                      );
                    })}
                  </ol>
                </li>
              ))}
            </ol>
          </section>
        </article>

        <aside className="order-first space-y-4 lg:order-none" aria-labelledby="your-progress">
          <div className="rounded-lg border border-line p-4 lg:sticky lg:top-4">
            <h2 id="your-progress" className="font-semibold">
              {t("yourProgress")}
            </h2>
            {!user ? (
              <div className="mt-3 space-y-3 text-sm">
                <p>{t("loginToEnrol")}</p>
                <Link href="/login" className={buttonClasses("primary", "sm")}>
                  {t("loginButton")}
                </Link>
              </div>
            ) : !state?.enrolled ? (
              <form action={enrolAction} className="mt-3 space-y-3">
                <p className="text-sm text-muted">{t("enrolLead")}</p>
                <input type="hidden" name="courseId" value={course.id} />
                <button type="submit" className={buttonClasses("primary")}>
                  {t("enrol")}
                </button>
              </form>
            ) : (
              <div className="mt-3 space-y-4">
                <ProgressBar
                  percent={state.progress.percent}
                  label={t("progressLabel")}
                  valueText={t("progressValue", {
                    done: state.progress.done,
                    total: state.progress.total,
                    percent: state.progress.percent,
                  })}
                />
                {state.completedAt && (
                  <Alert tone="success">{t("completedOn", { date: format.dateTime(state.completedAt, { dateStyle: "long" }) })}</Alert>
                )}
                {state.certificate && !state.certificate.revoked && (
                  <Link href={`/certificates/${state.certificate.code}`} className={buttonClasses("primary", "sm")}>
                    {t("viewCertificate")}
                  </Link>
                )}
                {state.resume && (
                  <Link href={state.resume.href} className={buttonClasses(state.completedAt ? "secondary" : "primary", "sm")}>
                    {state.progress.done === 0 ? t("start") : t("continue")}
                  </Link>
                )}
              </div>
            )}
          </div>
        </aside>
      </div>
    </Container>
  );
}
