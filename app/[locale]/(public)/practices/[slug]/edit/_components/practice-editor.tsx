"use client";

import type { JSONContent } from "@tiptap/core";
import { useTranslations } from "next-intl";
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { fieldErrors, useMessage } from "@/components/forms/form-kit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/errors";
import { useRouter } from "@/lib/i18n/navigation";
import { savePracticeAction } from "@/lib/practices/actions";
import type { PracticeFacts } from "@/lib/practices/schemas";
import { CheckboxGroup } from "./checkbox-group";
import { type FieldComment, FieldComments } from "./field-comments";

type Texts = { title: string; summary: string; story: JSONContent; resources: string; steps: string; results: string; lessons: string };
/** The facts as the form holds them (the server validates them against the vocabularies). */
type Facts = { [K in keyof PracticeFacts]: PracticeFacts[K] extends string[] ? string[] : string };
type Option = { value: string; label: string; lang?: string };

export type PracticeEditorProps = {
  practiceId: string;
  /** The language being edited. */
  locale: string;
  uiLocale: string;
  status: string;
  /** Whether "Save and submit" is offered (lib/practices/policy.ts, asked by the page). */
  canSubmit: boolean;
  initial: Omit<Texts, "story"> & { story: object; version: number };
  /** The facts (source language only). */
  facts: Facts | null;
  comments: FieldComment[];
  options: { countries: { code: string; name: string }[]; themes: Option[]; groups: Option[]; languages: Option[] };
};

type Saved = { version: number; status: string };

