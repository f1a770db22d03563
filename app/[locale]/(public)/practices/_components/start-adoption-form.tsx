"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useMessage } from "@/components/forms/form-kit";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { startAdoptionAction } from "@/lib/practices/actions";

export function StartAdoptionForm({
  practiceId,
  defaults,
  countries,
}: {
  practiceId: string;
  defaults: { libraryName: string; country: string; city: string };
  countries: { code: string; name: string }[];
}) {
  const t = useTranslations("practices.adopt");
  const message = useMessage();
  const [result, action] = useActionState(startAdoptionAction, null);
  const typed = inputOf(result);
  const err = (n: string) => fieldErrors(result, n, message);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormStatus result={result} />
      <input type="hidden" name="practiceId" value={practiceId} />
      <Field id="libraryName" label={t("libraryName")} hint={t("libraryNameHint")} errors={err("libraryName")}>
        {(p) => <Input {...p} name="libraryName" required maxLength={200} defaultValue={typed.libraryName ?? defaults.libraryName} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="city" label={t("city")} errors={err("city")}>
          {(p) => <Input {...p} name="city" maxLength={100} defaultValue={typed.city ?? defaults.city} />}
        </Field>
        <Field id="country" label={t("country")} errors={err("country")}>
          {(p) => (
            <Select {...p} name="country" defaultValue={typed.country ?? defaults.country}>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field id="plannedFor" label={t("plannedFor")} hint={t("plannedForHint")} errors={err("plannedFor")}>
        {(p) => <Input {...p} type="date" name="plannedFor" defaultValue={typed.plannedFor} />}
      </Field>
      <Field id="notes" label={t("notes")} hint={t("notesHint")} errors={err("notes")}>
        {(p) => <Textarea {...p} name="notes" rows={4} maxLength={4000} defaultValue={typed.notes} />}
      </Field>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
