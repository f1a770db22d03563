"use client";

import type { JSONContent } from "@tiptap/react";
import {
  CheckCircle2,
  Flag,
  HandHeart,
  HeartHandshake,
  History,
  Lightbulb,
  Link2,
  type LucideIcon,
  Pencil,
  Quote,
  Reply,
  ThumbsUp,
} from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { FormStatus, fieldErrors, inputOf, SubmitButton, useActionRunner, useMessage } from "@/components/forms/form-kit";
import { useRefresh } from "@/components/layout/member";
import { Alert } from "@/components/ui/alert";
import { announce } from "@/components/ui/announcer";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { acceptAnswerAction, flagAction, reactAction, unhidePostAction } from "@/lib/forum/actions";
import { FLAG_REASONS, type ReactionKind } from "@/lib/forum/constants";
import { Link } from "@/lib/i18n/navigation";
import { HidePostForm, SuspendForm } from "@/components/forum/moderation-forms";
import { EditorLoading } from "./lazy-post-editor";
import { requestReply } from "./reply-event";
import { usePostViewer, useTopicViewer } from "./topic-viewer";

// The edit form holds the editor (Tiptap, ≈ 170 KB of gzipped JavaScript): loaded when a post is
// edited, not with every thread (see lazy-post-editor.tsx).
const PostEditForm = dynamic(() => import("./post-edit-form").then((m) => m.PostEditForm), { loading: EditorLoading });

/** What everyone sees of the post (the shared page); the member's part comes from the topic viewer. */
type PostInfo = {
  id: string;
  number: number;
  authorName: string;
  authorId: string | null;
  text: string;
  hidden: boolean;
  reactions: { kind: ReactionKind; count: number }[];
};

const NOTHING = { react: false, flag: false, edit: false, accept: false, suspendAuthor: false };

const ICONS: Record<ReactionKind, LucideIcon> = { like: ThumbsUp, thanks: HandHeart, idea: Lightbulb, support: HeartHandshake };

