import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/guard";
import { enrolAction, startAttemptAction } from "@/lib/courses/actions";
import { getCourseView, getLearnerState, getQuizView } from "@/lib/courses/queries";
import { Link } from "@/lib/i18n/navigation";
import { ActionError } from "../../../_components/action-error";
import { QuizForm } from "../../../_components/quiz-form";
import { SequenceNav } from "../../../_components/sequence-nav";
import { CourseBreadcrumbs } from "../../../_components/course-breadcrumbs";

type Props = { params: Promise<{ locale: string; slug: string; quizId: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const [course, t] = await Promise.all([getCourseView(slug, locale), getTranslations({ locale, namespace: "courses" })]);
  return course ? { title: `${t("quiz.title")} · ${course.title}`, robots: { index: false } } : {};
}

export default async function QuizPage({ params, searchParams }: Props) {
  const { locale, slug, quizId } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("courses.learn");
  const course = await getCourseView(slug, locale);
  if (!course) notFound();
  const [quiz, state, { error }, t, format] = await Promise.all([
    getQuizView(course, quizId, user.id, locale),
    getLearnerState(user.id, course),
    searchParams,
    getTranslations("courses"),
    getFormatter(),
  ]);
  if (!quiz) notFound();
  const base = `/courses/${course.slug}/quizzes/${quiz.id}`;
  const foreign = course.locale !== locale ? course.locale : undefined;

  return (
    <Container>
      <CourseBreadcrumbs
        trail={[
          { href: "/courses", label: t("title") },
          { href: `/courses/${course.slug}`, label: course.title },
        ]}
      />
      <div className="mx-auto max-w-3xl">
        <header className="mb-6 border-b border-line pb-5">
          <h1 className="text-3xl font-bold tracking-tight">{t("quizTitle", { module: quiz.title })}</h1>
          <p className="mt-2 text-muted">
            {t("quizFacts", { questions: quiz.questions, passMark: quiz.passMark })} ·{" "}
            {quiz.maxAttempts === null ? t("quiz.unlimited") : t("quiz.attemptsAllowed", { count: quiz.maxAttempts })}
          </p>
        </header>
        <ActionError error={error} />

        {quiz.attempts.length > 0 && (
          <section aria-labelledby="attempts" className="mb-8">
            <h2 id="attempts" className="text-lg font-semibold">
              {t("quiz.yourAttempts")}
            </h2>
            <table className="mt-3 w-full text-left text-sm">
              <thead className="border-b border-line text-muted">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("quiz.attempt")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("quiz.score")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("quiz.result")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("quiz.submitted")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {quiz.attempts.map((a) => (
                  <tr key={a.number} className="border-b border-line">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <Link href={`${base}/attempts/${a.number}`}>{t("quiz.attemptN", { n: a.number })}</Link>
                    </th>
                    <td className="py-2 pr-3">{format.number((a.score ?? 0) / 100, { style: "percent" })}</td>
                    <td className={`py-2 pr-3 font-medium ${a.passed ? "text-success" : "text-danger"}`}>
                      {a.passed ? t("passed") : t("quiz.failed")}
                    </td>
                    <td className="py-2">
                      {a.submittedAt ? format.dateTime(a.submittedAt, { dateStyle: "medium", timeStyle: "short" }) : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}

        {!state.enrolled ? (
          <form action={enrolAction} className="rounded-lg border border-line bg-surface p-5">
            <p className="mb-3">{t("enrolToTrack")}</p>
            <input type="hidden" name="courseId" value={course.id} />
            <button type="submit" className={buttonClasses("primary", "sm")}>
              {t("enrol")}
            </button>
          </form>
        ) : quiz.open ? (
          <section aria-labelledby="attempt-heading">
            <h2 id="attempt-heading" className="mb-4 text-xl font-semibold">
              {t("quiz.attemptN", { n: quiz.open.number })}
            </h2>
            <ClientMessages namespaces={["courses.quiz", "courses.errors"]}>
              <QuizForm attemptId={quiz.open.id} questions={quiz.open.questions} reviewPath={`${base}/attempts`} lang={foreign} />
            </ClientMessages>
          </section>
        ) : quiz.passed ? (
          <Alert tone="success">{t("quiz.alreadyPassed")}</Alert>
        ) : quiz.attemptsLeft === 0 ? (
          <Alert tone="warning">{t("quiz.noAttemptsLeft")}</Alert>
        ) : (
          <form action={startAttemptAction} className="rounded-lg border border-line bg-surface p-5">
            <p className="mb-3">
              {quiz.attemptsLeft === null ? t("quiz.startLead") : t("quiz.startLeadLimited", { count: quiz.attemptsLeft })}
            </p>
            <input type="hidden" name="quizId" value={quiz.id} />
            <button type="submit" className={buttonClasses("primary")}>
              {quiz.attempts.length === 0 ? t("quiz.start") : t("quiz.tryAgain")}
            </button>
          </form>
        )}
        <SequenceNav previous={quiz.previous} next={quiz.next} />
      </div>
    </Container>
  );
}
