import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CourseFacts } from "@/components/courses/course-facts";
import { TranslationNotice } from "@/components/content/translation-notice";
import { ClientMessages } from "@/components/layout/client-messages";
import { Can } from "@/components/layout/member";
import { Container } from "@/components/layout/page-header";
import { can, getCurrentUser } from "@/lib/auth/guard";
import { getCourseLearner, getCourseView } from "@/lib/courses/queries";
import { Link } from "@/lib/i18n/navigation";
import { ActionError } from "../_components/action-error";
import { CourseLearnerProvider, CourseProgressPanel, OutlineItem } from "../_components/course-learner";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const course = await getCourseView(slug, locale);
  return course ? { title: course.title, description: course.summary || undefined } : {};
}

/** The learner's strings the page's client part shows (course-learner.tsx). */
const LEARNER_MESSAGES = [
  "passed",
  "done",
  "notDone",
  "loginToEnrol",
  "loginButton",
  "enrolLead",
  "enrol",
  "progressLabel",
  "progressValue",
  "completedOn",
  "viewCertificate",
  "start",
  "continue",
].map((key) => `courses.${key}`);

// The same page for everyone, from the cache (decision 011; members too, decision 013): the outline
// and the course's text. What a learner has done, their progress and where to go on are islands fed
// from GET /api/courses/:slug/viewer — or from the server on a member's own render (a form's error
// in the query), where `getCurrentUser()` finds them; in the cached copy it finds no one.
export default async function CoursePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [course, user, { error }] = await Promise.all([getCourseView(slug, locale), getCurrentUser(), searchParams]);
  if (!course) notFound();
  const t = await getTranslations("courses");
  const learner = user && can(user, "courses.learn") ? await getCourseLearner(user.id, course) : null;
  const foreign = course.locale !== locale ? course.locale : undefined;

  return (
    <ClientMessages namespaces={LEARNER_MESSAGES}>
      <CourseLearnerProvider url={`/api/courses/${course.slug}/viewer`} initial={learner}>
        <Container>
          <nav aria-label={t("breadcrumbs")} className="mb-6 text-sm">
            <Link href="/courses">← {t("title")}</Link>
          </nav>
          <div className="grid gap-10 lg:grid-cols-[1fr_300px]">
            <article className="min-w-0">
              <TranslationNotice
                wording="courses.notices"
                locale={locale}
                shown={course.locale}
                sourceLocale={course.sourceLocale}
                fallback={course.fallback}
                outdated={course.outdated}
                sourceHref={`/courses/${course.slug}`}
              />
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
                <Can permission="courses.edit">
                  <p className="mt-3 text-sm" lang={locale}>
                    <Link href={`/courses/${course.slug}/edit`}>{t("authoring.edit")}</Link>
                  </p>
                </Can>
              </header>
              <ActionError error={error} />
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
                        {m.items.map((item) => (
                          <li key={item.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
                            <OutlineItem
                              item={{
                                kind: item.kind,
                                id: item.id,
                                href: item.href,
                                title: item.kind === "quiz" ? t("quizTitle", { module: item.title }) : item.title,
                              }}
                              facts={
                                item.kind === "lesson"
                                  ? [t("minutes", { minutes: item.minutes }), item.required ? null : t("optional")]
                                      .filter(Boolean)
                                      .join(" · ")
                                  : t("quizFacts", { questions: item.questions, passMark: item.passMark })
                              }
                            />
                          </li>
                        ))}
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
                <CourseProgressPanel courseId={course.id} />
              </div>
            </aside>
          </div>
        </Container>
      </CourseLearnerProvider>
    </ClientMessages>
  );
}
