"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useActionRunner, useMessage } from "@/components/forms/form-kit";
import { Button } from "@/components/ui/button";
import { digestAction, markNotificationsReadAction } from "@/lib/notifications/actions";

export function MarkAllRead() {
  const t = useTranslations("forum.notifications");
  const { pending, error, run } = useActionRunner();
  return (
    <span className="flex flex-col gap-1">
      <Button variant="secondary" size="sm" busy={pending} onClick={() => run(() => markNotificationsReadAction({}))}>
        {t("markAllRead")}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      )}
    </span>
  );
}

export function DigestToggle({ on }: { on: boolean }) {
  const t = useTranslations("forum.notifications");
  const message = useMessage();
  const [checked, setChecked] = useState(on);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="max-w-md">
      <label className="flex items-start gap-2 text-sm font-medium">
        <input
          type="checkbox"
          className="mt-1"
          checked={checked}
          disabled={pending}
          aria-describedby="digest-hint"
          onChange={(e) => {
            const next = e.target.checked;
            setChecked(next);
            start(async () => {
              const result = await digestAction({ on: next });
              if (result.ok) setStatus(result.data.on ? t("digestOn") : t("digestOff"));
              else {
                setChecked(!next);
                setStatus(message(result.error, result.values));
              }
            });
          }}
        />
        {t("digest")}
      </label>
      <p id="digest-hint" className="mt-1 text-sm text-muted">
        {t("digestHint")}
      </p>
      <p role="status" className="mt-1 text-sm text-success">
        {status}
      </p>
    </div>
  );
}
