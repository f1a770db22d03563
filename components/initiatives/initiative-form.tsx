"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useMessage } from "@/components/forms/form-kit";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { countryOptions } from "@/lib/countries";
import { localeNames, locales } from "@/lib/i18n/locales";
import { submitInitiativeAction, updateInitiativeAction } from "@/lib/initiatives/actions";
import { EMPTY_VALUES, type FormValues } from "@/lib/initiatives/form-values";
import type { TileSource } from "@/lib/initiatives/tiles";
import { INITIATIVE_TYPES, TARGET_GROUPS } from "@/lib/initiatives/vocabulary";
import { spokenLanguageOptions } from "@/lib/spoken-languages";
import { CityCombobox } from "./city-combobox";
import { LocationPicker } from "./location-picker";

/**
 * Suggesting (a member), creating (a partner for their organisation, a coordinator) or editing an
 * initiative: one form, one schema (lib/initiatives/schemas.ts). A refusal keeps what was typed.
 */
export function InitiativeForm({
  id,
  initial,
  organisations,
  ownOrganisationId,
  reviewer,
  tiles,
  mode,
}: {
  id?: string;
  initial: Partial<FormValues>;
  organisations: { id: string; name: string }[];
  ownOrganisationId: string | null;
  /** Coordinators publish whatever they write. */
  reviewer: boolean;
  tiles: TileSource | null;
  mode: "suggest" | "edit";
}) {
  const t = useTranslations("initiatives.form");
  const tt = useTranslations("initiatives");
  const locale = useLocale();
  const message = useMessage();
  const router = useRouter();
  const [result, action] = useActionState(mode === "edit" ? updateInitiativeAction : submitInitiativeAction, null);
  const kept = inputOf(result);
  const errorsOf = (name: string) => fieldErrors(result, name, message);
  const start: FormValues = { ...EMPTY_VALUES, ...initial };
  const value = <K extends keyof FormValues>(key: K): FormValues[K] => {
    const v = kept[key];
    if (v === undefined) return start[key];
    if (key === "languages" || key === "targetGroups") return (v ? v.split(",") : []) as FormValues[K];
    if (key === "sensitive") return (v === "on") as FormValues[K];
    return v as FormValues[K];
  };

  const [lat, setLat] = useState(value("lat"));
  const [lng, setLng] = useState(value("lng"));
  const [country, setCountry] = useState(value("country"));
  const [languages, setLanguages] = useState<string[]>(value("languages"));
  const [groups, setGroups] = useState<string[]>(value("targetGroups"));
  const [organisationId, setOrganisationId] = useState(value("organisationId"));
  const [focus, setFocus] = useState<{ lat: number; lng: number; zoom: number; key: number } | null>(null);

  useEffect(() => {
    if (result?.ok) router.push(`/${locale}${(result.data as { url: string }).url}`);
  }, [result, router, locale]);

  const toggle = (list: string[], v: string, on: boolean) => (on ? [...new Set([...list, v])] : list.filter((x) => x !== v));
  const publishes = reviewer || (ownOrganisationId !== null && organisationId === ownOrganisationId);

  return (
    <form action={action} noValidate className="max-w-3xl space-y-8">
      {id && <input type="hidden" name="id" value={id} />}
      <FormStatus result={result && !result.ok ? result : null} />

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("what")}</legend>
        <Field id="initiative-name" label={t("name")} errors={errorsOf("name")}>
          {(props) => (
            <Input {...props} name="name" required minLength={3} maxLength={140} defaultValue={value("name")} autoComplete="off" />
          )}
        </Field>
        <Field id="initiative-type" label={t("type")} errors={errorsOf("type")}>
          {(props) => (
            <Select {...props} name="type" required defaultValue={value("type")}>
              <option value="">{t("chooseType")}</option>
              {INITIATIVE_TYPES.map((v) => (
                <option key={v} value={v}>
                  {tt(`types.${v}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="initiative-description" label={t("description")} hint={t("descriptionHint")} errors={errorsOf("description")}>
          {(props) => <Textarea {...props} name="description" rows={6} maxLength={4000} defaultValue={value("description")} />}
        </Field>
        <Field id="initiative-lang" label={t("lang")} hint={t("langHint")} errors={errorsOf("lang")}>
          {(props) => (
            <Select {...props} name="lang" defaultValue={value("lang") || locale}>
              {locales.map((l) => (
                <option key={l} value={l} lang={l}>
                  {localeNames[l]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("host")}</legend>
        <Field
          id="initiative-organisation"
          label={t("organisation")}
          hint={
            mode === "edit" ? undefined : publishes ? t("publishesNow") : ownOrganisationId ? t("waitsForReview") : t("organisationHint")
          }
          errors={errorsOf("organisationId")}
        >
          {(props) => (
            <Select {...props} name="organisationId" value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
              <option value="">{t("notListed")}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {!organisationId && (
          <Field id="initiative-host" label={t("hostName")} hint={t("hostNameHint")} errors={errorsOf("hostName")}>
            {(props) => <Input {...props} name="hostName" maxLength={140} defaultValue={value("hostName")} autoComplete="organization" />}
          </Field>
        )}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("where")}</legend>
        <CityCombobox
          id="initiative-city"
          name="city"
          idName="cityId"
          label={t("city")}
          hint={t("cityHint")}
          errors={errorsOf("city")}
          required
          defaultCity={value("cityId") ? { id: Number(value("cityId")), name: value("city"), country: value("country") } : null}
          defaultText={value("city")}
          onSelect={(city) => {
            setCountry(city.country);
            setFocus({ lat: city.lat, lng: city.lng, zoom: 13, key: Date.now() });
          }}
        />
        <Field id="initiative-country" label={t("country")} errors={errorsOf("country")}>
          {(props) => (
            <Select {...props} name="country" required value={country} onChange={(e) => setCountry(e.target.value)}>
              <option value="">{t("chooseCountry")}</option>
              {countryOptions(locale, "")
                .filter((c) => c.code !== "OTHER")
                .map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
            </Select>
          )}
        </Field>
        <Field id="initiative-address" label={t("address")} hint={t("addressHint")} errors={errorsOf("address")}>
          {(props) => <Input {...props} name="address" maxLength={200} defaultValue={value("address")} autoComplete="street-address" />}
        </Field>
        <LocationPicker
          lat={lat}
          lng={lng}
          onChange={(a, b) => {
            setLat(a);
            setLng(b);
          }}
          focus={focus}
          tiles={tiles}
          errors={{ lat: errorsOf("lat"), lng: errorsOf("lng") }}
        />
        <div className="flex items-start gap-3 rounded-md border border-line bg-surface p-3">
          <input
            id="initiative-sensitive"
            type="checkbox"
            name="sensitive"
            defaultChecked={value("sensitive")}
            aria-describedby="initiative-sensitive-hint"
            className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
          />
          <div>
            <label htmlFor="initiative-sensitive" className="font-medium">
              {t("sensitive")}
            </label>
            <p id="initiative-sensitive-hint" className="text-sm text-muted">
              {t("sensitiveHint")}
            </p>
          </div>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("forWhom")}</legend>
        <input type="hidden" name="languages" value={languages.join(",")} />
        <fieldset aria-describedby={errorsOf("languages") ? "languages-error" : undefined}>
          <legend className="text-sm font-medium">{t("languages")}</legend>
          <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
            {spokenLanguageOptions(locale).map((l) => (
              <label key={l.code} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={languages.includes(l.code)}
                  onChange={(e) => setLanguages(toggle(languages, l.code, e.target.checked))}
                  className="h-4 w-4 shrink-0 accent-brand-700"
                />
                {l.name}
              </label>
            ))}
          </div>
          {errorsOf("languages") && (
            <p id="languages-error" className="mt-1 text-sm text-danger">
              {errorsOf("languages")?.join(" ")}
            </p>
          )}
        </fieldset>
        <input type="hidden" name="targetGroups" value={groups.join(",")} />
        <fieldset>
          <legend className="text-sm font-medium">{t("targetGroups")}</legend>
          <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
            {TARGET_GROUPS.map((g) => (
              <label key={g} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={groups.includes(g)}
                  onChange={(e) => setGroups(toggle(groups, g, e.target.checked))}
                  className="h-4 w-4 shrink-0 accent-brand-700"
                />
                {tt(`groups.${g}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field id="initiative-schedule" label={t("schedule")} hint={t("scheduleHint")} errors={errorsOf("schedule")}>
          {(props) => <Input {...props} name="schedule" maxLength={300} defaultValue={value("schedule")} />}
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("contactSection")}</legend>
        <Field id="initiative-contact" label={t("contact")} hint={t("contactHint")} errors={errorsOf("contact")}>
          {(props) => <Input {...props} name="contact" maxLength={300} defaultValue={value("contact")} />}
        </Field>
        <Field id="initiative-website" label={t("website")} errors={errorsOf("website")}>
          {(props) => <Input {...props} name="website" type="url" maxLength={300} defaultValue={value("website")} placeholder="https://" />}
        </Field>
      </fieldset>

      <SubmitButton pendingLabel={t("saving")}>{mode === "edit" ? t("save") : publishes ? t("publish") : t("submit")}</SubmitButton>
    </form>
  );
}
