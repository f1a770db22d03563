import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { requirePagePermission } from "@/lib/auth/guard";
import { getQuizForEditing } from "@/lib/courses/authoring-queries";
import { isLocale, type Locale, localeNames } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { QuestionEditor } from "../../_components/question-editor";
import { QuizSettingsForm } from "../../_components/quiz-settings-form";

type Props = { params: Promise<{ locale: string; slug: string; quizId: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses.authoring" });
  return { title: t("editQuizTitle"), robots: { index: false } };
}

export default async function EditQuizPage({ params, searchParams }: Props) {
  const { locale, slug, quizId } = await params;
  setRequestLocale(locale);
  await requirePagePermission("courses.edit");
  const { lang } = await searchParams;
  const quiz = await getQuizForEditing(slug, quizId, isLocale(lang) ? lang : undefined);
  if (!quiz) notFound();
  const t = await getTranslations("courses");
  return (
    <Container>
      <p className="mb-2 text-sm">
        <Link href={`/courses/${slug}/edit?lang=${quiz.locale}`}>← {t("authoring.backToCourse")}</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t("quizTitle", { module: quiz.title })}</h1>
      <p className="mb-6 text-muted">{t("authoring.editingIn", { language: localeNames[quiz.locale as Locale] })}</p>
      {quiz.attempts > 0 && (
        <Alert tone="warning" className="mb-6">
          {t("authoring.quizHasAttempts", { count: quiz.attempts })}
        </Alert>
      )}
      {!quiz.isSource && (
        <Alert className="mb-6">{t("authoring.translatingQuiz", { language: localeNames[quiz.course.sourceLocale as Locale] })}</Alert>
      )}
      <ClientMessages namespaces={["courses"]}>
        <div className="grid gap-8 lg:grid-cols-[1fr_280px]">
          <div className="min-w-0 space-y-5">
            {quiz.questions.length === 0 && <p className="text-muted">{t("authoring.noQuestions")}</p>}
            {quiz.questions.map((q, i) => (
              <QuestionEditor
                key={`${q.id}-${quiz.locale}-${JSON.stringify(q)}`}
                quizId={quiz.id}
                locale={quiz.locale}
                isSource={quiz.isSource}
                question={q}
                index={i}
                total={quiz.questions.length}
              />
            ))}
            {quiz.isSource && (
              <QuestionEditor
                quizId={quiz.id}
                locale={quiz.locale}
                isSource
                index={quiz.questions.length}
                total={quiz.questions.length + 1}
              />
            )}
          </div>
          <aside className="space-y-4">
            <div className="rounded-lg border border-line p-4">
              <QuizSettingsForm quizId={quiz.id} initial={{ passMark: quiz.passMark, maxAttempts: quiz.maxAttempts }} />
            </div>
          </aside>
        </div>
      </ClientMessages>
    </Container>
  );
}
