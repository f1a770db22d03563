import { Check, X } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/guard";
import { startAttemptAction } from "@/lib/courses/actions";
import { getAttemptReview, getCourseView, getLearnerState, getQuizView } from "@/lib/courses/queries";
import { Link } from "@/lib/i18n/navigation";
import { CourseBreadcrumbs } from "../../../../../_components/course-breadcrumbs";

type Props = { params: Promise<{ locale: string; slug: string; quizId: string; number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses.quiz" });
  return { title: t("reviewTitle"), robots: { index: false } };
}

export default async function AttemptReviewPage({ params }: Props) {
  const { locale, slug, quizId, number } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("courses.learn");
  const n = Number(number);
  if (!Number.isInteger(n) || n < 1 || n > 1000) notFound();
  const course = await getCourseView(slug, locale);
  if (!course) notFound();
  const [review, quiz, state, t, tc, format] = await Promise.all([
    getAttemptReview(course, quizId, n, user.id, locale),
    getQuizView(course, quizId, user.id, locale),
    getLearnerState(user.id, course),
    getTranslations("courses"),
    getTranslations("common"),
    getFormatter(),
  ]);
  if (!review || !quiz) notFound();
  const base = `/courses/${course.slug}/quizzes/${quizId}`;
  const foreign = course.locale !== locale ? course.locale : undefined;
  const canRetry = !quiz.passed && !quiz.open && (quiz.attemptsLeft === null || quiz.attemptsLeft > 0);

  return (
    <Container>
      <CourseBreadcrumbs
        trail={[
          { href: `/courses/${course.slug}`, label: course.title },
          { href: base, label: t("quizTitle", { module: quiz.title }) },
        ]}
      />
      <div className="mx-auto max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{t("quiz.reviewHeading", { n: review.number })}</h1>
        <Alert tone={review.passed ? "success" : "warning"} className="mt-4">
          <p className="text-base font-semibold">
            {review.passed ? t("quiz.youPassed") : t("quiz.youFailed")}{" "}
            {t("quiz.scoreLine", {
              correct: review.correct,
              total: review.total,
              score: format.number(review.score / 100, { style: "percent" }),
              passMark: format.number(quiz.passMark / 100, { style: "percent" }),
            })}
          </p>
          {!review.passed && !review.revealed && <p className="mt-1">{t("quiz.notRevealed")}</p>}
        </Alert>

        <div className="mt-6 flex flex-wrap gap-3">
          {state.certificate && !state.certificate.revoked && (
            <Link href={`/certificates/${state.certificate.code}`} className={buttonClasses("primary")}>
              {t("viewCertificate")}
            </Link>
          )}
          {canRetry && (
            <form action={startAttemptAction}>
              <input type="hidden" name="quizId" value={quizId} />
              <button type="submit" className={buttonClasses(state.certificate ? "secondary" : "primary")}>
                {t("quiz.tryAgain")}
              </button>
            </form>
          )}
          {quiz.next && (
            <Link href={quiz.next.href} className={buttonClasses("secondary")}>
              {tc("term", { label: t("next") })} {quiz.next.kind === "quiz" ? t("quizTitle", { module: quiz.next.title }) : quiz.next.title}
            </Link>
          )}
          <Link href={`/courses/${course.slug}`} className={buttonClasses("secondary")}>
            {t("backToCourse")}
          </Link>
        </div>

        <ol className="mt-8 space-y-6">
          {review.questions.map((q, i) => (
            <li key={q.id} className="rounded-lg border border-line p-4">
              <h2 className="font-semibold">
                <span className="text-muted">{t("quiz.questionN", { n: i + 1, total: review.questions.length })}: </span>
                <span lang={foreign}>{q.prompt}</span>
              </h2>
              <p className={`mt-1 text-sm font-medium ${q.right ? "text-success" : "text-danger"}`}>
                {q.right ? t("quiz.right") : t("quiz.wrong")}
              </p>
              <ul className="mt-3 space-y-2">
                {q.choices.map((c) => (
                  <li key={c.id} className={`rounded-md border p-3 ${c.chosen ? "border-brand-600 bg-brand-50" : "border-line"}`}>
                    <div className="flex items-start gap-2">
                      {c.correct === true ? (
                        <Check aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0 text-success" />
                      ) : c.correct === false ? (
                        <X aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0 text-danger" />
                      ) : (
                        <span aria-hidden="true" className="w-4 shrink-0" />
                      )}
                      <div>
                        <p lang={foreign}>
                          {c.text}
                          {c.chosen && <span className="ml-2 text-sm font-medium text-brand-800">({t("quiz.yourAnswer")})</span>}
                          {c.correct === true && <span className="sr-only"> — {t("quiz.rightAnswer")}</span>}
                        </p>
                        {c.feedback && (
                          <p className="mt-1 text-sm text-muted" lang={foreign}>
                            {c.feedback}
                          </p>
                        )}
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </div>
    </Container>
  );
}
