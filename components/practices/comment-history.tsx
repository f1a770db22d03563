import { getFormatter, getTranslations } from "next-intl/server";
import type { CommentView } from "@/lib/practices/queries";

/** The reviewers' comments on a case study, oldest answered ones greyed: on the authors' editor and the review page. */
export async function CommentHistory({ comments }: { comments: CommentView[] }) {
  if (comments.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("practices"), getFormatter()]);
  return (
    <section aria-labelledby="comment-history" className="rounded-lg border border-line p-4 text-sm">
      <h2 id="comment-history" className="font-semibold">
        {t("editor.commentHistory")}
      </h2>
      <ol className="mt-2 space-y-3">
        {comments.map((c) => (
          <li key={c.id} className={c.resolved ? "text-muted" : ""}>
            <p className="text-xs">
              {format.dateTime(new Date(c.createdAt), { dateStyle: "medium" })} · {c.author ?? t("editor.aReviewer")} ·{" "}
              {c.field ? t(`fields.${c.field}`) : t("review.general")}
              {c.resolved && ` · ${t("editor.answered")}`}
            </p>
            <p className="whitespace-pre-line">{c.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
