"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useMessage } from "@/components/forms/form-kit";
import { Field, Input, Textarea } from "@/components/ui/field";
import { hidePostAction, suspendAction } from "@/lib/forum/actions";

/** Hide a post with a reason its author will read (topic page and review queue). */
export function HidePostForm({
  postId,
  idPrefix,
  title,
  onDone,
}: {
  postId: string;
  idPrefix: string;
  title?: string;
  onDone: () => void;
}) {
  const t = useTranslations("forum.mod");
  const message = useMessage();
  const [result, action] = useActionState(hidePostAction, null);
  useEffect(() => {
    if (result?.ok) onDone();
  }, [result, onDone]);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="postId" value={postId} />
      {title && <p className="font-semibold">{title}</p>}
      <FormStatus result={result} />
      <Field id={`${idPrefix}-hide-${postId}`} label={t("hideReason")} errors={fieldErrors(result, "reason", message)}>
        {(props) => <Textarea {...props} name="reason" rows={2} maxLength={500} required defaultValue={inputOf(result).reason ?? ""} />}
      </Field>
      <SubmitButton variant="danger">{t("hideSubmit")}</SubmitButton>
    </form>
  );
}

/** Suspend a member from posting for some days, with a reason they will read. */
export function SuspendForm({ user, idPrefix, onDone }: { user: { id: string; name: string }; idPrefix: string; onDone: () => void }) {
  const t = useTranslations("forum.queue");
  const message = useMessage();
  const [result, action] = useActionState(suspendAction, null);
  useEffect(() => {
    if (result?.ok) onDone();
  }, [result, onDone]);
  const input = inputOf(result);
  return (
    <details className="rounded-md border border-line p-3">
      <summary className="cursor-pointer text-sm font-medium">{t("suspend", { name: user.name })}</summary>
      <form action={action} className="mt-3 space-y-2">
        <input type="hidden" name="userId" value={user.id} />
        <FormStatus result={result} />
        <Field id={`${idPrefix}-days-${user.id}`} label={t("suspendDays")} errors={fieldErrors(result, "days", message)}>
          {(props) => <Input {...props} name="days" type="number" min={1} max={365} defaultValue={input.days ?? "7"} />}
        </Field>
        <Field id={`${idPrefix}-reason-${user.id}`} label={t("suspendReason")} errors={fieldErrors(result, "reason", message)}>
          {(props) => <Textarea {...props} name="reason" rows={2} maxLength={500} defaultValue={input.reason ?? ""} />}
        </Field>
        <SubmitButton variant="danger">{t("suspendSubmit")}</SubmitButton>
      </form>
    </details>
  );
}
