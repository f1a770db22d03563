"use client";

import { Bell, BellOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useMessage } from "@/components/forms/form-kit";
import { Button } from "@/components/ui/button";
import { subscribeAction } from "@/lib/forum/actions";

/** Follow / stop following a topic or a category (aria-pressed toggle). */
export function SubscribeButton({ target, on, hint }: { target: { topicId?: string; categoryId?: string }; on: boolean; hint: string }) {
  const t = useTranslations("forum");
  const message = useMessage();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const labels = target.topicId ? [t("topic.followTopic"), t("topic.unfollowTopic")] : [t("followCategory"), t("unfollowCategory")];
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        title={hint}
        onClick={() =>
          start(async () => {
            const result = await subscribeAction({ topicId: target.topicId ?? null, categoryId: target.categoryId ?? null, on: !on });
            if (result.ok) {
              setError(null);
              router.refresh();
            } else setError(message(result.error, result.values));
          })
        }
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
