"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useMessage } from "@/components/forms/form-kit";
import { Field, Textarea } from "@/components/ui/field";
import { revokeCertificateAction } from "@/lib/courses/actions";

/** Coordinators withdraw a certificate; the reason is shown on this public page and audited. */
export function RevokeForm({ certificateId }: { certificateId: string }) {
  const t = useTranslations("courses.verify");
  const message = useMessage();
  const [result, action] = useActionState(revokeCertificateAction, null);
  return (
    <form action={action} className="mt-10 space-y-4 rounded-lg border border-line p-5">
      <h2 className="text-lg font-semibold">{t("revokeTitle")}</h2>
      <p className="text-sm text-muted">{t("revokeLead")}</p>
      <FormStatus result={result} />
      <input type="hidden" name="certificateId" value={certificateId} />
      <Field id="revoke-reason" label={t("revokeReason")} errors={fieldErrors(result, "reason", message)}>
        {(p) => <Textarea {...p} name="reason" rows={3} maxLength={500} required defaultValue={inputOf(result).reason} />}
      </Field>
      <SubmitButton variant="danger">{t("revoke")}</SubmitButton>
    </form>
  );
}
