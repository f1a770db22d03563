"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionRunner } from "@/components/forms/form-kit";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { ActionResult } from "@/lib/errors";
import { lockTopicAction, moveTopicAction, pinTopicAction } from "@/lib/forum/actions";

export function ModBar({
  topicId,
  locked,
  pinned,
  categoryId,
  categories,
}: {
  topicId: string;
  locked: boolean;
  pinned: boolean;
  categoryId: string;
  categories: { id: string; name: string }[];
}) {
  const t = useTranslations("forum.mod");
  const { pending, error, run: runAction } = useActionRunner();
  // What the last action did, in words of its own: "Done." beside the move button read as a move.
  const [done, setDone] = useState("");
  const [target, setTarget] = useState(categoryId);
  const run = (action: () => Promise<ActionResult<unknown>>, outcome: string) => {
    setDone("");
    runAction(action, () => setDone(outcome));
  };
  const targetName = categories.find((c) => c.id === target)?.name ?? "";
  return (
    <section aria-labelledby="mod-tools" className="mt-4 rounded-md border border-line bg-surface p-3">
      <h2 id="mod-tools" className="mb-2 text-sm font-semibold">
        {t("tools")}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          size="sm"
          busy={pending}
          onClick={() => run(() => lockTopicAction({ topicId, on: !locked }), t(locked ? "doneUnlocked" : "doneLocked"))}
        >
          {locked ? t("unlock") : t("lock")}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          busy={pending}
          onClick={() => run(() => pinTopicAction({ topicId, on: !pinned }), t(pinned ? "doneUnpinned" : "donePinned"))}
        >
          {pinned ? t("unpin") : t("pin")}
        </Button>
        <label htmlFor="move-category" className="ml-2 text-sm">
          {t("move")}
        </label>
        <Select id="move-category" className="w-auto py-1.5 text-sm" value={target} onChange={(e) => setTarget(e.target.value)}>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
        <Button
          variant="secondary"
          size="sm"
          disabled={pending || target === categoryId}
          onClick={() => run(() => moveTopicAction({ topicId, categoryId: target }), t("doneMoved", { category: targetName }))}
        >
          {t("moveSubmit")}
        </Button>
      </div>
      <p role="status" className={`mt-2 text-sm empty:hidden ${error ? "text-danger" : "text-success"}`}>
        {error ?? done}
      </p>
    </section>
  );
}
