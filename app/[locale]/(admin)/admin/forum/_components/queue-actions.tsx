"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useActionRunner, useMessage } from "@/components/forms/form-kit";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { dismissFlagsAction, hidePostAction, liftSuspensionAction, suspendAction, unhidePostAction } from "@/lib/forum/actions";

export function QueueActions({ postId, hidden, author }: { postId: string; hidden: boolean; author: { id: string; name: string } | null }) {
  const t = useTranslations("forum");
  const message = useMessage();
  const router = useRouter();
  const { pending, error, run } = useActionRunner();
  const [hideResult, hide] = useActionState(hidePostAction, null);
  const [suspendResult, suspend] = useActionState(suspendAction, null);
  useEffect(() => {
    if (hideResult?.ok || suspendResult?.ok) router.refresh();
  }, [hideResult, suspendResult, router]);
  return (
    <div className="mt-4 grid gap-4 md:grid-cols-2">
      <div className="space-y-3">
        {hidden ? (
          <Button variant="secondary" size="sm" disabled={pending} onClick={() => run(() => unhidePostAction({ postId }))}>
            {t("mod.unhide")}
          </Button>
        ) : (
          <form action={hide} className="space-y-2">
            <input type="hidden" name="postId" value={postId} />
            <FormStatus result={hideResult} />
            <Field id={`queue-hide-${postId}`} label={t("mod.hideReason")} errors={fieldErrors(hideResult, "reason", message)}>
              {(props) => <Textarea {...props} name="reason" rows={2} maxLength={500} defaultValue={inputOf(hideResult).reason ?? ""} />}
            </Field>
            <SubmitButton variant="danger">{t("mod.hideSubmit")}</SubmitButton>
          </form>
        )}
        <Button variant="secondary" size="sm" disabled={pending} onClick={() => run(() => dismissFlagsAction({ postId }))}>
          {t("queue.keep")}
        </Button>
        {error && (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        )}
      </div>
      {author && (
        <details className="rounded-md border border-line p-3">
          <summary className="cursor-pointer text-sm font-medium">{t("queue.suspend", { name: author.name })}</summary>
          <form action={suspend} className="mt-3 space-y-2">
            <input type="hidden" name="userId" value={author.id} />
            <FormStatus result={suspendResult} />
            <Field id={`suspend-days-${postId}`} label={t("queue.suspendDays")} errors={fieldErrors(suspendResult, "days", message)}>
              {(props) => (
                <Input {...props} name="days" type="number" min={1} max={365} defaultValue={inputOf(suspendResult).days ?? "7"} />
              )}
            </Field>
            <Field id={`suspend-reason-${postId}`} label={t("queue.suspendReason")} errors={fieldErrors(suspendResult, "reason", message)}>
              {(props) => <Textarea {...props} name="reason" rows={2} maxLength={500} defaultValue={inputOf(suspendResult).reason ?? ""} />}
            </Field>
            <SubmitButton variant="danger">{t("queue.suspendSubmit")}</SubmitButton>
          </form>
        </details>
      )}
    </div>
  );
}

export function LiftSuspension({ userId }: { userId: string }) {
  const t = useTranslations("forum.queue");
  const { pending, error, run } = useActionRunner();
  return (
    <span className="flex flex-col items-end gap-1">
      <Button variant="secondary" size="sm" disabled={pending} onClick={() => run(() => liftSuspensionAction({ userId }))}>
        {t("lift")}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      )}
    </span>
  );
}
