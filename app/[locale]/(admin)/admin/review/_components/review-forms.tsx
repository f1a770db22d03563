"use client";

import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useActionState, useContext } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useActionRunner, useMessage } from "@/components/forms/form-kit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/errors";
import { approvePracticeAction, archivePracticeAction, requestChangesAction, unarchivePracticeAction } from "@/lib/practices/actions";

// The reviewer's forms. "Request changes" is one form around the whole submission: each field has
// its own comment box next to it, and one general comment closes it; at least one comment is needed.

const ReviewResult = createContext<ActionResult<null> | null>(null);

export function RequestChangesForm({ practiceId, children }: { practiceId: string; children: ReactNode }) {
  const t = useTranslations("practices.review");
  const message = useMessage();
  const [result, action] = useActionState(requestChangesAction, null);
  return (
    <ReviewResult.Provider value={result}>
      <form action={action} noValidate className="space-y-8">
        <FormStatus result={result} />
        <input type="hidden" name="practiceId" value={practiceId} />
        {children}
        <div className="space-y-3 rounded-lg border border-line bg-surface p-4">
          <Field id="general" label={t("generalComment")} hint={t("generalCommentHint")} errors={fieldErrors(result, "general", message)}>
            {(p) => <Textarea {...p} name="general" rows={4} maxLength={2000} defaultValue={inputOf(result).general} />}
          </Field>
          <SubmitButton variant="secondary">{t("requestChanges")}</SubmitButton>
        </div>
      </form>
    </ReviewResult.Provider>
  );
}

/** A collapsible comment box for one field, inside RequestChangesForm. */
export function FieldCommentBox({ field, label }: { field: string; label: string }) {
  const t = useTranslations("practices.review");
  const message = useMessage();
  const result = useContext(ReviewResult);
  const name = `comment.${field}`;
  const typed = inputOf(result)[name];
  return (
    <details className="mt-2 text-sm" open={Boolean(typed)}>
      <summary className="cursor-pointer text-brand-800">{t("commentOn", { field: label })}</summary>
      <Field id={`comment-${field}`} label={t("commentOn", { field: label })} errors={fieldErrors(result, name, message)} className="mt-2">
        {(p) => <Textarea {...p} name={name} rows={3} maxLength={2000} defaultValue={typed} />}
      </Field>
    </details>
  );
}

export function ApproveForm({ practiceId }: { practiceId: string }) {
  const t = useTranslations("practices.review");
  const message = useMessage();
  const [result, action] = useActionState(approvePracticeAction, null);
  return (
    <form action={action} noValidate className="space-y-3">
      <FormStatus result={result} />
      <input type="hidden" name="practiceId" value={practiceId} />
      <Field id="note" label={t("approveNote")} hint={t("approveNoteHint")} errors={fieldErrors(result, "note", message)}>
        {(p) => <Textarea {...p} name="note" rows={3} maxLength={2000} defaultValue={inputOf(result).note} />}
      </Field>
      <SubmitButton>{t("approve")}</SubmitButton>
    </form>
  );
}

export function ArchiveButton({ practiceId, archived }: { practiceId: string; archived: boolean }) {
  const t = useTranslations("practices.review");
  const { pending, error, run } = useActionRunner();
  return (
    <div className="space-y-2">
      {error && (
        <Alert tone="error" live>
          {error}
        </Alert>
      )}
      {archived ? (
        <Button variant="secondary" size="sm" disabled={pending} onClick={() => run(() => unarchivePracticeAction({ practiceId }))}>
          {t("unarchive")}
        </Button>
      ) : (
        // Archiving hides a published case study from everyone at once: asked first.
        <ConfirmButton
          busy={pending}
          title={t("archiveConfirmTitle")}
          body={t("archiveConfirmBody")}
          confirmLabel={t("archive")}
          cancelLabel={t("cancel")}
          onConfirm={() => run(() => archivePracticeAction({ practiceId }))}
        >
          {t("archive")}
        </ConfirmButton>
      )}
    </div>
  );
}
