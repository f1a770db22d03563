"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ProgressBar } from "@/components/courses/progress-bar";
import { PersonalLoading, usePersonalPage } from "@/components/layout/member";
import { Badge } from "@/components/ui/badge";
import type { MyLearning } from "@/lib/courses/queries";
import { Link } from "@/lib/i18n/navigation";

/**
 * The learner's courses and certificates on "My learning". The page around them is the same for
 * every member (decision 013: a shell from the cache); they come from the server when it rendered
 * the page for this learner (`initial`), else from GET /api/learning. Nobody signed in: off to the
 * login page, as the rendered page would have sent them.
 */
export function LearningScreen({ initial }: { initial: MyLearning | null }) {
  const t = useTranslations("courses");
  const tl = useTranslations("courses.learning");
  const format = useFormatter();
  const locale = useLocale();
  const mine = usePersonalPage<MyLearning>(`/api/learning?locale=${locale}`, initial);
  if (!mine) {
    return (
      <PersonalLoading loading={t("loadingProgress")} fallback={t("showProgress")} href="?progress=1" className="text-lg text-muted" />
    );
  }
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const lang = (courseLocale: string) => (courseLocale !== locale ? courseLocale : undefined);
  return (
    <div className="grid gap-10 lg:grid-cols-2">
      <section aria-labelledby="in-progress">
        <h2 id="in-progress" className="text-xl font-bold">
          {tl("inProgress")}
        </h2>
        {mine.inProgress.length === 0 ? (
          <p className="mt-3 text-muted">{tl("noneInProgress")}</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {mine.inProgress.map((c) => (
              <li key={c.slug} className="rounded-lg border border-line p-4">
                <h3 className="font-semibold" lang={lang(c.locale)}>
                  <Link href={`/courses/${c.slug}`}>{c.title}</Link>
                </h3>
                <ProgressBar
                  className="mt-3"
                  percent={c.percent}
                  label={t("progressLabel")}
                  valueText={tl("percent", { percent: c.percent })}
                />
                <p className="mt-2 text-sm text-muted">{tl("lastActive", { date: date(c.lastActiveAt) })}</p>
              </li>
            ))}
          </ul>
        )}
        <h2 id="completed" className="mt-10 text-xl font-bold">
          {tl("completed")}
        </h2>
        {mine.completed.length === 0 ? (
          <p className="mt-3 text-muted">{tl("noneCompleted")}</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {mine.completed.map((c) => (
              <li key={c.slug} className="flex flex-wrap items-baseline justify-between gap-2 rounded-lg border border-line p-4">
                <Link href={`/courses/${c.slug}`} className="font-semibold" lang={lang(c.locale)}>
                  {c.title}
                </Link>
                <span className="text-sm text-muted">{tl("completedOn", { date: date(c.completedAt ?? c.lastActiveAt) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="certificates">
        <h2 id="certificates" className="text-xl font-bold">
          {tl("certificates")}
        </h2>
        {mine.certificates.length === 0 ? (
          <p className="mt-3 text-muted">{tl("noCertificates")}</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {mine.certificates.map((c) => (
              <li key={c.code} className="rounded-lg border border-line p-4">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/certificates/${c.code}`} className="font-semibold">
                    {c.courseTitle}
                  </Link>
                  {c.revokedAt ? <Badge tone="danger">{tl("revoked")}</Badge> : <Badge tone="success">{tl("valid")}</Badge>}
                </div>
                <p className="mt-1 text-sm text-muted">{tl("issuedOn", { date: date(c.issuedAt) })}</p>
                {!c.revokedAt && (
                  <p className="mt-2 text-sm">
                    <a href={`/api/certificates/${c.code}?locale=${locale}`} download>
                      {tl("downloadPdf", { course: c.courseTitle })}
                    </a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
