"use client";

import { useTranslations } from "next-intl";
import { useActionRunner } from "@/components/forms/form-kit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createPracticeTranslationAction, withdrawPracticeAction } from "@/lib/practices/actions";

/** Where the case study stands and what its authors can do next (submitting is the editor's "Save and submit"). */
export function PracticeWorkflow({ practiceId, status, transitions }: { practiceId: string; status: string; transitions: string[] }) {
  const t = useTranslations("practices");
  const { pending, error, run } = useActionRunner();
  return (
    <section aria-labelledby="workflow" className="rounded-lg border border-line p-4">
      <h2 id="workflow" className="font-semibold">
        {t("workflow.title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t(`workflow.explain.${status as "DRAFT"}`)}</p>
      {error && (
        <Alert tone="error" live className="mt-3">
          {error}
        </Alert>
      )}
      <div className="mt-3 flex flex-col gap-2">
        {transitions.includes("withdraw") && (
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => withdrawPracticeAction({ practiceId }))}>
            {t("workflow.withdraw")}
          </Button>
        )}
      </div>
    </section>
  );
}

export function StartPracticeTranslation({ practiceId, locale, language }: { practiceId: string; locale: string; language: string }) {
  const t = useTranslations("practices");
  const { pending, error, run } = useActionRunner();
  return (
    <div className="rounded-lg border border-dashed border-line p-6">
      <p>{t("translation.none", { language })}</p>
      <p className="mt-1 text-sm text-muted">{t("translation.startExplain")}</p>
      {error && (
        <Alert tone="error" live className="mt-3">
          {error}
        </Alert>
      )}
      <Button className="mt-4" disabled={pending} onClick={() => run(() => createPracticeTranslationAction({ practiceId, locale }))}>
        {t("translation.start", { language })}
      </Button>
    </div>
  );
}
