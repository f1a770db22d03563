"use client";

import type { JSONContent } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { type FormEvent, useCallback, useEffect, useRef, useState, useTransition } from "react";
import { FormStatus, useMessage } from "@/components/forms/form-kit";
import { useRefresh } from "@/components/layout/member";
import { Alert } from "@/components/ui/alert";
import { focusWhenReady } from "@/components/ui/announcer";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/errors";
import { replyAction } from "@/lib/forum/actions";
import { POSTS_PER_PAGE } from "@/lib/forum/constants";
import { PostEditor } from "./lazy-post-editor";
import type { PostEditorHandle } from "./post-editor";
import { EMPTY_DOC } from "./post-editor-doc";
import { type QuoteRequest, REPLY_EVENT } from "./reply-event";

export function ReplyForm({ topicId }: { topicId: string }) {
  const t = useTranslations("forum.topic");
  const message = useMessage();
  const router = useRouter();
  const refresh = useRefresh();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<{ url: string; number: number }> | null>(null);
  const [replyTo, setReplyTo] = useState<{ id: string; number: number; name: string } | null>(null);
  const [restored, setRestored] = useState(false);
  const content = useRef<JSONContent>(EMPTY_DOC);
  const handle = useRef<PostEditorHandle | null>(null);
  const draftKey = `forum-draft:reply:${topicId}`;
  const replyToKey = `${draftKey}:to`;

  useEffect(() => {
    try {
      const saved = window.localStorage.getItem(replyToKey);
      if (saved) setReplyTo(JSON.parse(saved));
    } catch {}
  }, [replyToKey]);

  useEffect(() => {
    const apply = (detail: QuoteRequest, attempt = 0) => {
      const editor = handle.current?.editor;
      if (!editor) {
        // The editor is created just after the page loads: a click that early waits for it.
        if (attempt < 50) window.setTimeout(() => apply(detail, attempt + 1), 100);
        return;
      }
      if (detail.quote && detail.text) {
        const paragraphs = detail.text
          .slice(0, 1500)
          .split(/\n+/)
          .filter(Boolean)
          .map((line) => ({ type: "paragraph", content: [{ type: "text", text: line }] }));
        const intro: JSONContent[] = detail.authorId
          ? [
              { type: "mention", attrs: { id: detail.authorId, label: detail.authorName } },
              { type: "text", text: ":" },
            ]
          : [{ type: "text", text: `${detail.authorName}:` }];
        editor
          .chain()
          .focus("end")
          .insertContent([
            { type: "blockquote", attrs: { postId: detail.postId }, content: [{ type: "paragraph", content: intro }, ...paragraphs] },
            { type: "paragraph" },
          ])
          .run();
      } else {
        editor.commands.focus("end");
      }
      editor.view.dom.scrollIntoView({ block: "center" });
    };
    const onRequest = (event: Event) => {
      const detail = (event as CustomEvent<QuoteRequest>).detail;
      const target = { id: detail.postId, number: detail.number, name: detail.authorName };
      setReplyTo(target);
      try {
        window.localStorage.setItem(replyToKey, JSON.stringify(target));
      } catch {}
      apply(detail);
    };
    window.addEventListener(REPLY_EVENT, onRequest);
    return () => window.removeEventListener(REPLY_EVENT, onRequest);
  }, [replyToKey]);

  const onDraftRestored = useCallback(() => setRestored(true), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    start(async () => {
      const outcome = await replyAction({ topicId, content: content.current, replyToId: replyTo?.id ?? null });
      setResult(outcome);
      if (outcome.ok) {
        handle.current?.clear();
        window.localStorage.removeItem(replyToKey);
        setReplyTo(null);
        setRestored(false);
        const { number } = outcome.data;
        // The thread is shared with members (decision 013): the browser keeps its pages for a few
        // minutes, so it drops them (refresh) before opening the page that holds the new post.
        refresh();
        router.push(`/forum/t/${topicId}?page=${Math.ceil(number / POSTS_PER_PAGE)}#post-${number}`);
        // The new post is the result: focus lands on it (not on <body>) once the page shows it.
        focusWhenReady(`#post-${number} > article`, t("posted"));
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-labelledby="reply-heading">
      {restored && (
        <Alert tone="info">
          <span className="flex flex-wrap items-center gap-3">
            {t("draftRestored")}
            <Button
              variant="ghost"
              size="sm"
              onClick={() => {
                handle.current?.clear();
                setRestored(false);
              }}
            >
              {t("discardDraft")}
            </Button>
          </span>
        </Alert>
      )}
      {replyTo && (
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <span>{t("replyingTo", { name: replyTo.name, number: replyTo.number })}</span>
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              setReplyTo(null);
              window.localStorage.removeItem(replyToKey);
            }}
          >
            {t("cancelReplyTo")}
          </Button>
        </p>
      )}
      <FormStatus result={result && !result.ok ? result : null} />
      <PostEditor
        id="reply-body"
        labelledBy="reply-heading"
        placeholder={t("replyPlaceholder")}
        draftKey={draftKey}
        onChange={(doc) => {
          content.current = doc;
        }}
        handleRef={handle}
        onDraftRestored={onDraftRestored}
      />
      {result && !result.ok && result.fieldErrors?.content && (
        <p className="text-sm text-danger">{result.fieldErrors.content.map((k) => message(k, result.values)).join(" ")}</p>
      )}
      <Button type="submit" busy={pending}>
        {pending ? t("sending") : t("sendReply")}
      </Button>
    </form>
  );
}
