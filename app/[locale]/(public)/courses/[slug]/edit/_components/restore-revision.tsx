"use client";

import { useTranslations } from "next-intl";
import { useActionRunner } from "@/components/forms/form-kit";
import { Button } from "@/components/ui/button";
import { restoreLessonRevisionAction } from "@/lib/courses/actions";

export function RestoreRevision({ revisionId, version }: { revisionId: string; version: number }) {
  const t = useTranslations("courses.authoring");
  const { pending, error, run } = useActionRunner();
  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        disabled={pending}
        onClick={() =>
          run(
            () => restoreLessonRevisionAction({ revisionId }),
            () => window.location.reload(),
          )
        }
      >
        {t("restoreVersion", { n: version })}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      )}
    </>
  );
}
