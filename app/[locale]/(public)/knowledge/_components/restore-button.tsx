"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useMessage } from "@/components/forms/form-kit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { restoreRevisionAction } from "@/lib/knowledge/actions";

export function RestoreButton({
  revisionId,
  slug,
  locale,
  version,
}: {
  revisionId: string;
  slug: string;
  locale: string;
  version: number;
}) {
  const t = useTranslations("knowledge");
  const message = useMessage();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await restoreRevisionAction({ revisionId });
            if (!result.ok) {
              setError(message(result.error));
              return;
            }
            router.push(`/knowledge/${slug}/edit?lang=${locale}`);
          })
        }
      >
        {t("restoreVersion", { n: version })}
      </Button>
      {error && (
        <Alert tone="error" live className="mt-2">
          {error}
        </Alert>
      )}
    </div>
  );
}
