import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CourseFacts } from "@/components/courses/course-facts";
import { Container } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { requirePagePermission } from "@/lib/auth/guard";
import { getCourseView } from "@/lib/courses/queries";
import { isLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses.authoring" });
  return { title: t("preview"), robots: { index: false } };
}

/** The course as a learner will see it once published: the working copies, in one language. */
export default async function PreviewCoursePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requirePagePermission("courses.edit");
  const { lang } = await searchParams;
  const contentLocale = isLocale(lang) ? lang : locale;
  const course = await getCourseView(slug, contentLocale, true);
  if (!course) notFound();
  const t = await getTranslations("courses");
  return (
    <Container>
      <Alert tone="warning" className="mb-6">
        {t("authoring.previewBanner")} <Link href={`/courses/${slug}/edit?lang=${contentLocale}`}>{t("authoring.backToEditor")}</Link>
      </Alert>
      <article lang={course.locale}>
        <h1 className="text-3xl font-bold tracking-tight">{course.title}</h1>
        {course.summary && <p className="mt-3 text-lg text-muted">{course.summary}</p>}
        <div className="mt-4" lang={locale}>
          <CourseFacts topic={course.topic} level={course.level} minutes={course.minutes} languages={course.languages} />
        </div>
        {course.outcomes.length > 0 && (
          <ul className="mt-6 list-disc space-y-1 pl-6">
            {course.outcomes.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        )}
        <ol className="mt-8 space-y-4">
          {course.modules.map((m, i) => (
            <li key={m.id} className="rounded-lg border border-line p-4">
              <h2 className="font-semibold">
                {t("moduleN", { n: i + 1 })} · {m.title}
              </h2>
              <ol className="mt-2 list-decimal space-y-1 pl-6">
                {m.items.map((item) => (
                  <li key={item.id}>
                    {item.kind === "lesson" ? (
                      <Link href={`${item.href}?lang=${contentLocale}`}>{item.title}</Link>
                    ) : (
                      t("quizFacts", { questions: item.questions, passMark: item.passMark })
                    )}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </article>
    </Container>
  );
}
