import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { COUNTRY_CODES } from "@/lib/countries";

// Shared by forms and actions. Messages are catalogue keys under "validation".
const email = z.string().trim().toLowerCase().min(1, "validation.required").max(254, "validation.tooLong").email("validation.email");
export const passwordSchema = z.string().min(12, "validation.passwordTooShort").max(200, "validation.tooLong");

/**
 * Where to go after logging in: a path of this site only (not `//host`, no backslash, no
 * whitespace or control character, which could split a redirect header). Anything else: null.
 */
export function safeNextPath(next: unknown): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  return typeof next === "string" && next.length <= 500 && /^\/(?!\/)[^\s\\\u0000-\u001F\u007F]*$/.test(next) ? next : null;
}

export const loginSchema = z.object({
  email,
  password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
});

export const registerSchema = z
  .object({
    name: z.string().trim().min(2, "validation.nameTooShort").max(100, "validation.tooLong"),
    email,
    password: passwordSchema,
    passwordConfirm: z.string(),
    country: z.enum(COUNTRY_CODES, { message: "validation.country" }),
    organisationId: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((v) => v || undefined),
    locale: z.enum(locales, { message: "validation.invalid" }),
    acceptPrivacy: z.literal("on", { message: "validation.acceptPrivacy" }),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "validation.passwordMismatch" });

export const forgotPasswordSchema = z.object({ email });

/** The token from the confirmation link; the service tells a wrong one from a used one by neither. */
export const verifyEmailSchema = z.object({ token: z.string().min(1, "validation.invalid").max(500, "validation.invalid") });

export const resetPasswordSchema = z
  .object({
    token: z.string().min(10, "validation.invalid").max(200, "validation.invalid"),
    password: passwordSchema,
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "validation.passwordMismatch" });

export const profileSchema = z.object({
  name: z.string().trim().min(2, "validation.nameTooShort").max(100, "validation.tooLong"),
  country: z.enum(COUNTRY_CODES, { message: "validation.country" }),
  locale: z.enum(locales, { message: "validation.invalid" }),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
    password: passwordSchema,
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "validation.passwordMismatch" });

export const deleteAccountSchema = z.object({
  password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
  /** What happens to their forum posts: the member chooses, nothing is assumed. */
  posts: z.enum(["keep", "remove"], { message: "validation.choosePostsOnLeaving" }),
  confirm: z.literal("on", { message: "validation.confirmDelete" }),
});

export const sessionIdSchema = z.object({ sessionId: z.string().trim().min(1).max(40) });
