"use client";

import { MessageSquareWarning } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";

export type FieldComment = { id: string; field: string | null; body: string; author: string | null; createdAt: string };

/** A reviewer's open comments on one field, shown right above it (and linked to it for screen readers). */
export function FieldComments({ id, comments }: { id: string; comments: FieldComment[] }) {
  const t = useTranslations("practices.editor");
  const format = useFormatter();
  if (comments.length === 0) return null;
  return (
    <div id={id} className="rounded-md border border-amber-300 bg-accent-100 px-3 py-2 text-sm text-accent-700">
      {comments.map((c) => (
        <p key={c.id} className="flex gap-2">
          <MessageSquareWarning aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0" />
          <span>
            <span className="font-semibold">
              {t("reviewerSays", {
                name: c.author ?? t("aReviewer"),
                date: format.dateTime(new Date(c.createdAt), { dateStyle: "medium" }),
              })}
            </span>{" "}
            <span className="whitespace-pre-line">{c.body}</span>
          </span>
        </p>
      ))}
    </div>
  );
}
