"use client";

// A post's edit form, loaded by post-actions.tsx only when someone opens it (next/dynamic): the
// editor it holds is most of a thread's JavaScript otherwise.
import type { JSONContent } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { FormStatus, useMessage } from "@/components/forms/form-kit";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/errors";
import { editPostAction } from "@/lib/forum/actions";
import { PostEditor } from "./post-editor";

export function PostEditForm({
  postId,
  initial,
  onDone,
  onCancel,
}: {
  postId: string;
  initial: JSONContent;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("forum.topic");
  const message = useMessage();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<null> | null>(null);
  const content = useRef<JSONContent>(initial);
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const outcome = await editPostAction({ postId, content: content.current });
          setResult(outcome);
          if (outcome.ok) onDone();
        });
      }}
    >
      <p id={`edit-${postId}-label`} className="font-semibold">
        {t("edit")}
      </p>
      <FormStatus result={result && !result.ok ? result : null} />
      <PostEditor
        id={`edit-${postId}`}
        labelledBy={`edit-${postId}-label`}
        placeholder={t("replyPlaceholder")}
        initialContent={initial}
        onChange={(doc) => {
          content.current = doc;
        }}
      />
      {result && !result.ok && result.fieldErrors?.content && (
        <p className="text-sm text-danger">{result.fieldErrors.content.map((k) => message(k, result.values)).join(" ")}</p>
      )}
      <div className="flex gap-2">
        <Button type="submit" size="sm" busy={pending}>
          {t("saveEdit")}
        </Button>
        <Button variant="secondary" size="sm" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
