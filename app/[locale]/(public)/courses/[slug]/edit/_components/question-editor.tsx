"use client";

import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { useActionRunner, useMessage } from "@/components/forms/form-kit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { deleteQuestionAction, moveQuestionAction, saveQuestionAction } from "@/lib/courses/actions";
import { useRouter } from "@/lib/i18n/navigation";

type Choice = { id?: string; text: string; feedback: string; correct: boolean; sourceText?: string; sourceFeedback?: string };
export type EditableQuestion = {
  id: string;
  kind: "SINGLE" | "MULTIPLE";
  prompt: string;
  sourcePrompt: string;
  choices: (Choice & { id: string })[];
};

const blank = (): Choice => ({ text: "", feedback: "", correct: false });

/**
 * One question with its choices, right answers and feedback. In the course's source language
 * everything may change; in a translation only the texts (the source's are shown beside).
 */
export function QuestionEditor({
  quizId,
  locale,
  isSource,
  question,
  index,
  total,
}: {
  quizId: string;
  locale: string;
  isSource: boolean;
  question?: EditableQuestion;
  index: number;
  total: number;
}) {
  const t = useTranslations("courses.questions");
  const message = useMessage();
  const router = useRouter();
  const uid = useId();
  const [kind, setKind] = useState<"SINGLE" | "MULTIPLE">(question?.kind ?? "SINGLE");
  const [prompt, setPrompt] = useState(question?.prompt ?? "");
  const [choices, setChoices] = useState<Choice[]>(question?.choices ?? [blank(), blank()]);
  const [errors, setErrors] = useState<{ form?: string; fields: Record<string, string[]> }>({ fields: {} });
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();
  const runner = useActionRunner();
  const heading = question ? t("questionN", { n: index + 1 }) : t("newQuestion");
  const err = (field: string) => errors.fields[field]?.map((k) => message(k));

  const update = (i: number, change: Partial<Choice>) =>
    setChoices((list) =>
      list.map((c, j) => {
        if (j === i) return { ...c, ...change };
        // A single-answer question has one right answer: ticking one unticks the others.
        if (change.correct && kind === "SINGLE") return { ...c, correct: false };
        return c;
      }),
    );

  const save = () =>
    start(async () => {
      setSaved(false);
      const result = await saveQuestionAction({
        quizId,
        questionId: question?.id,
        locale,
        kind,
        prompt,
        choices: choices.map(({ id, text, feedback, correct }) => ({ id, text, feedback, correct })),
      });
      if (!result.ok) {
        setErrors({ form: message(result.error, result.values), fields: result.fieldErrors ?? {} });
        return;
      }
      setErrors({ fields: {} });
      setSaved(true);
      if (!question) {
        setPrompt("");
        setChoices([blank(), blank()]);
      }
      router.refresh();
    });

  return (
    <section aria-labelledby={`${uid}-h`} className="rounded-lg border border-line p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${uid}-h`} className="font-semibold">
          {heading}
        </h2>
        {question && isSource && (
          <div className="flex gap-1">
            <Button
              size="sm"
              variant="ghost"
              disabled={runner.pending || index === 0}
              aria-label={t("moveUp", { n: index + 1 })}
              onClick={() => runner.run(() => moveQuestionAction({ id: question.id, direction: "up" }))}
            >
              <ArrowUp aria-hidden="true" className="h-4 w-4 shrink-0" />
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={runner.pending || index === total - 1}
              aria-label={t("moveDown", { n: index + 1 })}
              onClick={() => runner.run(() => moveQuestionAction({ id: question.id, direction: "down" }))}
            >
              <ArrowDown aria-hidden="true" className="h-4 w-4 shrink-0" />
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={runner.pending}
              aria-label={t("delete", { n: index + 1 })}
              onClick={() => runner.run(() => deleteQuestionAction({ questionId: question.id }))}
            >
              <Trash2 aria-hidden="true" className="h-4 w-4 shrink-0" />
            </Button>
          </div>
        )}
      </div>
      <div className="mt-3 space-y-4">
        {(errors.form || runner.error) && (
          <Alert tone="error" live>
            {errors.form ?? runner.error}
          </Alert>
        )}
        {saved && (
          <Alert tone="success" live>
            {t("saved")}
          </Alert>
        )}
        {isSource && (
          <Field id={`${uid}-kind`} label={t("kind")}>
            {(p) => (
              <Select
                {...p}
                value={kind}
                onChange={(e) => {
                  const next = e.target.value as "SINGLE" | "MULTIPLE";
                  setKind(next);
                  if (next === "SINGLE")
                    setChoices((list) => list.map((c, i) => ({ ...c, correct: c.correct && list.findIndex((x) => x.correct) === i })));
                }}
              >
                <option value="SINGLE">{t("single")}</option>
                <option value="MULTIPLE">{t("multiple")}</option>
              </Select>
            )}
          </Field>
        )}
        <Field
          id={`${uid}-prompt`}
          label={t("prompt")}
          hint={!isSource && question ? t("source", { text: question.sourcePrompt }) : undefined}
          errors={err("prompt")}
        >
          {(p) => <Textarea {...p} rows={2} value={prompt} onChange={(e) => setPrompt(e.target.value)} maxLength={1000} lang={locale} />}
        </Field>
        <fieldset className="space-y-3" aria-describedby={err("choices") ? `${uid}-choices-error` : undefined}>
          <legend className="text-sm font-medium">{t("choices")}</legend>
          {err("choices") && (
            <p id={`${uid}-choices-error`} className="text-sm font-medium text-danger">
              {err("choices")?.join(" ")}
            </p>
          )}
          {choices.map((c, i) => (
            <div key={c.id ?? `new-${i}`} className="space-y-2 rounded-md border border-line p-3">
              <div className="flex items-center justify-between gap-2">
                <div className="flex items-center gap-2">
                  <input
                    id={`${uid}-c${i}-correct`}
                    type="checkbox"
                    checked={c.correct}
                    disabled={!isSource}
                    onChange={(e) => update(i, { correct: e.target.checked })}
                    className="h-4 w-4 shrink-0 accent-brand-700"
                  />
                  <label htmlFor={`${uid}-c${i}-correct`} className="text-sm">
                    {t("correct", { n: i + 1 })}
                  </label>
                </div>
                {isSource && choices.length > 2 && (
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={t("removeChoice", { n: i + 1 })}
                    onClick={() => setChoices((list) => list.filter((_, j) => j !== i))}
                  >
                    <Trash2 aria-hidden="true" className="h-4 w-4 shrink-0" />
                  </Button>
                )}
              </div>
              <Field
                id={`${uid}-c${i}-text`}
                label={t("choiceText", { n: i + 1 })}
                hint={!isSource && c.sourceText ? t("source", { text: c.sourceText }) : undefined}
                errors={err(`choices.${i}.text`)}
              >
                {(p) => <Input {...p} value={c.text} onChange={(e) => update(i, { text: e.target.value })} maxLength={500} lang={locale} />}
              </Field>
              <Field
                id={`${uid}-c${i}-feedback`}
                label={t("feedback", { n: i + 1 })}
                hint={!isSource && c.sourceFeedback ? t("source", { text: c.sourceFeedback }) : undefined}
                errors={err(`choices.${i}.feedback`)}
              >
                {(p) => (
                  <Textarea
                    {...p}
                    rows={2}
                    value={c.feedback}
                    onChange={(e) => update(i, { feedback: e.target.value })}
                    maxLength={1000}
                    lang={locale}
                  />
                )}
              </Field>
            </div>
          ))}
          {isSource && choices.length < 8 && (
            <Button size="sm" variant="secondary" onClick={() => setChoices((list) => [...list, blank()])}>
              {t("addChoice")}
            </Button>
          )}
        </fieldset>
        <Button onClick={save} disabled={pending} aria-disabled={pending}>
          {question ? t("save") : t("add")}
        </Button>
      </div>
    </section>
  );
}
