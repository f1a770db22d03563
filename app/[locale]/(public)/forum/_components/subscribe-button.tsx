"use client";

import { Bell, BellOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionRunner } from "@/components/forms/form-kit";
import { Button } from "@/components/ui/button";
import { subscribeAction } from "@/lib/forum/actions";

/** Follow / stop following a topic or a category (aria-pressed toggle). */
export function SubscribeButton({ target, on, hint }: { target: { topicId?: string; categoryId?: string }; on: boolean; hint: string }) {
  const t = useTranslations("forum");
  const { pending, error, run } = useActionRunner();
  const labels = target.topicId ? [t("topic.followTopic"), t("topic.unfollowTopic")] : [t("followCategory"), t("unfollowCategory")];
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        busy={pending}
        title={hint}
        onClick={() => run(() => subscribeAction({ topicId: target.topicId ?? null, categoryId: target.categoryId ?? null, on: !on }))}
      >
        {on ? <BellOff aria-hidden="true" className="h-4 w-4" /> : <Bell aria-hidden="true" className="h-4 w-4" />}
        {on ? labels[1] : labels[0]}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      )}
    </span>
  );
}
