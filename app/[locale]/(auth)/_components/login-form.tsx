"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, SubmitButton, fieldErrors, inputOf, useMessage } from "@/components/forms/form-kit";
import { Field, Input } from "@/components/ui/field";
import { loginAction } from "@/lib/accounts/actions";
import { Link } from "@/lib/i18n/navigation";

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const message = useMessage();
  const [result, action] = useActionState(loginAction, null);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormStatus result={result} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field id="email" label={t("email")} errors={fieldErrors(result, "email", message)}>
        {(p) => <Input {...p} name="email" type="email" autoComplete="username" required defaultValue={inputOf(result).email} />}
      </Field>
      <Field id="password" label={t("password")} errors={fieldErrors(result, "password", message)}>
        {(p) => <Input {...p} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <SubmitButton className="w-full" pendingLabel={t("loggingIn")}>
        {t("loginButton")}
      </SubmitButton>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <Link href="/forgot-password">{t("forgotLink")}</Link>
        <Link href="/register">{t("noAccount")}</Link>
      </div>
    </form>
  );
}