/** The structured case-study form: one language's texts, and the facts with the source language. */
export function PracticeEditor({
  practiceId,
  locale,
  uiLocale,
  status,
  canSubmit,
  initial,
  facts: initialFacts,
  comments,
  options,
}: PracticeEditorProps) {
  const t = useTranslations("practices");
  const message = useMessage();
  const router = useRouter();
  const [texts, setTexts] = useState<Texts>({ ...initial, story: initial.story as JSONContent });
  const [facts, setFacts] = useState<Facts | null>(initialFacts);
  const [version, setVersion] = useState(initial.version);
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<ActionResult<Saved> | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [pending, start] = useTransition();
  const summary = useRef<HTMLDivElement>(null);
  const locked = status === "IN_REVIEW" || status === "ARCHIVED";

  // Leaving with unsaved changes asks first (the browser's own dialog).
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const setText = <K extends keyof Texts>(key: K, value: Texts[K]) => {
    setTexts((d) => ({ ...d, [key]: value }));
    setDirty(true);
  };
  const setFact = <K extends keyof Facts>(key: K, value: Facts[K]) => {
    setFacts((f) => (f ? { ...f, [key]: value } : f));
    setDirty(true);
  };
  const onStory = useCallback((story: JSONContent) => {
    setTexts((d) => ({ ...d, story }));
    setDirty(true);
  }, []);
  const initialStory = useMemo(() => initial.story as JSONContent, [initial.story]);

  const save = (submit: boolean) =>
    start(async () => {
      const r = await savePracticeAction({ practiceId, locale, baseVersion: version, ...texts, facts: facts ?? undefined, submit });
      setResult(r);
      setSubmitted(r.ok && submit);
      if (r.ok) {
        setVersion(r.data.version);
        setDirty(false);
        router.refresh();
      }
      // A refusal takes the focus to its summary once it is on screen.
      if (!r.ok) requestAnimationFrame(() => summary.current?.focus());
    });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save(false);
  };

  const err = (name: string) => fieldErrors(result, name, message);
  const open = (field: string | null) => comments.filter((c) => c.field === field);
  const commentId = (field: string) => (open(field).length > 0 ? `comments-${field}` : undefined);
  const describe = (p: { "aria-describedby"?: string }, field: string) =>
    [p["aria-describedby"], commentId(field)].filter(Boolean).join(" ") || undefined;
  const invalidCount = result && !result.ok ? Object.keys(result.fieldErrors ?? {}).length : 0;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-labelledby="editor-heading">
      {/* Success goes to a status region present from the start (read when its text changes); a
          refusal takes the focus, so the person reads what went wrong, then tabs to the fields. */}
      <div role="status" className={result?.ok ? undefined : "m-0"}>
        {result?.ok && <Alert tone="success">{submitted ? t("editor.submitted") : t("editor.saved")}</Alert>}
      </div>
      {result && !result.ok && (
        <Alert tone="error" live ref={summary} tabIndex={-1}>
          <p className="font-semibold">{message(result.error, result.values)}</p>
          {invalidCount > 0 && <p>{t("editor.fixFields", { count: invalidCount })}</p>}
        </Alert>
      )}
      {locked && <Alert tone="info">{status === "IN_REVIEW" ? t("editor.lockedInReview") : t("editor.lockedArchived")}</Alert>}

      <fieldset disabled={locked || pending} className="space-y-6">
        <legend className="sr-only">{t("editor.textsLegend")}</legend>
        <div className="space-y-5">
          <EditorField id="title" field="title" label={t("fields.title")} comments={open("title")} errors={err("title")}>
            {(p) => (
              <Input
                {...p}
                aria-describedby={describe(p, "title")}
                lang={locale}
                value={texts.title}
                onChange={(e) => setText("title", e.target.value)}
                maxLength={200}
                className="text-lg font-semibold"
              />
            )}
          </EditorField>
          <EditorField
            id="summary"
            field="summary"
            label={t("fields.summary")}
            hint={t("editor.summaryHint")}
            comments={open("summary")}
            errors={err("summary")}
          >
            {(p) => (
              <Textarea
                {...p}
                lang={locale}
                aria-describedby={describe(p, "summary")}
                rows={3}
                maxLength={600}
                value={texts.summary}
                onChange={(e) => setText("summary", e.target.value)}
              />
            )}
          </EditorField>
          <div className="space-y-1.5">
            <p id="story-label" className="text-sm font-medium">
              {t("fields.story")}
            </p>
            <p id="story-hint" className="text-sm text-muted">
              {t("editor.storyHint")}
            </p>
            <FieldComments id="comments-story" comments={open("story")} />
            <div lang={locale}>
              <RichTextEditor
                id="story"
                labelledBy="story-label"
                describedBy={["story-hint", commentId("story"), err("story") ? "story-error" : null].filter(Boolean).join(" ")}
                initialContent={initialStory}
                onChange={onStory}
                practiceId={practiceId}
                locale={uiLocale}
              />
            </div>
            {err("story") && (
              <p id="story-error" className="text-sm font-medium text-danger">
                {err("story")?.join(" ")}
              </p>
            )}
          </div>
          <EditorField
            id="resources"
            field="resources"
            label={t("fields.resources")}
            hint={t("editor.linesHint")}
            comments={open("resources")}
            errors={err("resources")}
          >
            {(p) => (
              <Textarea
                {...p}
                lang={locale}
                aria-describedby={describe(p, "resources")}
                rows={5}
                value={texts.resources}
                onChange={(e) => setText("resources", e.target.value)}
              />
            )}
          </EditorField>
          <EditorField
            id="steps"
            field="steps"
            label={t("fields.steps")}
            hint={t("editor.stepsHint")}
            comments={open("steps")}
            errors={err("steps")}
          >
            {(p) => (
              <Textarea
                {...p}
                lang={locale}
                aria-describedby={describe(p, "steps")}
                rows={6}
                value={texts.steps}
                onChange={(e) => setText("steps", e.target.value)}
              />
            )}
          </EditorField>
          <EditorField
            id="results"
            field="results"
            label={t("fields.results")}
            hint={t("editor.resultsHint")}
            comments={open("results")}
            errors={err("results")}
          >
            {(p) => (
              <Textarea
                {...p}
                lang={locale}
                aria-describedby={describe(p, "results")}
                rows={4}
                value={texts.results}
                onChange={(e) => setText("results", e.target.value)}
              />
            )}
          </EditorField>
          <EditorField
            id="lessons"
            field="lessons"
            label={t("fields.lessons")}
            hint={t("editor.lessonsHint")}
            comments={open("lessons")}
            errors={err("lessons")}
          >
            {(p) => (
              <Textarea
                {...p}
                lang={locale}
                aria-describedby={describe(p, "lessons")}
                rows={4}
                value={texts.lessons}
                onChange={(e) => setText("lessons", e.target.value)}
              />
            )}
          </EditorField>
        </div>

        {facts ? (
          <fieldset className="space-y-5 rounded-lg border border-line p-4">
            <legend className="px-1 text-base font-semibold">{t("editor.factsLegend")}</legend>
            <FieldComments id="comments-place" comments={open("place")} />
            <div className="grid gap-4 sm:grid-cols-2">
              <EditorField id="libraryName" field="place" label={t("editor.libraryName")} errors={err("facts.libraryName")}>
                {(p) => (
                  <Input
                    {...p}
                    aria-describedby={describe(p, "place")}
                    value={facts.libraryName}
                    maxLength={200}
                    onChange={(e) => setFact("libraryName", e.target.value)}
                  />
                )}
              </EditorField>
              <EditorField id="city" field="place" label={t("editor.city")} errors={err("facts.city")}>
                {(p) => (
                  <Input
                    {...p}
                    aria-describedby={describe(p, "place")}
                    value={facts.city}
                    maxLength={100}
                    onChange={(e) => setFact("city", e.target.value)}
                  />
                )}
              </EditorField>
              <EditorField id="country" field="place" label={t("editor.country")} errors={err("facts.country")}>
                {(p) => (
                  <Select
                    {...p}
                    aria-describedby={describe(p, "place")}
                    value={facts.country}
                    onChange={(e) => setFact("country", e.target.value)}
                  >
                    {!options.countries.some((c) => c.code === facts.country) && <option value="">{t("editor.chooseCountry")}</option>}
                    {options.countries.map((c) => (
                      <option key={c.code} value={c.code}>
                        {c.name}
                      </option>
                    ))}
                  </Select>
                )}
              </EditorField>
            </div>
            <CheckboxGroup
              id="themes"
              legend={t("fields.themes")}
              hint={t("editor.themesHint")}
              errors={err("facts.themes")}
              options={options.themes}
              value={facts.themes}
              onChange={(v) => setFact("themes", v)}
              before={<FieldComments id="comments-themes" comments={open("themes")} />}
            />
            <CheckboxGroup
              id="targetGroups"
              legend={t("fields.targetGroups")}
              errors={err("facts.targetGroups")}
              options={options.groups}
              value={facts.targetGroups}
              onChange={(v) => setFact("targetGroups", v)}
              before={<FieldComments id="comments-targetGroups" comments={open("targetGroups")} />}
            />
            <CheckboxGroup
              id="languagesUsed"
              legend={t("fields.languagesUsed")}
              hint={t("editor.languagesHint")}
              errors={err("facts.languagesUsed")}
              options={options.languages}
              value={facts.languagesUsed}
              onChange={(v) => setFact("languagesUsed", v)}
              columns={3}
              before={<FieldComments id="comments-languagesUsed" comments={open("languagesUsed")} />}
            />
            <FieldComments id="comments-period" comments={open("period")} />
            <div className="grid gap-4 sm:grid-cols-2">
              <EditorField
                id="periodStart"
                field="period"
                label={t("editor.periodStart")}
                hint={t("editor.monthHint")}
                errors={err("facts.periodStart")}
              >
                {(p) => (
                  <Input
                    {...p}
                    aria-describedby={describe(p, "period")}
                    type="month"
                    value={facts.periodStart}
                    onChange={(e) => setFact("periodStart", e.target.value)}
                  />
                )}
              </EditorField>
              <EditorField
                id="periodEnd"
                field="period"
                label={t("editor.periodEnd")}
                hint={t("editor.periodEndHint")}
                errors={err("facts.periodEnd")}
              >
                {(p) => (
                  <Input
                    {...p}
                    aria-describedby={describe(p, "period")}
                    type="month"
                    value={facts.periodEnd}
                    onChange={(e) => setFact("periodEnd", e.target.value)}
                  />
                )}
              </EditorField>
            </div>
            <EditorField
              id="partnersInvolved"
              field="partnersInvolved"
              label={t("fields.partnersInvolved")}
              comments={open("partnersInvolved")}
              errors={err("facts.partnersInvolved")}
            >
              {(p) => (
                <Textarea
                  {...p}
                  aria-describedby={describe(p, "partnersInvolved")}
                  rows={2}
                  maxLength={1000}
                  value={facts.partnersInvolved}
                  onChange={(e) => setFact("partnersInvolved", e.target.value)}
                />
              )}
            </EditorField>
            <FieldComments id="comments-contact" comments={open("contact")} />
            <p className="text-sm text-muted">{t("editor.contactHint")}</p>
            <div className="grid gap-4 sm:grid-cols-2">
              <EditorField id="contactName" field="contact" label={t("editor.contactName")} errors={err("facts.contactName")}>
                {(p) => (
                  <Input
                    {...p}
                    aria-describedby={describe(p, "contact")}
                    value={facts.contactName}
                    maxLength={120}
                    onChange={(e) => setFact("contactName", e.target.value)}
                  />
                )}
              </EditorField>
              <EditorField id="contactEmail" field="contact" label={t("editor.contactEmail")} errors={err("facts.contactEmail")}>
                {(p) => (
                  <Input
                    {...p}
                    aria-describedby={describe(p, "contact")}
                    type="email"
                    autoComplete="off"
                    value={facts.contactEmail}
                    maxLength={200}
                    onChange={(e) => setFact("contactEmail", e.target.value)}
                  />
                )}
              </EditorField>
            </div>
          </fieldset>
        ) : (
          <p className="text-sm text-muted">{t("editor.factsInSource")}</p>
        )}
      </fieldset>

      {!locked && (
        <div className="flex flex-wrap items-center gap-3 border-t border-line pt-4">
          <Button type="submit" variant="secondary" disabled={pending} aria-disabled={pending}>
            {pending ? t("editor.saving") : t("editor.saveDraft")}
          </Button>
          {canSubmit && (
            <Button type="button" disabled={pending} aria-disabled={pending} onClick={() => save(true)}>
              {t("editor.saveAndSubmit")}
            </Button>
          )}
          {dirty && <span className="text-sm text-muted">{t("editor.unsaved")}</span>}
        </div>
      )}
    </form>
  );
}

/** A labelled control with the reviewer's comments on its field just above it. */
function EditorField({
  id,
  field,
  label,
  hint,
  errors,
  comments = [],
  children,
}: {
  id: string;
  field: string;
  label: string;
  hint?: string;
  errors?: string[];
  comments?: FieldComment[];
  children: Parameters<typeof Field>[0]["children"];
}) {
  return (
    <div className="space-y-1.5" data-field={field}>
      <FieldComments id={`comments-${field}`} comments={comments} />
      <Field id={id} label={label} hint={hint} errors={errors}>
        {children}
      </Field>
    </div>
  );
}
