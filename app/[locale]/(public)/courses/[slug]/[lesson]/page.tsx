import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ProgressBar } from "@/components/courses/progress-bar";
import { TranslationNotice } from "@/components/courses/translation-notice";
import { Container } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/guard";
import { enrolAction, markLessonDoneAction } from "@/lib/courses/actions";
import { getCourseView, getLearnerState, getLessonView } from "@/lib/courses/queries";
import { Link } from "@/lib/i18n/navigation";
import { ActionError } from "../../_components/action-error";
import { SequenceNav } from "../../_components/sequence-nav";
import "@/components/editor/content.css";

type Props = { params: Promise<{ locale: string; slug: string; lesson: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, lesson } = await params;
  const course = await getCourseView(slug, locale);
  const view = course && (await getLessonView(course, lesson, locale));
  return view && course ? { title: `${view.title} · ${course.title}` } : {};
}

// The reader page: server-rendered HTML, a plain form to mark the lesson done, links to move on.
// No editor code and no client component of its own (see docs/performance.md).
export default async function LessonPage({ params, searchParams }: Props) {
  const { locale, slug, lesson: lessonSlug } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("courses.learn");
  const course = await getCourseView(slug, locale);
  if (!course) notFound();
  const [lesson, state, { error }, t] = await Promise.all([
    getLessonView(course, lessonSlug, locale),
    getLearnerState(user.id, course),
    searchParams,
    getTranslations("courses"),
  ]);
  if (!lesson) notFound();
  const isDone = state.done.includes(lesson.id);

  return (
    <Container>
      <nav aria-label={t("breadcrumbs")} className="mb-4 text-sm">
        <ol className="flex flex-wrap items-center gap-1 text-muted">
          <li>
            <Link href="/courses">{t("title")}</Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={`/courses/${course.slug}`}>{course.title}</Link>
          </li>
        </ol>
      </nav>
      {state.enrolled && (
        <ProgressBar
          className="mb-6"
          percent={state.progress.percent}
          label={t("progressLabel")}
          valueText={t("progressValue", { done: state.progress.done, total: state.progress.total, percent: state.progress.percent })}
        />
      )}
      <article lang={lesson.locale} className="mx-auto max-w-3xl">
        <header className="mb-6 border-b border-line pb-5">
          <p className="text-sm text-muted" lang={locale}>
            {t("lessonPosition", { n: lesson.index + 1, total: lesson.total })} · {lesson.moduleTitle} ·{" "}
            {t("minutes", { minutes: lesson.minutes })}
            {!lesson.required && ` · ${t("optional")}`}
          </p>
          <h1 className="mt-2 text-3xl font-bold tracking-tight">{lesson.title}</h1>
        </header>
        <div lang={locale}>
          <ActionError error={error} />
          <TranslationNotice
            locale={locale}
            shown={lesson.locale}
            sourceLocale={course.sourceLocale}
            fallback={lesson.fallback}
            outdated={lesson.outdated}
            sourceHref={`/courses/${course.slug}/${lesson.slug}`}
          />
        </div>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: rendered from validated JSON and sanitised with an allowlist when published (lib/rich-text) */}
        <div className="rich-content" dangerouslySetInnerHTML={{ __html: lesson.html }} />

        <div lang={locale} className="mt-10 rounded-lg border border-line bg-surface p-5">
          {!state.enrolled ? (
            <form action={enrolAction} className="flex flex-wrap items-center justify-between gap-3">
              <p>{t("enrolToTrack")}</p>
              <input type="hidden" name="courseId" value={course.id} />
              <button type="submit" className={buttonClasses("primary", "sm")}>
                {t("enrol")}
              </button>
            </form>
          ) : (
            <form action={markLessonDoneAction} className="flex flex-wrap items-center justify-between gap-3">
              <input type="hidden" name="lessonId" value={lesson.id} />
              <input type="hidden" name="done" value={isDone ? "false" : "true"} />
              <p role="status" className={isDone ? "font-medium text-success" : ""}>
                {isDone ? t("lessonDone") : t("lessonNotDone")}
              </p>
              <button type="submit" className={buttonClasses(isDone ? "secondary" : "primary", "sm")}>
                {isDone ? t("markNotDone") : t("markDone")}
              </button>
            </form>
          )}
          {state.completedAt && state.certificate && !state.certificate.revoked && (
            <Alert tone="success" className="mt-4">
              {t("courseComplete")} <Link href={`/certificates/${state.certificate.code}`}>{t("viewCertificate")}</Link>
            </Alert>
          )}
        </div>
        <div lang={locale}>
          <SequenceNav previous={lesson.previous} next={lesson.next} />
        </div>
      </article>
    </Container>
  );
}
