import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CourseFacts } from "@/components/courses/course-facts";
import { ClientMessages } from "@/components/layout/client-messages";
import { Can } from "@/components/layout/member";
import { Container, PageHeader } from "@/components/layout/page-header";
import { buttonClasses } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { can, getCurrentUser } from "@/lib/auth/guard";
import { listCoursesForEditing } from "@/lib/courses/authoring-queries";
import { listCatalogue } from "@/lib/courses/queries";
import { catalogueQuerySchema, DURATION_KEYS, LEVELS, TOPICS } from "@/lib/courses/schemas";
import { localeNames, locales } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { CourseAuthoring } from "./_components/course-authoring";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses" });
  return { title: t("title"), description: t("lead") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CataloguePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const query = catalogueQuerySchema.parse({
    q: first(sp.q) ?? "",
    lang: first(sp.lang) || undefined,
    topic: first(sp.topic) || undefined,
    level: first(sp.level) || undefined,
    duration: first(sp.duration) || undefined,
  });
  // One page for visitors and members alike (decision 013): the links are shown by the browser to
  // those who may, and the authors' list comes from GET /api/courses — or from here, when the page
  // is rendered for an author (the visitor tree renders for no one).
  const user = await getCurrentUser();
  const [t, courses, drafts] = await Promise.all([
    getTranslations("courses"),
    listCatalogue(locale, query),
    can(user, "courses.edit") ? listCoursesForEditing(locale) : null,
  ]);
  const filtered = Boolean(query.q || query.lang || query.topic || query.level || query.duration);
  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")}>
        <div className="mt-4 flex flex-wrap gap-3">
          <Can permission="courses.learn">
            <Link href="/learning" className={buttonClasses("secondary", "sm")}>
              {t("myLearning")}
            </Link>
          </Can>
          <Can permission="courses.edit">
            <Link href="/courses/new" className={buttonClasses("primary", "sm")}>
              {t("newCourse")}
            </Link>
          </Can>
        </div>
      </PageHeader>

      <search aria-label={t("filters.label")} className="mb-8 block rounded-lg border border-line bg-surface p-4">
        <form method="get" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
          <div className="sm:col-span-2">
            <label htmlFor="catalogue-q" className="mb-1 block text-sm font-medium">
              {t("filters.search")}
            </label>
            <Input id="catalogue-q" type="search" name="q" defaultValue={query.q} maxLength={100} />
          </div>
          <div>
            <label htmlFor="catalogue-lang" className="mb-1 block text-sm font-medium">
              {t("facets.language")}
            </label>
            <Select id="catalogue-lang" name="lang" defaultValue={query.lang ?? ""}>
              <option value="">{t("filters.anyLanguage")}</option>
              {locales.map((l) => (
                <option key={l} value={l} lang={l}>
                  {localeNames[l]}
                </option>
              ))}
            </Select>
          </div>
          <div>
            <label htmlFor="catalogue-topic" className="mb-1 block text-sm font-medium">
              {t("facets.topic")}
            </label>
            <Select id="catalogue-topic" name="topic" defaultValue={query.topic ?? ""}>
              <option value="">{t("filters.anyTopic")}</option>
              {TOPICS.map((topic) => (
                <option key={topic} value={topic}>
                  {t(`topics.${topic}`)}
                </option>
              ))}
            </Select>
          </div>
          <div>
            <label htmlFor="catalogue-level" className="mb-1 block text-sm font-medium">
              {t("facets.level")}
            </label>
            <Select id="catalogue-level" name="level" defaultValue={query.level ?? ""}>
              <option value="">{t("filters.anyLevel")}</option>
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`levels.${level}`)}
                </option>
              ))}
            </Select>
          </div>
          <div>
            <label htmlFor="catalogue-duration" className="mb-1 block text-sm font-medium">
              {t("facets.duration")}
            </label>
            <Select id="catalogue-duration" name="duration" defaultValue={query.duration ?? ""}>
              <option value="">{t("filters.anyDuration")}</option>
              {DURATION_KEYS.map((d) => (
                <option key={d} value={d}>
                  {t(`durations.${d}`)}
                </option>
              ))}
            </Select>
          </div>
          <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-6">
            <button type="submit" className={buttonClasses("primary", "sm")}>
              {t("filters.apply")}
            </button>
            {filtered && <Link href="/courses">{t("filters.clear")}</Link>}
          </div>
        </form>
      </search>

      <section aria-labelledby="catalogue-results">
        <h2 id="catalogue-results" className="sr-only">
          {t("filters.results")}
        </h2>
        <p role="status" className="mb-4 text-sm font-medium text-muted">
          {t("filters.count", { count: courses.length })}
        </p>
        {courses.length === 0 ? (
          <p>{filtered ? t("filters.none") : t("empty")}</p>
        ) : (
          <ul className="grid gap-5 md:grid-cols-2">
            {courses.map((course) => (
              <li key={course.slug} className="flex flex-col overflow-hidden rounded-lg border border-line bg-white shadow-sm">
                {course.coverUrl && (
                  // biome-ignore lint/performance/noImgElement: an uploaded file served by /api/files, no optimiser
                  <img src={course.coverUrl} alt="" className="h-40 w-full object-cover" loading="lazy" />
                )}
                <div className="flex flex-1 flex-col gap-3 p-5" lang={course.locale !== locale ? course.locale : undefined}>
                  <h3 className="text-xl font-semibold">
                    <Link href={`/courses/${course.slug}`}>{course.title}</Link>
                  </h3>
                  {course.summary && <p className="text-muted">{course.summary}</p>}
                  <div lang={locale}>
                    <CourseFacts topic={course.topic} level={course.level} minutes={course.minutes} languages={course.languages} />
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <Can permission="courses.edit">
        <ClientMessages namespaces={["courses.authoring.allCourses", "courses.authoring.allCoursesLead", "courses.status"]}>
          <CourseAuthoring initial={drafts} />
        </ClientMessages>
      </Can>
    </Container>
  );
}
