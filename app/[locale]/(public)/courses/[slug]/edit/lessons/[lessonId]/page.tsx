import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { getLessonForEditing, listLessonRevisions } from "@/lib/courses/authoring-queries";
import { isLocale, type Locale, localeNames } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { LanguageTabs } from "../../_components/language-tabs";
import { LessonEditor } from "../../_components/lesson-editor";
import { LessonSettingsForm } from "../../_components/lesson-settings-form";
import { RestoreRevision } from "../../_components/restore-revision";
import { StartTranslation } from "../../_components/start-translation";
import "@/components/editor/content.css";

type Props = { params: Promise<{ locale: string; slug: string; lessonId: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses.authoring" });
  return { title: t("editLessonTitle"), robots: { index: false } };
}

export default async function EditLessonPage({ params, searchParams }: Props) {
  const { locale, slug, lessonId } = await params;
  setRequestLocale(locale);
  await requirePagePermission("courses.edit");
  const { lang } = await searchParams;
  const lesson = await getLessonForEditing(slug, lessonId, isLocale(lang) ? lang : undefined);
  if (!lesson) notFound();
  const [t, format, revisions] = await Promise.all([
    getTranslations("courses"),
    getFormatter(),
    listLessonRevisions(lesson.id, lesson.locale),
  ]);
  const editLocale = lesson.locale;
  return (
    <Container>
      <p className="mb-2 text-sm">
        <Link href={`/courses/${slug}/edit?lang=${editLocale}`}>← {t("authoring.backToCourse")}</Link>
      </p>
      <div className="mb-4">
        <p className="text-sm text-muted">{lesson.moduleTitle}</p>
        <h1 className="text-2xl font-bold">{t("authoring.editingLessonIn", { language: localeNames[editLocale as Locale] })}</h1>
      </div>
      <LanguageTabs
        label={t("authoring.languages")}
        base={`/courses/${slug}/edit/lessons/${lesson.id}`}
        current={editLocale}
        languages={lesson.languages}
      />
      <ClientMessages namespaces={["courses", "editor"]}>
        <div className="grid gap-8 lg:grid-cols-[1fr_280px]">
          <div className="min-w-0">
            {lesson.translation ? (
              <LessonEditor
                key={`${lesson.id}-${editLocale}`}
                lessonId={lesson.id}
                courseId={lesson.course.id}
                locale={editLocale}
                uiLocale={locale}
                initial={{
                  title: lesson.translation.title,
                  content: lesson.translation.content as object,
                  version: lesson.translation.version,
                }}
              />
            ) : (
              <StartTranslation lessonId={lesson.id} locale={editLocale} language={localeNames[editLocale as Locale]} />
            )}
          </div>
          <aside className="space-y-6">
            <p className="text-sm">
              <Link href={`/courses/${slug}/edit/preview/${lesson.slug}?lang=${editLocale}`}>{t("authoring.previewLesson")}</Link>
            </p>
            <div className="rounded-lg border border-line p-4">
              <LessonSettingsForm
                lessonId={lesson.id}
                published={lesson.published}
                initial={{ slug: lesson.slug, minutes: lesson.minutes, required: lesson.required }}
              />
            </div>
            <section aria-labelledby="revisions" className="rounded-lg border border-line p-4">
              <h2 id="revisions" className="font-semibold">
                {t("authoring.revisions")}
              </h2>
              {revisions.length === 0 ? (
                <p className="mt-2 text-sm text-muted">{t("authoring.noRevisions")}</p>
              ) : (
                <ol className="mt-2 space-y-2 text-sm">
                  {revisions.map((r, i) => (
                    <li key={r.id} className="border-b border-line pb-2 last:border-0">
                      <p>
                        {t("authoring.versionLine", {
                          n: r.version,
                          kind: t(`authoring.revisionKind.${r.kind as "save"}`),
                          date: format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "short" }),
                          name: r.author?.name ?? "—",
                        })}
                      </p>
                      {i > 0 && <RestoreRevision revisionId={r.id} version={r.version} />}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </aside>
        </div>
      </ClientMessages>
    </Container>
  );
}
