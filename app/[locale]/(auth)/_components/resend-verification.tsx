"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, SubmitButton, fieldErrors, inputOf, useMessage } from "@/components/forms/form-kit";
import { Field, Input } from "@/components/ui/field";
import { resendVerificationAction } from "@/lib/accounts/actions";

export function ResendVerification() {
  const t = useTranslations("auth");
  const message = useMessage();
  const [result, action] = useActionState(resendVerificationAction, null);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus result={result} success={t("resendDone")} />
      <Field id="email" label={t("email")} errors={fieldErrors(result, "email", message)}>
        {(p) => <Input {...p} name="email" type="email" autoComplete="email" required defaultValue={inputOf(result).email} />}
      </Field>
      <SubmitButton variant="secondary">{t("resendButton")}</SubmitButton>
    </form>
  );
}
