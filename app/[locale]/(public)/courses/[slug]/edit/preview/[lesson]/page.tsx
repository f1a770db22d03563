import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { RichContent } from "@/components/content/rich-content";
import { Container } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { requirePagePermission } from "@/lib/auth/guard";
import { getCourseView, getLessonView } from "@/lib/courses/queries";
import { isLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import "@/components/editor/content.css";

type Props = { params: Promise<{ locale: string; slug: string; lesson: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses.authoring" });
  return { title: t("previewLesson"), robots: { index: false } };
}

/** A lesson's working copy, rendered exactly as the reader page renders the published one. */
export default async function PreviewLessonPage({ params, searchParams }: Props) {
  const { locale, slug, lesson: lessonSlug } = await params;
  setRequestLocale(locale);
  await requirePagePermission("courses.edit");
  const { lang } = await searchParams;
  const contentLocale = isLocale(lang) ? lang : locale;
  const course = await getCourseView(slug, contentLocale, true);
  if (!course) notFound();
  const lesson = await getLessonView(course, lessonSlug, contentLocale, true);
  if (!lesson) notFound();
  const t = await getTranslations("courses");
  const link = (href: string | undefined) => (href ? `${href}?lang=${contentLocale}` : undefined);
  return (
    <Container>
      <Alert tone="warning" className="mb-6">
        {t("authoring.previewBanner")} <Link href={`/courses/${slug}/edit/preview?lang=${contentLocale}`}>{t("authoring.preview")}</Link>
      </Alert>
      <article lang={lesson.locale} className="mx-auto max-w-3xl">
        <p className="text-sm text-muted" lang={locale}>
          {t("lessonPosition", { n: lesson.index + 1, total: lesson.total })} · {lesson.moduleTitle} ·{" "}
          {t("minutes", { minutes: lesson.minutes })}
        </p>
        <h1 className="mt-2 mb-6 text-3xl font-bold tracking-tight">{lesson.title}</h1>
        <RichContent html={lesson.html} />
        <nav aria-label={t("sequence")} className="mt-10 flex justify-between gap-3 border-t border-line pt-6" lang={locale}>
          {lesson.previous?.kind === "lesson" ? <Link href={link(lesson.previous.href) ?? ""}>← {lesson.previous.title}</Link> : <span />}
          {lesson.next?.kind === "lesson" ? <Link href={link(lesson.next.href) ?? ""}>{lesson.next.title} →</Link> : <span />}
        </nav>
      </article>
    </Container>
  );
}
