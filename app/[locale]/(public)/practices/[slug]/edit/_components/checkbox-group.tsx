"use client";

import type { ReactNode } from "react";

/** A set of checkboxes in a fieldset with its legend, hint, error and reviewer comments. */
export function CheckboxGroup({
  id,
  legend,
  hint,
  errors,
  options,
  value,
  onChange,
  columns = 2,
  before,
}: {
  id: string;
  legend: string;
  hint?: string;
  errors?: string[];
  options: { value: string; label: string; lang?: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  columns?: 2 | 3;
  before?: ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined} className="space-y-2">
      <legend className="text-sm font-medium text-ink">{legend}</legend>
      {before}
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <div className={`grid gap-x-4 gap-y-1.5 ${columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2"}`}>
        {options.map((o) => {
          const inputId = `${id}-${o.value}`;
          return (
            <div key={o.value} className="flex items-center gap-2 text-sm">
              <input
                id={inputId}
                type="checkbox"
                className="h-4 w-4 shrink-0 accent-brand-700"
                checked={value.includes(o.value)}
                onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
              />
              <label htmlFor={inputId} lang={o.lang}>
                {o.label}
              </label>
            </div>
          );
        })}
      </div>
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-danger">
          {errors?.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
