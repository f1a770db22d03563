"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, SubmitButton, fieldErrors, inputOf, useMessage } from "@/components/forms/form-kit";
import { Alert } from "@/components/ui/alert";
import { Field, Input, Select } from "@/components/ui/field";
import { registerAction } from "@/lib/accounts/actions";
import { type Locale, localeNames, locales } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

type Option = { value: string; label: string };

export function RegisterForm({ countries, organisations, locale }: { countries: Option[]; organisations: Option[]; locale: string }) {
  const t = useTranslations("auth");
  const message = useMessage();
  const [result, action] = useActionState(registerAction, null);
  const err = (name: string) => fieldErrors(result, name, message);
  const typed = inputOf(result);

  if (result?.ok) {
    return (
      <Alert tone="success" live>
        <p className="font-semibold">{t("registeredTitle")}</p>
        <p className="mt-1">{t("registeredBody", { email: result.data.email })}</p>
      </Alert>
    );
  }
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormStatus result={result} />
      <Field id="name" label={t("name")} errors={err("name")}>
        {(p) => <Input {...p} name="name" autoComplete="name" required maxLength={100} defaultValue={typed.name} />}
      </Field>
      <Field id="email" label={t("email")} errors={err("email")}>
        {(p) => <Input {...p} name="email" type="email" autoComplete="email" required defaultValue={typed.email} />}
      </Field>
      <Field id="password" label={t("password")} hint={t("passwordHint")} errors={err("password")}>
        {(p) => <Input {...p} name="password" type="password" autoComplete="new-password" required minLength={12} />}
      </Field>
      <Field id="passwordConfirm" label={t("passwordConfirm")} errors={err("passwordConfirm")}>
        {(p) => <Input {...p} name="passwordConfirm" type="password" autoComplete="new-password" required />}
      </Field>
      <Field id="country" label={t("country")} errors={err("country")}>
        {(p) => (
          <Select {...p} name="country" required defaultValue={typed.country ?? ""}>
            <option value="" disabled>
              {t("chooseCountry")}
            </option>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="organisationId" label={t("organisation")} hint={t("organisationHint")} errors={err("organisationId")}>
        {(p) => (
          <Select {...p} name="organisationId" defaultValue={typed.organisationId ?? ""}>
            <option value="">{t("noOrganisation")}</option>
            {organisations.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="locale" label={t("preferredLanguage")} errors={err("locale")}>
        {(p) => (
          <Select {...p} name="locale" defaultValue={typed.locale ?? locale}>
            {locales.map((l: Locale) => (
              <option key={l} value={l} lang={l}>
                {localeNames[l]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="space-y-1">
        <div className="flex items-start gap-2">
          <input
            id="acceptPrivacy"
            name="acceptPrivacy"
            type="checkbox"
            required
            defaultChecked={typed.acceptPrivacy === "on"}
            className="mt-1 h-4 w-4 shrink-0"
            aria-invalid={err("acceptPrivacy") ? true : undefined}
            aria-describedby={err("acceptPrivacy") ? "acceptPrivacy-error" : undefined}
          />
          <label htmlFor="acceptPrivacy" className="text-sm">
            {t.rich("acceptPrivacy", { link: (chunks) => <Link href="/privacy">{chunks}</Link> })}
          </label>
        </div>
        {err("acceptPrivacy") && (
          <p id="acceptPrivacy-error" className="text-sm font-medium text-danger">
            {err("acceptPrivacy")?.join(" ")}
          </p>
        )}
      </div>
      <SubmitButton className="w-full" pendingLabel={t("registering")}>
        {t("registerButton")}
      </SubmitButton>
      <p className="text-sm">
        <Link href="/login">{t("haveAccount")}</Link>
      </p>
    </form>
  );
}
