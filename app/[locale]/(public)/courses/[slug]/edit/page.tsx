import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CourseStatusBadge } from "@/components/courses/status-badge";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { courseWorkflow } from "@/lib/courses/policy";
import { getCourseForEditing } from "@/lib/courses/authoring-queries";
import { isLocale, type Locale, localeNames } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { CourseSettingsForm } from "./_components/course-settings-form";
import { CourseTextForm } from "./_components/course-text-form";
import { LanguageTabs } from "./_components/language-tabs";
import { OutlineEditor } from "./_components/outline-editor";
import { StartTranslation } from "./_components/start-translation";
import { WorkflowPanel } from "./_components/workflow-panel";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses.authoring" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditCoursePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("courses.edit");
  const { lang } = await searchParams;
  const course = await getCourseForEditing(slug, isLocale(lang) ? lang : undefined);
  if (!course) notFound();
  const [t, format] = await Promise.all([getTranslations("courses"), getFormatter()]);
  const editLocale = course.locale;
  const isSource = editLocale === course.sourceLocale;
  return (
    <Container>
      <p className="mb-2 text-sm">
        {course.live ? <Link href={`/courses/${slug}`}>← {t("authoring.viewCourse")}</Link> : <Link href="/courses">← {t("title")}</Link>}
      </p>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t("authoring.editingIn", { language: localeNames[editLocale as Locale] })}</h1>
        <CourseStatusBadge status={course.status} live={course.live} />
      </div>
      <LanguageTabs label={t("authoring.languages")} base={`/courses/${slug}/edit`} current={editLocale} languages={course.languages} />
      <ClientMessages namespaces={["courses", "editor"]}>
        <div className="grid gap-8 lg:grid-cols-[1fr_300px]">
          <div className="min-w-0 space-y-10">
            <section aria-labelledby="course-text">
              <h2 id="course-text" className="mb-3 text-xl font-semibold">
                {t("authoring.courseText")}
              </h2>
              {course.translation ? (
                <CourseTextForm
                  key={`${editLocale}-${course.translation.version}`}
                  courseId={course.id}
                  locale={editLocale}
                  initial={course.translation}
                />
              ) : (
                <StartTranslation courseId={course.id} locale={editLocale} language={localeNames[editLocale as Locale]} />
              )}
            </section>
            <OutlineEditor courseId={course.id} courseSlug={slug} locale={editLocale} isSource={isSource} modules={course.modules} />
          </div>
          <aside className="space-y-4">
            <WorkflowPanel
              courseId={course.id}
              status={course.status}
              transitions={courseWorkflow.available(user, course.status)}
              changed={
                course.statusChangedAt
                  ? t("workflow.changed", {
                      date: format.dateTime(course.statusChangedAt, { dateStyle: "medium", timeStyle: "short" }),
                      name: course.statusChangedBy ?? "—",
                    })
                  : null
              }
            />
            <p className="text-sm">
              <Link href={`/courses/${slug}/edit/preview?lang=${editLocale}`}>{t("authoring.preview")}</Link>
            </p>
            <div className="rounded-lg border border-line p-4">
              <CourseSettingsForm
                courseId={course.id}
                uiLocale={locale}
                initial={{ topic: course.topic, level: course.level, coverId: course.coverId, coverUrl: course.coverUrl }}
              />
            </div>
          </aside>
        </div>
      </ClientMessages>
    </Container>
  );
}