export function PostActions({ topicId, post: shared, isSolution }: { topicId: string; post: PostInfo; isSolution: boolean }) {
  const t = useTranslations("forum");
  const format = useFormatter();
  const refresh = useRefresh();
  const { pending, error, run } = useActionRunner();
  const [panel, setPanel] = useState<null | "flag" | "hide" | "edit">(null);
  // What this member may do, decided on the server by lib/forum/policy.ts (the actions ask again).
  const topic = useTopicViewer();
  const mine = usePostViewer(shared.id);
  const can = { reply: topic?.canReply ?? false, moderate: topic?.canModerate ?? false, ...(mine?.may ?? NOTHING) };
  const post = {
    ...shared,
    reactions: shared.reactions.map((r) => ({ ...r, mine: mine?.reacted.includes(r.kind) ?? false })),
    openFlags: mine?.openFlags ?? 0,
  };
  // The editor source comes when Edit is pressed: shared pages carry no one's (decision 013).
  const message = useMessage();
  const [source, setSource] = useState<{ loading: boolean; json: JSONContent | null; error: string | null }>({
    loading: false,
    json: null,
    error: null,
  });
  const openEditor = async () => {
    if (panel === "edit") return setPanel(null);
    setSource({ loading: true, json: null, error: null });
    try {
      const res = await fetch(`/api/forum/posts/${post.id}/source`, {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      });
      const body = (await res.json()) as { content?: JSONContent; error?: { message?: string } };
      if (!res.ok || !body.content) throw new Error(body.error?.message ?? "errors.INTERNAL");
      setSource({ loading: false, json: body.content, error: null });
      setPanel("edit");
    } catch (e) {
      const key = e instanceof Error && e.message.startsWith("errors.") ? e.message : "errors.INTERNAL";
      setSource({ loading: false, json: null, error: message(key) });
    }
  };

  const afterModeration = useCallback(() => {
    setPanel(null);
    refresh();
  }, [refresh]);
  const toggle = (name: "flag" | "hide" | "edit") => setPanel((p) => (p === name ? null : name));

  return (
    <div className="mt-4 space-y-3">
      <div className="flex flex-wrap items-center gap-1">
        {post.reactions.some((r) => r.count > 0) || can.react ? (
          <ul aria-label={t("topic.reactions")} className="mr-2 flex flex-wrap gap-1">
            {post.reactions
              .filter((r) => can.react || r.count > 0)
              .map((r) => {
                const label = t(`topic.reaction.${r.kind}`);
                const Icon = ICONS[r.kind];
                // The name is what the button shows: icon (decorative), word and count; aria-pressed says whether it is mine.
                const content = (
                  <>
                    <Icon aria-hidden="true" className="h-4 w-4" />
                    <span>{label}</span>
                    {r.count > 0 && (
                      <>
                        {" "}
                        <span className="font-semibold">{format.number(r.count)}</span>
                      </>
                    )}
                  </>
                );
                return (
                  <li key={r.kind}>
                    {can.react ? (
                      <button
                        type="button"
                        aria-pressed={r.mine}
                        aria-disabled={pending || undefined}
                        onClick={() => {
                          // Stays enabled while the action runs: a disabled button would drop the focus.
                          if (pending) return;
                          run(
                            () => reactAction({ postId: post.id, kind: r.kind }),
                            ({ on }) => {
                              const count = r.count + (on === r.mine ? 0 : on ? 1 : -1);
                              announce(t(on ? "topic.reactionAdded" : "topic.reactionRemoved", { label, count }));
                            },
                          );
                        }}
                        className={`inline-flex min-h-8 items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm ${r.mine ? "border-brand-700 bg-brand-50 text-brand-900" : "border-line text-ink hover:bg-brand-50"}`}
                      >
                        {content}
                      </button>
                    ) : (
                      <span className="inline-flex min-h-8 items-center gap-1.5 rounded-full border border-line px-2.5 py-0.5 text-sm">
                        {content}
                      </span>
                    )}
                  </li>
                );
              })}
          </ul>
        ) : null}
        {can.reply &&
          !post.hidden &&
          ([false, true] as const).map((quote) => {
            const Icon = quote ? Quote : Reply;
            return (
              <Button
                key={String(quote)}
                variant="ghost"
                size="sm"
                onClick={() =>
                  requestReply({
                    postId: post.id,
                    number: post.number,
                    authorName: post.authorName,
                    authorId: post.authorId,
                    text: post.text,
                    quote,
                  })
                }
              >
                <Icon aria-hidden="true" className="h-4 w-4" />
                {quote ? t("topic.quote") : t("topic.reply")}
                <span className="sr-only">
                  {" "}
                  ({quote ? t("topic.quoteOf", { name: post.authorName }) : t("topic.replyToPost", { name: post.authorName })})
                </span>
              </Button>
            );
          })}
        {can.accept && (
          <Button
            variant="ghost"
            size="sm"
            busy={pending}
            onClick={() => run(() => acceptAnswerAction({ topicId, postId: isSolution ? null : post.id }))}
          >
            <CheckCircle2 aria-hidden="true" className="h-4 w-4" />
            {isSolution ? t("topic.unaccept") : t("topic.accept")}
          </Button>
        )}
        {can.edit && (
          <Button variant="ghost" size="sm" aria-expanded={panel === "edit"} busy={source.loading} onClick={() => void openEditor()}>
            <Pencil aria-hidden="true" className="h-4 w-4" />
            {t("topic.edit")}
          </Button>
        )}
        {can.flag && (
          <Button variant="ghost" size="sm" aria-expanded={panel === "flag"} onClick={() => toggle("flag")}>
            <Flag aria-hidden="true" className="h-4 w-4" />
            {t("topic.flag")}
          </Button>
        )}
        <Link
          href={`/forum/p/${post.id}`}
          className="inline-flex items-center gap-1 rounded-md px-3 py-1.5 text-sm text-brand-800 no-underline hover:bg-brand-50"
        >
          <Link2 aria-hidden="true" className="h-4 w-4" />
          {t("topic.link")}
          <span className="sr-only"> #{post.number}</span>
        </Link>
        {can.moderate && (
          <>
            {post.openFlags > 0 && <span className="text-sm font-medium text-danger">{t("mod.openFlags", { count: post.openFlags })}</span>}
            {post.hidden ? (
              <Button variant="secondary" size="sm" busy={pending} onClick={() => run(() => unhidePostAction({ postId: post.id }))}>
                {t("mod.unhide")}
              </Button>
            ) : (
              <Button variant="secondary" size="sm" aria-expanded={panel === "hide"} onClick={() => toggle("hide")}>
                {t("mod.hide")}
              </Button>
            )}
            <Link
              href={`/forum/p/${post.id}/history`}
              className="inline-flex items-center gap-1 rounded-md px-3 py-1.5 text-sm text-brand-800 no-underline hover:bg-brand-50"
            >
              <History aria-hidden="true" className="h-4 w-4" />
              {t("topic.history")}
            </Link>
          </>
        )}
      </div>
      {(error ?? source.error) && (
        <p role="alert" className="text-sm font-medium text-danger">
          {error ?? source.error}
        </p>
      )}
      {panel === "flag" && <FlagForm postId={post.id} onDone={refresh} />}
      {panel === "hide" && (
        <div className="space-y-3 rounded-md border border-line bg-surface p-4">
          <HidePostForm postId={post.id} idPrefix="topic" title={t("mod.hideTitle")} onDone={afterModeration} />
          {post.authorId && can.suspendAuthor && (
            <SuspendForm user={{ id: post.authorId, name: post.authorName }} idPrefix={`post-${post.number}`} onDone={afterModeration} />
          )}
        </div>
      )}
      {panel === "edit" && source.json && (
        <PostEditForm
          postId={post.id}
          initial={source.json}
          onDone={() => {
            setPanel(null);
            refresh();
          }}
          onCancel={() => setPanel(null)}
        />
      )}
    </div>
  );
}

