"use client";

import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useContext } from "react";
import { ProgressBar } from "@/components/courses/progress-bar";
import { PersonalLoading, usePersonalPage } from "@/components/layout/member";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { enrolAction, markLessonDoneAction } from "@/lib/courses/actions";
import type { LessonLearner } from "@/lib/courses/queries";
import { Link } from "@/lib/i18n/navigation";

// The learner's parts of a lesson page (decision 013): the page is the same for every member and
// comes from the cache; enrolment, "done" and progress are this learner's, from the server when
// the render is their own (`initial`), else from the lesson's viewer JSON. undefined: not known yet.

const Learner = createContext<LessonLearner | null | undefined>(undefined);

export function LessonLearnerProvider({ url, initial, children }: { url: string; initial: LessonLearner | null; children: ReactNode }) {
  // No one (a session that ended while the page was open, or never was): lessons are for members.
  const learner = usePersonalPage<LessonLearner>(url, initial);
  return <Learner.Provider value={learner}>{children}</Learner.Provider>;
}

export function LessonProgress() {
  const learner = useContext(Learner);
  const t = useTranslations("courses");
  // Its room is kept while unknown: most who open a lesson are enrolled, and the text must not jump.
  if (learner === undefined) return <div aria-hidden="true" className="mb-6 h-[2.125rem]" />;
  if (!learner?.enrolled) return null;
  const { done, total, percent } = learner.progress;
  return (
    <ProgressBar className="mb-6" percent={percent} label={t("progressLabel")} valueText={t("progressValue", { done, total, percent })} />
  );
}

/** Enrol, or mark the lesson done (plain forms: they work before the page's script has loaded). */
export function LessonActions({ courseId, lessonId }: { courseId: string; lessonId: string }) {
  const learner = useContext(Learner);
  const t = useTranslations("courses");
  if (!learner) {
    // Without JavaScript the shared page cannot ask: a link to the learner's own render of it, which has the forms.
    return <PersonalLoading loading={t("loadingProgress")} fallback={t("showProgress")} href="?progress=1" className="text-muted" />;
  }
  return (
    <>
      {!learner.enrolled ? (
        <form action={enrolAction} className="flex flex-wrap items-center justify-between gap-3">
          <p>{t("enrolToTrack")}</p>
          <input type="hidden" name="courseId" value={courseId} />
          <button type="submit" className={buttonClasses("primary", "sm")}>
            {t("enrol")}
          </button>
        </form>
      ) : (
        <form action={markLessonDoneAction} className="flex flex-wrap items-center justify-between gap-3">
          <input type="hidden" name="lessonId" value={lessonId} />
          <input type="hidden" name="done" value={learner.done ? "false" : "true"} />
          <p role="status" className={learner.done ? "font-medium text-success" : ""}>
            {learner.done ? t("lessonDone") : t("lessonNotDone")}
          </p>
          <button type="submit" className={buttonClasses(learner.done ? "secondary" : "primary", "sm")}>
            {learner.done ? t("markNotDone") : t("markDone")}
          </button>
        </form>
      )}
      {learner.certificateCode && (
        <Alert tone="success" className="mt-4">
          {t("courseComplete")} <Link href={`/certificates/${learner.certificateCode}`}>{t("viewCertificate")}</Link>
        </Alert>
      )}
    </>
  );
}
