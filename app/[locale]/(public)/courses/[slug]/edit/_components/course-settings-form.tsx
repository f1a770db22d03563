"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { uploadFile } from "@/components/editor/upload";
import { FormStatus, fieldErrors, SubmitButton, useMessage } from "@/components/forms/form-kit";
import { Field, Select } from "@/components/ui/field";
import { FileInput } from "@/components/ui/file-input";
import { courseSettingsAction } from "@/lib/courses/actions";
import { LEVELS, TOPICS } from "@/lib/courses/vocabulary";
import { useRouter } from "@/lib/i18n/navigation";

/** Topic, level and cover image: shared by every language. */
export function CourseSettingsForm({
  courseId,
  uiLocale,
  initial,
}: {
  courseId: string;
  uiLocale: string;
  initial: { topic: string; level: string; coverId: string | null; coverUrl: string | null };
}) {
  const t = useTranslations("courses");
  const message = useMessage();
  const router = useRouter();
  const [result, action] = useActionState(courseSettingsAction, null);
  const [cover, setCover] = useState<{ id: string; url: string } | null>(
    initial.coverId && initial.coverUrl ? { id: initial.coverId, url: initial.coverUrl } : null,
  );
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  useEffect(() => {
    if (result?.ok) router.refresh();
  }, [result, router]);
  const onFile = (file: File | undefined) => {
    if (!file) return;
    setUploadError(null);
    setUploading(true);
    uploadFile(file, { locale: uiLocale, courseId }).promise.then(
      (uploaded) => {
        setUploading(false);
        if (uploaded.kind !== "image") setUploadError(t("authoring.coverNotImage"));
        else setCover({ id: uploaded.id, url: uploaded.url });
      },
      (error: Error & { translated?: string | null }) => {
        setUploading(false);
        setUploadError(error.translated ?? t("authoring.coverFailed"));
      },
    );
  };
  return (
    <form action={action} className="space-y-4" noValidate>
      <h2 className="font-semibold">{t("authoring.settings")}</h2>
      <FormStatus result={result} success={t("authoring.saved")} />
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="coverId" value={cover?.id ?? ""} />
      <Field id="settings-topic" label={t("facets.topic")} errors={fieldErrors(result, "topic", message)}>
        {(p) => (
          <Select {...p} name="topic" defaultValue={initial.topic}>
            {TOPICS.map((topic) => (
              <option key={topic} value={topic}>
                {t(`topics.${topic}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="settings-level" label={t("facets.level")} errors={fieldErrors(result, "level", message)}>
        {(p) => (
          <Select {...p} name="level" defaultValue={initial.level}>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`levels.${level}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        id="settings-cover"
        label={t("fields.cover")}
        hint={uploading ? t("authoring.uploading") : t("fields.coverHint")}
        errors={[...(uploadError ? [uploadError] : []), ...(fieldErrors(result, "coverId", message) ?? [])]}
      >
        {(p) => (
          <FileInput
            {...p}
            buttonLabel={cover ? t("fields.coverReplace") : t("fields.coverChoose")}
            accept="image/png,image/jpeg,image/webp"
            onChange={(e) => {
              onFile(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
        )}
      </Field>
      {cover && (
        <div className="space-y-2">
          {/* biome-ignore lint/performance/noImgElement: an uploaded file served by /api/files */}
          <img src={cover.url} alt={t("authoring.coverPreview")} className="max-h-32 rounded-md border border-line" />
          <button type="button" className="text-sm text-danger underline" onClick={() => setCover(null)}>
            {t("authoring.removeCover")}
          </button>
        </div>
      )}
      <SubmitButton variant="secondary">{t("authoring.saveSettings")}</SubmitButton>
    </form>
  );
}
