"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, SubmitButton, fieldErrors, inputOf, useMessage } from "@/components/forms/form-kit";
import { focusWhenReady } from "@/components/ui/announcer";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/errors";
import { changeRoleAction, decideMembershipAction, suspendUserAction, unsuspendUserAction } from "@/lib/admin/actions";
import { ROLES } from "@/lib/auth/permissions";

export function RoleForm({ userId, role }: { userId: string; role: string }) {
  const t = useTranslations("admin");
  const tr = useTranslations("roles");
  const message = useMessage();
  const [result, action] = useActionState(changeRoleAction, null);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus result={result} success={t("roleChanged")} />
      <input type="hidden" name="userId" value={userId} />
      <Field id="role" label={t("role")} errors={fieldErrors(result, "role", message)}>
        {(p) => (
          // Keyed on the saved role: when the page's data changes (this form, or another form such
          // as Suspend), the menu shows what is saved, never a stale choice a second click would send.
          <Select key={role} {...p} name="role" defaultValue={role}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <SubmitButton>{t("saveRole")}</SubmitButton>
    </form>
  );
}

// Suspending swaps this form for the lift form (and back): the form that had the focus is gone
// when the answer arrives, so the focus goes to what changed on the page, and the outcome is read out.
export function SuspendForm({ userId }: { userId: string }) {
  const t = useTranslations("admin");
  const message = useMessage();
  const [result, action] = useActionState<ActionResult<null> | null, FormData>(async (previous, form) => {
    const outcome = await suspendUserAction(previous, form);
    if (outcome.ok) focusWhenReady("#suspension-status", t("suspended"));
    return outcome;
  }, null);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus result={result} success={t("suspended")} />
      <input type="hidden" name="userId" value={userId} />
      <Field id="reason" label={t("reason")} hint={t("reasonHint")} errors={fieldErrors(result, "reason", message)}>
        {(p) => <Textarea {...p} name="reason" rows={3} required maxLength={500} defaultValue={inputOf(result).reason} />}
      </Field>
      <Field id="until" label={t("until")} hint={t("untilHint")} errors={fieldErrors(result, "until", message)}>
        {(p) => <Input {...p} name="until" type="date" defaultValue={inputOf(result).until} />}
      </Field>
      <SubmitButton variant="danger">{t("suspend")}</SubmitButton>
    </form>
  );
}

export function UnsuspendForm({ userId }: { userId: string }) {
  const t = useTranslations("admin");
  const [result, action] = useActionState<ActionResult<null> | null, FormData>(async (previous, form) => {
    const outcome = await unsuspendUserAction(previous, form);
    if (outcome.ok) focusWhenReady("#suspension-heading", t("unsuspended"));
    return outcome;
  }, null);
  return (
    <form action={action} className="space-y-3">
      <FormStatus result={result} success={t("unsuspended")} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton variant="secondary">{t("liftSuspension")}</SubmitButton>
    </form>
  );
}

export function MembershipDecision({ requestId, name }: { requestId: string; name: string }) {
  const t = useTranslations("admin");
  const [result, action] = useActionState(decideMembershipAction, null);
  if (result?.ok)
    return (
      <p role="status" className="text-sm font-medium text-success">
        {t("decided")}
      </p>
    );
  return (
    <form action={action} className="space-y-2">
      <FormStatus result={result} />
      <input type="hidden" name="requestId" value={requestId} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="APPROVED">
          {t("approve")}
          <span className="sr-only"> {name}</span>
        </SubmitButton>
        <SubmitButton name="decision" value="REJECTED" variant="secondary">
          {t("reject")}
          <span className="sr-only"> {name}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
