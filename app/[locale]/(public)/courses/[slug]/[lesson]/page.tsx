import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { RichContent } from "@/components/content/rich-content";
import { TranslationNotice } from "@/components/content/translation-notice";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { isMembersCopy } from "@/lib/cache/audience";
import { getCourseView, getLessonLearner, getLessonView } from "@/lib/courses/queries";
import { ActionError } from "../../_components/action-error";
import { LessonActions, LessonLearnerProvider, LessonProgress } from "../../_components/lesson-learner";
import { SequenceNav } from "../../_components/sequence-nav";
import "@/components/editor/content.css";
import { CourseBreadcrumbs } from "../../_components/course-breadcrumbs";

type Props = { params: Promise<{ locale: string; slug: string; lesson: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, lesson } = await params;
  const course = await getCourseView(slug, locale);
  const view = course && (await getLessonView(course, lesson, locale));
  return view && course ? { title: `${view.title} · ${course.title}` } : {};
}

/** The learner's strings the page's client part shows (lesson-learner.tsx). */
const LEARNER_MESSAGES = [
  "progressLabel",
  "progressValue",
  "loadingProgress",
  "showProgress",
  "enrolToTrack",
  "enrol",
  "lessonDone",
  "lessonNotDone",
  "markDone",
  "markNotDone",
  "courseComplete",
  "viewCertificate",
].map((key) => `courses.${key}`);

// The reader page: server-rendered HTML, plain forms to enrol and mark the lesson done, links to
// move on; no editor code. Every member reads the same copy from the cache (decision 013: the proxy
// sends a member proven live to app/visitor/[locale]/members/courses/…); the learner's enrolment,
// "done" and progress fill in from the lesson's viewer JSON. A member's own render (a form's error
// in the query) passes them from the server.
export default async function LessonPage({ params, searchParams }: Props) {
  const { locale, slug, lesson: lessonSlug } = await params;
  setRequestLocale(locale);
  // The members' copy renders for no one in particular; else lessons need a member who may learn.
  const user = isMembersCopy() ? null : await requirePagePermission("courses.learn");
  const course = await getCourseView(slug, locale);
  if (!course) notFound();
  const [lesson, { error }, t] = await Promise.all([getLessonView(course, lessonSlug, locale), searchParams, getTranslations("courses")]);
  if (!lesson) notFound();
  const learner = user ? await getLessonLearner(user.id, course, lesson.id) : null;
  const viewer = `/api/courses/${course.slug}/lessons/${lesson.slug}/viewer`;

  return (
    <ClientMessages namespaces={LEARNER_MESSAGES}>
      <LessonLearnerProvider url={viewer} initial={learner}>
        <Container>
          <CourseBreadcrumbs
            trail={[
              { href: "/courses", label: t("title") },
              { href: `/courses/${course.slug}`, label: course.title },
            ]}
          />
          <LessonProgress />
          <article lang={lesson.locale} className="mx-auto max-w-3xl">
            <div lang={locale}>
              <ActionError error={error} />
              <TranslationNotice
                wording="courses.notices"
                locale={locale}
                shown={lesson.locale}
                sourceLocale={course.sourceLocale}
                fallback={lesson.fallback}
                outdated={lesson.outdated}
                sourceHref={`/courses/${course.slug}/${lesson.slug}`}
              />
            </div>
            <header className="mb-6 border-b border-line pb-5">
              <p className="text-sm text-muted" lang={locale}>
                {t("lessonPosition", { n: lesson.index + 1, total: lesson.total })} · {lesson.moduleTitle} ·{" "}
                {t("minutes", { minutes: lesson.minutes })}
                {!lesson.required && ` · ${t("optional")}`}
              </p>
              <h1 className="mt-2 text-3xl font-bold tracking-tight">{lesson.title}</h1>
            </header>
            <RichContent html={lesson.html} />

            <div lang={locale} className="mt-10 rounded-lg border border-line bg-surface p-5">
              <LessonActions courseId={course.id} lessonId={lesson.id} />
            </div>
            <div lang={locale}>
              <SequenceNav previous={lesson.previous} next={lesson.next} />
            </div>
          </article>
        </Container>
      </LessonLearnerProvider>
    </ClientMessages>
  );
}
