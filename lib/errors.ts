// One error type and one result shape for every server action and route handler
// (see docs/architecture.md, "The write path").
export type ErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "INVALID"
  | "TOO_LARGE"
  | "UNAVAILABLE"
  | "INTERNAL";

export type AppErrorOptions = {
  /** A message-catalogue key, e.g. "errors.rateLimited". Defaults to `errors.<CODE>`. */
  message?: string;
  /** field name → message-catalogue keys */
  fieldErrors?: Record<string, string[]>;
  /** ICU values for the message. */
  values?: Record<string, string | number>;
  /** Overrides the HTTP status that route handlers answer with. */
  statusCode?: number;
  cause?: unknown;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly fieldErrors?: Record<string, string[]>;
  readonly values?: Record<string, string | number>;
  readonly statusCode: number;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.messageKey = options.message ?? `errors.${code}`;
    this.fieldErrors = options.fieldErrors;
    this.values = options.values;
    this.statusCode = options.statusCode ?? HTTP_STATUS[code];
  }

  /** A refusal of one form field: `AppError.field("slug", "validation.slugTaken", "CONFLICT")`. */
  static field(field: string, messageKey: string, code: ErrorCode = "INVALID"): AppError {
    return new AppError(code, { message: "errors.INVALID", fieldErrors: { [field]: [messageKey] } });
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
  TOO_LARGE: 413,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/**
 * Known database failures become AppErrors: a unique-constraint race is a CONFLICT (someone
 * else just wrote the same thing), a missing row in an update is NOT_FOUND, an unreachable
 * database is UNAVAILABLE. Anything else stays unknown (logged, answered as INTERNAL).
 */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return null;
  switch (code) {
    case "P2002":
      return new AppError("CONFLICT", { message: "errors.CONFLICT", cause: error });
    case "P2025":
    case "P2001":
      return new AppError("NOT_FOUND", { cause: error });
    case "P1001":
    case "P1002":
    case "P1017":
    case "ECONNREFUSED":
      return new AppError("UNAVAILABLE", { message: "errors.UNAVAILABLE", cause: error });
    default:
      return null;
  }
}
