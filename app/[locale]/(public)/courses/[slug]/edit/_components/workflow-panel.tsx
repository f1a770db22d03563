"use client";

import { useTranslations } from "next-intl";
import { useActionRunner } from "@/components/forms/form-kit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { changeCourseStatusAction } from "@/lib/courses/actions";
import type { CourseTransition as Transition } from "@/lib/courses/policy";

/** `transitions` come from lib/courses/policy.ts (courseWorkflow.available): what the service will accept. */
export function WorkflowPanel({
  courseId,
  status,
  transitions,
  changed,
}: {
  courseId: string;
  status: string;
  transitions: Transition[];
  changed: string | null;
}) {
  const t = useTranslations("courses.workflow");
  const { pending, error, run } = useActionRunner();
  const actions = transitions;
  return (
    <section aria-labelledby="workflow" className="rounded-lg border border-line p-4">
      <h2 id="workflow" className="font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t(`explain.${status as "DRAFT"}`)}</p>
      {changed && <p className="mt-1 text-xs text-muted">{changed}</p>}
      {error && (
        <Alert tone="error" live className="mt-3">
          {error}
        </Alert>
      )}
      <div className="mt-3 flex flex-col gap-2">
        {actions.map((a) => (
          <Button
            key={a}
            variant={a === "publish" ? "primary" : "secondary"}
            size="sm"
            disabled={pending}
            onClick={() => run(() => changeCourseStatusAction({ courseId, transition: a }))}
          >
            {t(a)}
          </Button>
        ))}
      </div>
    </section>
  );
}