function FlagForm({ postId, onDone }: { postId: string; onDone: () => void }) {
  const t = useTranslations("forum.flag");
  const message = useMessage();
  const [result, action] = useActionState(flagAction, null);
  const first = useRef<HTMLInputElement>(null);
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => first.current?.focus(), []);
  const outcome = result?.ok ? (result.data.autoHidden ? t("autoHidden") : t("sent")) : null;
  const handled = useRef<unknown>(null);
  useEffect(() => {
    if (!outcome || handled.current === result) return;
    handled.current = result; // once per answer, however often the parent re-renders
    // The form (and the button that had the focus) is gone: the focus moves to the outcome, which
    // is read out as it takes the focus.
    done.current?.focus();
    onDone();
  }, [outcome, result, onDone]);
  const input = inputOf(result);
  if (outcome) {
    return (
      <Alert tone="success" live ref={done} tabIndex={-1}>
        {outcome}
      </Alert>
    );
  }
  const reasonErrors = fieldErrors(result, "reason", message);
  return (
    <form action={action} className="space-y-3 rounded-md border border-line bg-surface p-4">
      <input type="hidden" name="postId" value={postId} />
      <p className="font-semibold">{t("title")}</p>
      <p className="text-sm text-muted">{t("lead")}</p>
      <FormStatus result={result} />
      <fieldset aria-describedby={reasonErrors ? `flag-${postId}-reason-error` : undefined}>
        <legend className="text-sm font-medium">{t("reason")}</legend>
        <div className="mt-2 space-y-1">
          {FLAG_REASONS.map((reason, i) => (
            <label key={reason} className="flex items-start gap-2 text-sm">
              <input
                ref={i === 0 ? first : undefined}
                type="radio"
                name="reason"
                value={reason}
                defaultChecked={input.reason === reason}
                className="mt-1"
              />
              {t(reason)}
            </label>
          ))}
        </div>
        {reasonErrors && (
          <p id={`flag-${postId}-reason-error`} className="mt-1 text-sm font-medium text-danger">
            {reasonErrors.join(" ")}
          </p>
        )}
      </fieldset>
      <Field id={`flag-${postId}-note`} label={t("note")} hint={t("noteHint")} errors={fieldErrors(result, "note", message)}>
        {(props) => <Textarea {...props} name="note" rows={2} maxLength={500} defaultValue={input.note ?? ""} />}
      </Field>
      <SubmitButton variant="primary">{t("submit")}</SubmitButton>
    </form>
  );
}
