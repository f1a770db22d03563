"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, SubmitButton } from "@/components/forms/form-kit";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { verifyEmailAction } from "@/lib/accounts/actions";
import { Link } from "@/lib/i18n/navigation";
import { ResendVerification } from "./resend-verification";

/**
 * Confirms the address only when the person presses the button: a mail scanner or a link
 * preview that opens the link sees the button and leaves the token unused.
 */
export function VerifyEmailForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [result, action] = useActionState(verifyEmailAction, null);
  if (result?.ok) {
    return (
      <Alert tone="success" live>
        <p>{t("verifyDone")}</p>
        <p className="mt-2">
          <Link href="/login" className="font-semibold">
            {t("loginButton")}
          </Link>
        </p>
      </Alert>
    );
  }
  if (result) {
    return (
      <>
        <div className="mb-6">
          <FormStatus result={result} />
        </div>
        <Card>
          <h2 className="mb-4 text-lg font-semibold">{t("resendTitle")}</h2>
          <ResendVerification />
        </Card>
      </>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <p>{t("verifyLead")}</p>
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t("verifyButton")}</SubmitButton>
    </form>
  );
}
