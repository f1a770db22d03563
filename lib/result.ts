import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { BAD_TEXT } from "@/lib/clean-text";
import { type ActionResult, AppError, toAppError } from "@/lib/errors";

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
  assertCleanText(input);
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", { fieldErrors: fieldErrorsOf(parsed.error) });
  return parsed.data;
}

/**
 * The path ("title", "content.content.0.text", "" for the value itself) of the first string
 * in the input that holds characters no form can produce, or null when there is none.
 */
export function badTextPath(value: unknown, path = "", depth = 0): string | null {
  if (typeof value === "string") return BAD_TEXT.test(value) ? path : null;
  if (depth > 64 || value === null || typeof value !== "object") return null;
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value as Record<string, unknown>);
  for (const [key, child] of entries) {
    const childPath = path ? `${path}.${key}` : String(key);
    if (typeof key === "string" && BAD_TEXT.test(key)) return childPath;
    const found = badTextPath(child, childPath, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** Refuses input holding characters no form can produce, naming the top-level field. */
export function assertCleanText(input: unknown): void {
  const bad = badTextPath(input);
  if (bad === null) return;
  throw new AppError("INVALID", { fieldErrors: { [bad.split(".")[0] || "_form"]: ["validation.invalidCharacters"] } });
}

/** The one place where thrown errors become the action result shape. */
export function toErrorResult(error: unknown): ActionResult<never> {
  unstable_rethrow(error); // let redirect()/notFound() through
  const known = toAppError(error);
  if (known) {
    if (known.code === "UNAVAILABLE" || known.cause) console.warn(`[action] ${known.code}:`, (known.cause as Error)?.message ?? "");
    return { ok: false, code: known.code, error: known.messageKey, fieldErrors: known.fieldErrors, values: known.values };
  }
  console.error("[action] unexpected error:", error);
  return { ok: false, code: "INTERNAL", error: "errors.INTERNAL" };
}

/** Route handlers: the one JSON error body, `{ error: { code, message, fieldErrors? } }`, with its status. */
export function errorResponse(error: unknown): Response {
  const known = toAppError(error);
  if (known) {
    return Response.json(
      { error: { code: known.code, message: known.messageKey, fieldErrors: known.fieldErrors, values: known.values } },
      { status: known.statusCode, headers: { "Cache-Control": "no-store" } },
    );
  }
  console.error("[route] unexpected error:", error);
  return Response.json(
    { error: { code: "INTERNAL", message: "errors.INTERNAL" } },
    { status: 500, headers: { "Cache-Control": "no-store" } },
  );
}

const SECRET_FIELD = /password|token|^\$ACTION/i;

/** The form's text fields minus Next's internal fields. */
export function formFields(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    [...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$ACTION")) as [string, string][],
  );
}

/** Attaches what the person typed to a refusal, so React's form reset does not lose it. */
export function keepInput<T>(formData: FormData, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) return result;
  const input = Object.fromEntries(
    Object.entries(formFields(formData))
      .filter(([k]) => !SECRET_FIELD.test(k))
      // Characters the refusal is about cannot travel back to the browser either.
      .map(([k, v]) => [k, v.replace(new RegExp(BAD_TEXT.source, "g"), "")]),
  );
  return { ...result, input };
}
