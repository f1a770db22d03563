"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useRef, useState, useTransition } from "react";
import { useMessage } from "@/components/forms/form-kit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { submitAttemptAction } from "@/lib/courses/actions";
import { useRouter } from "@/lib/i18n/navigation";

type Question = { id: string; kind: "SINGLE" | "MULTIPLE"; prompt: string; choices: { id: string; text: string }[] };

/**
 * The open attempt's questions in its own order. It holds prompts and choice texts only: grading
 * happens in submitAttemptAction, on the server, which answers with the score.
 */
export function QuizForm({
  attemptId,
  questions,
  reviewPath,
  lang,
}: {
  attemptId: string;
  questions: Question[];
  reviewPath: string;
  lang?: string;
}) {
  const t = useTranslations("courses.quiz");
  const message = useMessage();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const summary = useRef<HTMLDivElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const answers: Record<string, string[]> = {};
    for (const q of questions) answers[q.id] = form.getAll(`q:${q.id}`).map(String);
    start(async () => {
      const result = await submitAttemptAction({ attemptId, answers });
      if (result.ok) {
        router.push(`${reviewPath}/${result.data.number}`);
        return;
      }
      setError(message(result.error, result.values));
      setFieldErrors(result.fieldErrors ?? {});
      // Move focus to the message, which names what to fix.
      requestAnimationFrame(() => summary.current?.focus());
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <div ref={summary} tabIndex={-1} className="focus:outline-none">
        {error && (
          <Alert tone="error" live>
            {error}
          </Alert>
        )}
      </div>
      <ol className="space-y-6">
        {questions.map((q, i) => {
          const errors = fieldErrors[`q:${q.id}`];
          const errorId = errors ? `q-${q.id}-error` : undefined;
          return (
            <li key={q.id}>
              <fieldset className="rounded-lg border border-line p-4" aria-describedby={errorId} aria-invalid={errors ? true : undefined}>
                <legend className="px-1 font-semibold">
                  <span className="sr-only">{t("questionN", { n: i + 1, total: questions.length })}: </span>
                  <span lang={lang}>{q.prompt}</span>
                </legend>
                <p className="mb-2 text-sm text-muted">{q.kind === "MULTIPLE" ? t("chooseAll") : t("chooseOne")}</p>
                <div className="space-y-2">
                  {q.choices.map((c) => {
                    const id = `c-${q.id}-${c.id}`;
                    return (
                      <div key={c.id} className="flex items-start gap-2">
                        <input
                          id={id}
                          type={q.kind === "MULTIPLE" ? "checkbox" : "radio"}
                          name={`q:${q.id}`}
                          value={c.id}
                          className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
                        />
                        <label htmlFor={id} lang={lang}>
                          {c.text}
                        </label>
                      </div>
                    );
                  })}
                </div>
                {errors && (
                  <p id={errorId} className="mt-2 text-sm font-medium text-danger">
                    {errors.map((k) => message(k)).join(" ")}
                  </p>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
