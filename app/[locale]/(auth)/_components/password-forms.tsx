"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, SubmitButton, fieldErrors, inputOf, useMessage } from "@/components/forms/form-kit";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";
import { forgotPasswordAction, resetPasswordAction } from "@/lib/accounts/actions";
import { Link } from "@/lib/i18n/navigation";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const message = useMessage();
  const [result, action] = useActionState(forgotPasswordAction, null);
  if (result?.ok)
    return (
      <Alert tone="success" live>
        {t("forgotDone")}
      </Alert>
    );
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormStatus result={result} />
      <Field id="email" label={t("email")} errors={fieldErrors(result, "email", message)}>
        {(p) => <Input {...p} name="email" type="email" autoComplete="email" required defaultValue={inputOf(result).email} />}
      </Field>
      <SubmitButton className="w-full">{t("forgotButton")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const message = useMessage();
  const [result, action] = useActionState(resetPasswordAction, null);
  if (result?.ok) {
    return (
      <Alert tone="success" live>
        <p>{t("resetDone")}</p>
        <p className="mt-2">
          <Link href="/login" className="font-semibold">
            {t("loginButton")}
          </Link>
        </p>
      </Alert>
    );
  }
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormStatus result={result} />
      <input type="hidden" name="token" value={token} />
      <Field id="password" label={t("newPassword")} hint={t("passwordHint")} errors={fieldErrors(result, "password", message)}>
        {(p) => <Input {...p} name="password" type="password" autoComplete="new-password" required minLength={12} />}
      </Field>
      <Field id="passwordConfirm" label={t("passwordConfirm")} errors={fieldErrors(result, "passwordConfirm", message)}>
        {(p) => <Input {...p} name="passwordConfirm" type="password" autoComplete="new-password" required />}
      </Field>
      <SubmitButton className="w-full">{t("resetButton")}</SubmitButton>
    </form>
  );
}
