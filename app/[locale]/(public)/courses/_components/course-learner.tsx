"use client";

import { CheckCircle2, Circle, ClipboardCheck } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { createContext, type ReactNode, useContext } from "react";
import { ProgressBar } from "@/components/courses/progress-bar";
import { usePersonalState } from "@/components/layout/member";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { enrolAction } from "@/lib/courses/actions";
import type { CourseLearner } from "@/lib/courses/queries";
import { Link } from "@/lib/i18n/navigation";

// The learner's parts of a course page (decision 013): the page is the same for everyone and comes
// from the cache; what is done, progress and where to go on are this learner's, from the server on
// their own render (`initial`), else from GET /api/courses/:slug/viewer. undefined: not known yet
// (a visitor's page until then: what only visitors see carries `visitor-links`, out of sight while
// the member hint is set); null: no one.

const Learner = createContext<CourseLearner | null | undefined>(undefined);

export function CourseLearnerProvider({ url, initial, children }: { url: string; initial: CourseLearner | null; children: ReactNode }) {
  const learner = usePersonalState<CourseLearner>(url, initial);
  return <Learner.Provider value={learner}>{children}</Learner.Provider>;
}

type Item = { kind: "lesson" | "quiz"; id: string; href: string; title: string };

/** An outline item's mark, its title (a quiz is a link once enrolled) and, once enrolled, its state. */
export function OutlineItem({ item, facts }: { item: Item; facts: string }) {
  const learner = useContext(Learner);
  const t = useTranslations("courses");
  const enrolled = learner?.enrolled === true;
  const isDone = learner?.done.includes(item.id) === true;
  const Icon = item.kind === "quiz" ? ClipboardCheck : isDone ? CheckCircle2 : Circle;
  return (
    <>
      <Icon aria-hidden="true" className={`h-5 w-5 shrink-0 ${isDone ? "text-success" : "text-muted"}`} />
      <div className="min-w-0 flex-1">
        {enrolled || item.kind === "lesson" ? (
          <Link href={item.href} className="font-medium">
            {item.title}
          </Link>
        ) : (
          <span className="font-medium">{item.title}</span>
        )}
        <p className="text-sm text-muted">{facts}</p>
      </div>
      {enrolled && (
        <span className={`text-sm ${isDone ? "font-medium text-success" : "text-muted"}`}>
          {isDone ? (item.kind === "quiz" ? t("passed") : t("done")) : t("notDone")}
        </span>
      )}
    </>
  );
}

/** "Your progress": log in (a visitor), enrol, or the progress, the certificate and where to go on. */
export function CourseProgressPanel({ courseId }: { courseId: string }) {
  const learner = useContext(Learner);
  const t = useTranslations("courses");
  const format = useFormatter();
  if (!learner) {
    return (
      <div className="visitor-links mt-3 space-y-3 text-sm">
        <p>{t("loginToEnrol")}</p>
        <Link href="/login" className={buttonClasses("primary", "sm")}>
          {t("loginButton")}
        </Link>
      </div>
    );
  }
  if (!learner.enrolled) {
    return (
      <form action={enrolAction} className="mt-3 space-y-3">
        <p className="text-sm text-muted">{t("enrolLead")}</p>
        <input type="hidden" name="courseId" value={courseId} />
        <button type="submit" className={buttonClasses("primary")}>
          {t("enrol")}
        </button>
      </form>
    );
  }
  const { done, total, percent } = learner.progress;
  return (
    <div className="mt-3 space-y-4">
      <ProgressBar percent={percent} label={t("progressLabel")} valueText={t("progressValue", { done, total, percent })} />
      {learner.completedAt && (
        <Alert tone="success">{t("completedOn", { date: format.dateTime(new Date(learner.completedAt), { dateStyle: "long" }) })}</Alert>
      )}
      {learner.certificateCode && (
        <Link href={`/certificates/${learner.certificateCode}`} className={buttonClasses("primary", "sm")}>
          {t("viewCertificate")}
        </Link>
      )}
      {learner.resume && (
        <Link href={learner.resume.href} className={buttonClasses(learner.completedAt ? "secondary" : "primary", "sm")}>
          {learner.resume.started ? t("continue") : t("start")}
        </Link>
      )}
    </div>
  );
}
