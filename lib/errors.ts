// One error type and one result shape for every server action (see docs/architecture.md).
export type ErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "INVALID"
  | "UNAVAILABLE"
  | "INTERNAL";

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    /** A message-catalogue key under "errors", e.g. "errors.rateLimited". */
    public readonly messageKey: string = `errors.${code}`,
    public readonly fieldErrors?: Record<string, string[]>,
    public readonly values?: Record<string, string | number>,
  ) {
    super(code);
    this.name = "AppError";
  }
}

export type ActionResult<T = undefined> =
  | { ok: true; data: T; messageKey?: string }
  | {
      ok: false;
      code: ErrorCode;
      /** message-catalogue key, translated by the form */
      error: string;
      values?: Record<string, string | number>;
      /** field name → message-catalogue keys */
      fieldErrors?: Record<string, string[]>;
      /** what the person typed (never passwords or tokens), so a refused form keeps it */
      input?: Record<string, string>;
    };

export const HTTP_STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INVALID: 400,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};
