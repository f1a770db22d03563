import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

/**
 * The refusal of a plain form post (lib/courses/actions.ts redirects back with `?error=<key>`):
 * only keys of the errors and courses.errors catalogues are shown, anything else as a generic error.
 */
export async function ActionError({ error }: { error: string | string[] | undefined }) {
  const key = Array.isArray(error) ? error[0] : error;
  if (!key) return null;
  const t = await getTranslations();
  const known = /^(errors|courses\.errors)\.[A-Za-z_]+$/.test(key) && t.has(key as never);
  return (
    <Alert tone="error" className="mb-6">
      {known ? t(key as never, { max: "" } as never) : t("errors.INTERNAL")}
    </Alert>
  );
}
