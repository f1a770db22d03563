"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useState } from "react";
import { FormStatus, SubmitButton, fieldErrors, useActionRunner, useMessage } from "@/components/forms/form-kit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { OutcomeNotice } from "@/components/ui/outcome-notice";
import {
  approveInitiativeAction,
  archiveInitiativeAction,
  rejectInitiativeAction,
  restoreInitiativeAction,
  verifyInitiativeAction,
} from "@/lib/initiatives/actions";

/** Verify, archive or restore: for the host organisation's partners and coordinators. */
export function OwnerActions({ id, status }: { id: string; status: string }) {
  const t = useTranslations("initiatives.actions");
  const { pending, error, run } = useActionRunner();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {status === "PUBLISHED" && (
          <>
            <Button variant="secondary" size="sm" disabled={pending} onClick={() => run(() => verifyInitiativeAction({ id }))}>
              {t("verify")}
            </Button>
            <Button
              variant="ghost"
              size="sm"
              disabled={pending}
              onClick={() => {
                if (window.confirm(t("archiveConfirm"))) run(() => archiveInitiativeAction({ id }));
              }}
            >
              {t("archive")}
            </Button>
          </>
        )}
        {status === "ARCHIVED" && (
          <Button variant="secondary" size="sm" disabled={pending} onClick={() => run(() => restoreInitiativeAction({ id }))}>
            {t("restore")}
          </Button>
        )}
      </div>
      {error && (
        <Alert tone="error" live>
          {error}
        </Alert>
      )}
    </div>
  );
}

const DECIDED_EVENT = "epanema:initiative-decided";

/**
 * What the last decision on the review page did, above the queue: the decided suggestion leaves the
 * list with its buttons (and the focus with them), so the page says so and takes the focus here.
 */
export function DecisionNotice() {
  const [notice, setNotice] = useState<{ text: string; round: number } | null>(null);
  useEffect(() => {
    const onDecided = (event: Event) => setNotice((n) => ({ text: (event as CustomEvent<string>).detail, round: (n?.round ?? 0) + 1 }));
    window.addEventListener(DECIDED_EVENT, onDecided);
    return () => window.removeEventListener(DECIDED_EVENT, onDecided);
  }, []);
  return notice ? (
    <OutcomeNotice key={notice.round} className="mb-6">
      {notice.text}
    </OutcomeNotice>
  ) : null;
}

const decided = (text: string) => window.dispatchEvent(new CustomEvent<string>(DECIDED_EVENT, { detail: text }));

/** A coordinator's decision on a suggestion: approve, or reject with a reason the suggester reads. */
export function ReviewActions({ id, name }: { id: string; name: string }) {
  const t = useTranslations("initiatives.review");
  const message = useMessage();
  const reasonId = useId();
  const { pending, error, run } = useActionRunner();
  const [result, reject] = useActionState(rejectInitiativeAction, null);
  useEffect(() => {
    if (result?.ok) decided(t("rejectedNamed", { name }));
  }, [result, t, name]);
  return (
    <div className="space-y-3">
      <Button
        disabled={pending}
        onClick={() =>
          run(
            () => approveInitiativeAction({ id }),
            () => decided(t("approved", { name })),
          )
        }
        aria-label={t("approveNamed", { name })}
      >
        {t("approve")}
      </Button>
      {error && (
        <Alert tone="error" live>
          {error}
        </Alert>
      )}
      <details className="rounded-md border border-line p-3">
        <summary className="cursor-pointer text-sm font-medium">{t("reject")}</summary>
        <form action={reject} className="mt-3 space-y-3">
          <input type="hidden" name="id" value={id} />
          <FormStatus result={result} success={t("rejected")} />
          <Field id={reasonId} label={t("reason")} hint={t("reasonHint")} errors={fieldErrors(result, "reason", message)}>
            {(props) => <Textarea {...props} name="reason" rows={3} required minLength={3} maxLength={1000} />}
          </Field>
          <SubmitButton variant="danger">{t("rejectSubmit")}</SubmitButton>
        </form>
      </details>
    </div>
  );
}
