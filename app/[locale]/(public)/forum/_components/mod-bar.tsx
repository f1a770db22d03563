"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useMessage } from "@/components/forms/form-kit";
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
  const message = useMessage();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [target, setTarget] = useState(categoryId);
  const run = (fn: () => Promise<ActionResult<unknown>>) =>
    start(async () => {
      const result = await fn();
      setStatus(result.ok ? { ok: true, text: t("done") } : { ok: false, text: message(result.error, result.values) });
      if (result.ok) router.refresh();
    });
  return (
    <section aria-labelledby="mod-tools" className="mt-4 rounded-md border border-line bg-surface p-3">
      <h2 id="mod-tools" className="mb-2 text-sm font-semibold">
        {t("tools")}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" disabled={pending} onClick={() => run(() => lockTopicAction({ topicId, on: !locked }))}>
          {locked ? t("unlock") : t("lock")}
        </Button>
        <Button variant="secondary" size="sm" disabled={pending} onClick={() => run(() => pinTopicAction({ topicId, on: !pinned }))}>
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
          onClick={() => run(() => moveTopicAction({ topicId, categoryId: target }))}
        >
          {t("moveSubmit")}
        </Button>
        {status && (
          <span role="status" className={`text-sm ${status.ok ? "text-success" : "text-danger"}`}>
            {status.text}
          </span>
        )}
      </div>
    </section>
  );
}
