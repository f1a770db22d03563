"use client";

import type { JSONContent } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState, useTransition } from "react";
import { FormStatus, useMessage } from "@/components/forms/form-kit";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { ActionResult } from "@/lib/errors";
import { createTopicAction } from "@/lib/forum/actions";
import { EMPTY_DOC, PostEditor, type PostEditorHandle } from "./post-editor";

const DRAFT_KEY = "forum-draft:new-topic";

export function NewTopicForm({ categories, preselected }: { categories: { id: string; name: string }[]; preselected: string }) {
  const t = useTranslations("forum.newTopicPage");
  const message = useMessage();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<{ url: string }> | null>(null);
  const content = useRef<JSONContent>(EMPTY_DOC);
  const editor = useRef<PostEditorHandle | null>(null);
  const errorsOf = (name: string) => (result && !result.ok ? result.fieldErrors?.[name]?.map((k) => message(k, result.values)) : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    start(async () => {
      const outcome = await createTopicAction({
        categoryId: String(form.get("categoryId") ?? ""),
        title: String(form.get("title") ?? ""),
        tags: String(form.get("tags") ?? ""),
        content: content.current,
      });
      setResult(outcome);
      if (outcome.ok) {
        editor.current?.clear();
        router.push(outcome.data.url);
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-5">
      <FormStatus result={result && !result.ok ? result : null} />
      <Field id="topic-category" label={t("category")} errors={errorsOf("categoryId")}>
        {(props) => (
          <Select {...props} name="categoryId" defaultValue={preselected} required>
            <option value="">{t("chooseCategory")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="topic-title" label={t("topicTitle")} hint={t("topicTitleHint")} errors={errorsOf("title")}>
        {(props) => <Input {...props} name="title" required minLength={8} maxLength={150} autoComplete="off" />}
      </Field>
      <Field id="topic-tags" label={t("tags")} hint={t("tagsHint")} errors={errorsOf("tags")}>
        {(props) => <Input {...props} name="tags" autoComplete="off" />}
      </Field>
      <div>
        <p id="topic-body-label" className="mb-1 font-medium">
          {t("body")}
        </p>
        <PostEditor
          id="topic-body"
          labelledBy="topic-body-label"
          describedBy="topic-body-hint"
          placeholder={t("bodyPlaceholder")}
          draftKey={DRAFT_KEY}
          onChange={(doc) => {
            content.current = doc;
          }}
          handleRef={editor}
        />
        <p id="topic-body-hint" className="mt-1 text-sm text-muted">
          {t("draftKept")}
        </p>
        {errorsOf("content")?.map((e) => (
          <p key={e} className="mt-1 text-sm text-danger">
            {e}
          </p>
        ))}
      </div>
      <Button type="submit" busy={pending}>
        {pending ? t("posting") : t("submit")}
      </Button>
    </form>
  );
}
