"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useMessage } from "@/components/forms/form-kit";
import { Field, Input } from "@/components/ui/field";
import { quizSettingsAction } from "@/lib/courses/actions";
import { useRouter } from "@/lib/i18n/navigation";

export function QuizSettingsForm({ quizId, initial }: { quizId: string; initial: { passMark: number; maxAttempts: number | null } }) {
  const t = useTranslations("courses");
  const message = useMessage();
  const router = useRouter();
  const [result, action] = useActionState(quizSettingsAction, null);
  useEffect(() => {
    if (result?.ok) router.refresh();
  }, [result, router]);
  const typed = inputOf(result);
  return (
    <form action={action} className="space-y-4" noValidate>
      <h2 className="font-semibold">{t("authoring.quizSettings")}</h2>
      <FormStatus result={result} success={t("authoring.saved")} />
      <input type="hidden" name="quizId" value={quizId} />
      <Field
        id="quiz-pass-mark"
        label={t("fields.passMark")}
        hint={t("fields.passMarkHint")}
        errors={fieldErrors(result, "passMark", message)}
      >
        {(p) => (
          <Input
            {...p}
            name="passMark"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            defaultValue={typed.passMark ?? initial.passMark}
          />
        )}
      </Field>
      <Field
        id="quiz-max-attempts"
        label={t("fields.maxAttempts")}
        hint={t("fields.maxAttemptsHint")}
        errors={fieldErrors(result, "maxAttempts", message)}
      >
        {(p) => (
          <Input
            {...p}
            name="maxAttempts"
            type="number"
            inputMode="numeric"
            min={1}
            max={99}
            defaultValue={typed.maxAttempts ?? initial.maxAttempts ?? ""}
          />
        )}
      </Field>
      <SubmitButton variant="secondary">{t("authoring.saveSettings")}</SubmitButton>
    </form>
  );
}
