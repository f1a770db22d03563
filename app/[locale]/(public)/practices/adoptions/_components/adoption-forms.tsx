"use client";

import { CheckSquare, Square } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useMessage } from "@/components/forms/form-kit";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/errors";
import { addChecklistItemAction, recordOutcomeAction, setChecklistItemAction, updateAdoptionNotesAction } from "@/lib/practices/actions";
import { ADOPTION_OUTCOMES } from "@/lib/practices/schemas";

// The adopter's forms. Each one is a plain form posting to a server action, so it works before
// (and without) JavaScript; useActionState keeps what was typed when the server refuses it.

type Item = { id: string; kind: string; text: string; done: boolean };

/** One checklist item: a button that ticks or unticks it (aria-pressed says which). */
export function ChecklistItem({ adoptionId, item, lang }: { adoptionId: string; item: Item; lang?: string }) {
  const t = useTranslations("practices.adoption");
  const [result, action] = useActionState(setChecklistItemAction, null);
  return (
    <form action={action} className="flex items-start gap-2">
      <input type="hidden" name="adoptionId" value={adoptionId} />
      <input type="hidden" name="itemId" value={item.id} />
      <input type="hidden" name="done" value={item.done ? "false" : "true"} />
      <button
        type="submit"
        aria-pressed={item.done}
        className="mt-0.5 grid h-6 w-6 shrink-0 place-items-center rounded text-brand-800 hover:bg-brand-50"
        aria-label={t("toggleItem", { item: item.text })}
      >
        {item.done ? <CheckSquare aria-hidden="true" className="h-5 w-5" /> : <Square aria-hidden="true" className="h-5 w-5" />}
      </button>
      <span lang={lang} className={item.done ? "text-muted line-through" : ""}>
        {item.text}
      </span>
      {result && !result.ok && <FormStatus result={result} />}
    </form>
  );
}

/** Resets a form after its action succeeded (the new item is on the list; the field starts empty). */
function useResetOnSuccess(result: ActionResult<unknown> | null) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (result?.ok) form.current?.reset();
  }, [result]);
  return form;
}

export function AddChecklistItemForm({ adoptionId }: { adoptionId: string }) {
  const t = useTranslations("practices.adoption");
  const message = useMessage();
  const [result, action] = useActionState(addChecklistItemAction, null);
  const form = useResetOnSuccess(result);
  return (
    <form ref={form} action={action} className="mt-4 flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="adoptionId" value={adoptionId} />
      <Field id="new-item" label={t("addItem")} errors={fieldErrors(result, "text", message)} className="min-w-0 flex-1">
        {(p) => <Input {...p} name="text" maxLength={300} defaultValue={inputOf(result).text} />}
      </Field>
      <SubmitButton variant="secondary">{t("addItemButton")}</SubmitButton>
    </form>
  );
}

export function NotesForm({ adoptionId, notes, plannedFor }: { adoptionId: string; notes: string; plannedFor: string }) {
  const t = useTranslations("practices");
  const message = useMessage();
  const [result, action] = useActionState(updateAdoptionNotesAction, null);
  const typed = inputOf(result);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus result={result} success={t("adoption.notesSaved")} />
      <input type="hidden" name="adoptionId" value={adoptionId} />
      <Field id="plannedFor" label={t("adopt.plannedFor")} errors={fieldErrors(result, "plannedFor", message)}>
        {(p) => <Input {...p} type="date" name="plannedFor" defaultValue={typed.plannedFor ?? plannedFor} />}
      </Field>
      <Field id="notes" label={t("adopt.notes")} hint={t("adopt.notesHint")} errors={fieldErrors(result, "notes", message)}>
        {(p) => <Textarea {...p} name="notes" rows={5} maxLength={4000} defaultValue={typed.notes ?? notes} />}
      </Field>
      <SubmitButton variant="secondary">{t("adoption.saveNotes")}</SubmitButton>
    </form>
  );
}

export function OutcomeForm({
  adoptionId,
  current,
}: {
  adoptionId: string;
  current: { status: string; whatChanged: string; outcomeStory: string };
}) {
  const t = useTranslations("practices.adoption");
  const message = useMessage();
  const [result, action] = useActionState(recordOutcomeAction, null);
  const typed = inputOf(result);
  const chosen = typed.status ?? (current.status === "PLANNED" ? "" : current.status);
  const statusErrors = fieldErrors(result, "status", message);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus result={result} success={t("outcomeSaved")} />
      <input type="hidden" name="adoptionId" value={adoptionId} />
      <fieldset aria-describedby={statusErrors ? "outcome-status-error" : undefined}>
        <legend className="text-sm font-medium">{t("howDidItGo")}</legend>
        <div className="mt-2 space-y-1.5">
          {ADOPTION_OUTCOMES.map((s) => (
            <div key={s} className="flex items-center gap-2 text-sm">
              <input
                id={`outcome-${s}`}
                type="radio"
                name="status"
                value={s}
                defaultChecked={chosen === s}
                className="h-4 w-4 shrink-0 accent-brand-700"
              />
              <label htmlFor={`outcome-${s}`}>{t(`status.${s}`)}</label>
            </div>
          ))}
        </div>
        {statusErrors && (
          <p id="outcome-status-error" className="mt-1 text-sm font-medium text-danger">
            {statusErrors.join(" ")}
          </p>
        )}
      </fieldset>
      <Field id="whatChanged" label={t("whatChanged")} hint={t("whatChangedHint")} errors={fieldErrors(result, "whatChanged", message)}>
        {(p) => <Textarea {...p} name="whatChanged" rows={3} maxLength={2000} defaultValue={typed.whatChanged ?? current.whatChanged} />}
      </Field>
      <Field id="outcomeStory" label={t("outcomeStory")} hint={t("outcomeStoryHint")} errors={fieldErrors(result, "outcomeStory", message)}>
        {(p) => <Textarea {...p} name="outcomeStory" rows={5} maxLength={4000} defaultValue={typed.outcomeStory ?? current.outcomeStory} />}
      </Field>
      <SubmitButton>{current.status === "PLANNED" ? t("recordOutcome") : t("updateOutcome")}</SubmitButton>
    </form>
  );
}
