"use client";

import { useLocale, useTranslations } from "next-intl";
import { CourseStatusBadge } from "@/components/courses/status-badge";
import { usePersonal } from "@/components/layout/member";
import type { EditingCourse } from "@/lib/courses/authoring-queries";
import { Link } from "@/lib/i18n/navigation";

/**
 * Every course with its status, for authors, under the catalogue (which is one cached page for
 * everyone, decision 013): from the server when it rendered the page for an author (`initial`),
 * else from GET /api/courses. Placed inside `<Can permission="courses.edit">`, so only authors ask.
 */
export function CourseAuthoring({ initial }: { initial: EditingCourse[] | null }) {
  const t = useTranslations("courses.authoring");
  const locale = useLocale();
  const courses = usePersonal<EditingCourse[]>(`/api/courses?locale=${locale}`, initial);
  if (!courses || courses.length === 0) return null;
  return (
    <section aria-labelledby="authoring" className="mt-12 border-t border-line pt-8">
      <h2 id="authoring" className="text-xl font-bold">
        {t("allCourses")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("allCoursesLead")}</p>
      <ul className="mt-4 divide-y divide-line rounded-lg border border-line">
        {courses.map((d) => (
          <li key={d.slug} className="flex flex-wrap items-center justify-between gap-3 p-3">
            <Link href={`/courses/${d.slug}/edit`} className="font-medium">
              {d.title}
            </Link>
            <CourseStatusBadge status={d.status} live={d.live} />
          </li>
        ))}
      </ul>
    </section>
  );
}
