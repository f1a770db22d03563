"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { useActionRunner } from "@/components/forms/form-kit";
import { HidePostForm, SuspendForm } from "@/components/forum/moderation-forms";
import { focusWhenReady } from "@/components/ui/announcer";
import { Button } from "@/components/ui/button";
import { dismissFlagsAction, liftSuspensionAction, unhidePostAction } from "@/lib/forum/actions";

export function QueueActions({
  postId,
  hidden,
  author,
  nextFocus,
}: {
  postId: string;
  hidden: boolean;
  author: { id: string; name: string } | null;
  /** Where the focus goes once this item has left the queue: the next item's heading, or the empty-queue notice. */
  nextFocus: string;
}) {
  const t = useTranslations("forum");
  const router = useRouter();
  const { pending, error, run } = useActionRunner();
  const refresh = useCallback(() => router.refresh(), [router]);
  const afterHide = useCallback(() => {
    router.refresh();
    focusWhenReady(nextFocus, t("queue.hiddenDone"));
  }, [router, nextFocus, t]);
  return (
    <div className="mt-4 grid gap-4 md:grid-cols-2">
      <div className="space-y-3">
        {hidden ? (
          <Button variant="secondary" size="sm" busy={pending} onClick={() => run(() => unhidePostAction({ postId }))}>
            {t("mod.unhide")}
          </Button>
        ) : (
          <HidePostForm postId={postId} idPrefix="queue" onDone={afterHide} />
        )}
        <Button
          variant="secondary"
          size="sm"
          busy={pending}
          onClick={() =>
            run(
              () => dismissFlagsAction({ postId }),
              () => focusWhenReady(nextFocus, t("queue.dismissed")),
            )
          }
        >
          {t("queue.keep")}
        </Button>
        {error && (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        )}
      </div>
      {author && <SuspendForm user={author} idPrefix="queue" onDone={refresh} />}
    </div>
  );
}

export function LiftSuspension({ userId }: { userId: string }) {
  const t = useTranslations("forum.queue");
  const { pending, error, run } = useActionRunner();
  return (
    <span className="flex flex-col items-end gap-1">
      <Button variant="secondary" size="sm" busy={pending} onClick={() => run(() => liftSuspensionAction({ userId }))}>
        {t("lift")}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      )}
    </span>
  );
}
