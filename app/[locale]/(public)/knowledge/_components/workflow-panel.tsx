"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { useMessage } from "@/components/forms/form-kit";
import { Alert } from "@/components/ui/alert";
import { focusWhenReady } from "@/components/ui/announcer";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { useRouter } from "@/lib/i18n/navigation";
import { changePageStatusAction, createTranslationAction } from "@/lib/knowledge/actions";

import type { Transition } from "@/lib/knowledge/policy";

export function WorkflowPanel({
  pageId,
  status,
  transitions,
  changed,
  changedBy,
}: {
  pageId: string;
  status: string;
  /** What this person may do to the page in its status (lib/knowledge/policy.ts), in order. */
  transitions: Transition[];
  changed: string | null;
  changedBy: string | null;
}) {
  const t = useTranslations("knowledge");
  const message = useMessage();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const moved = useRef(false);
  const run = (transition: Transition) =>
    start(async () => {
      setError(null);
      const result = await changePageStatusAction({ pageId, transition });
      if (!result.ok) setError(message(result.error));
      else moved.current = true;
      router.refresh();
    });
  // The buttons change with the status (the one pressed is gone): the focus goes to the panel's
  // heading and the new state is read out.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    focusWhenReady("#workflow", t("workflow.statusNow", { status: t(`status.${status as "DRAFT"}`) }));
  }, [status, t]);
  const steps = transitions.filter((a) => a !== "archive");
  return (
    <section aria-labelledby="workflow" className="rounded-lg border border-line p-4">
      <h2 id="workflow" className="font-semibold">
        {t("workflow.title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t(`workflow.explain.${status as "DRAFT"}`)}</p>
      {changed && <p className="mt-1 text-xs text-muted">{t("workflow.changed", { date: changed, name: changedBy ?? "—" })}</p>}
      {error && (
        <Alert tone="error" live className="mt-3">
          {error}
        </Alert>
      )}
      {steps.length > 0 && (
        <div className="mt-3 flex flex-col gap-2">
          {steps.map((a) => (
            <Button key={a} variant={a === "publish" ? "primary" : "secondary"} size="sm" busy={pending} onClick={() => run(a)}>
              {t(`workflow.${a}`)}
            </Button>
          ))}
        </div>
      )}
      {transitions.includes("archive") && (
        // Apart from the steps forward, and asked for: archiving takes the page away from readers and search.
        <div className="mt-4 border-t border-line pt-3">
          <p className="mb-2 text-xs text-muted">{t("workflow.archiveHint")}</p>
          <ConfirmButton
            className="w-full"
            busy={pending}
            title={t("workflow.archiveConfirmTitle")}
            body={t("workflow.archiveConfirmBody")}
            confirmLabel={t("workflow.archiveConfirm")}
            cancelLabel={t("workflow.cancel")}
            onConfirm={() => run("archive")}
          >
            {t("workflow.archive")}
          </ConfirmButton>
        </div>
      )}
    </section>
  );
}

export function StartTranslation({ pageId, locale, language }: { pageId: string; locale: string; language: string }) {
  const t = useTranslations("knowledge");
  const message = useMessage();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="rounded-lg border border-dashed border-line p-6">
      <p>{t("translation.none", { language })}</p>
      <p className="mt-1 text-sm text-muted">{t("translation.startExplain")}</p>
      {error && (
        <Alert tone="error" live className="mt-3">
          {error}
        </Alert>
      )}
      <Button
        className="mt-4"
        busy={pending}
        onClick={() =>
          start(async () => {
            const result = await createTranslationAction({ pageId, locale });
            if (!result.ok) setError(message(result.error));
            router.refresh();
          })
        }
      >
        {t("translation.start", { language })}
      </Button>
    </div>
  );
}
