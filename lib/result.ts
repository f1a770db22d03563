import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { type ActionResult, AppError, HTTP_STATUS } from "@/lib/errors";

/** Turns zod issues into field → message keys (the schemas use catalogue keys as messages). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    const key = issue.message.startsWith("validation.") ? issue.message : "validation.invalid";
    out[field] ??= [];
    if (!out[field].includes(key)) out[field].push(key);
  }
  return out;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "errors.INVALID", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** The one place where thrown errors become the action result shape. */
export function toErrorResult(error: unknown): ActionResult<never> {
  unstable_rethrow(error); // let redirect()/notFound() through
  if (error instanceof AppError) {
    return { ok: false, code: error.code, error: error.messageKey, fieldErrors: error.fieldErrors, values: error.values };
  }
  console.error("[action] unexpected error:", error);
  return { ok: false, code: "INTERNAL", error: "errors.INTERNAL" };
}

export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    return toErrorResult(error);
  }
}

/** Route handlers: JSON error with the matching 4xx/5xx status. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json(
      { error: { code: error.code, message: error.messageKey, fieldErrors: error.fieldErrors } },
      { status: HTTP_STATUS[error.code] },
    );
  }
  console.error("[route] unexpected error:", error);
  return Response.json({ error: { code: "INTERNAL", message: "errors.INTERNAL" } }, { status: 500 });
}

const SECRET_FIELD = /password|token|^\$ACTION/i;

/** The form's text fields minus secrets and Next's internal fields. */
export function formFields(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    [...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$ACTION")) as [string, string][],
  );
}

/** Attaches what the person typed to a refusal, so React's form reset does not lose it. */
export function keepInput<T>(formData: FormData, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) return result;
  const input = Object.fromEntries(Object.entries(formFields(formData)).filter(([k]) => !SECRET_FIELD.test(k)));
  return { ...result, input };
}
