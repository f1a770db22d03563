import { isCalendarDay } from "@/lib/dates";
import { isCleanText } from "@/lib/clean-text";
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

const id = z.string().trim().min(1, "validation.required").max(40, "validation.invalid");

export const changeRoleSchema = z.object({ userId: id, role: z.enum(ROLES, { message: "validation.invalid" }) });

export const suspendUserSchema = z.object({
  userId: id,
  reason: z.string().trim().min(3, "validation.reasonRequired").max(500, "validation.tooLong"),
  /** yyyy-mm-dd from a date input; empty = until lifted */
  until: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(
      z
        .string()
        .refine(isCalendarDay, "validation.date")
        // Through the end of that day (UTC); shown back in UTC so the date reads as entered.
        .transform((v) => new Date(`${v}T23:59:59Z`))
        .refine((d) => !Number.isNaN(d.getTime()) && d.getTime() > Date.now(), "validation.dateInFuture")
        .optional(),
    ),
});

export const userIdSchema = z.object({ userId: id });

export const decideMembershipSchema = z.object({
  requestId: id,
  decision: z.enum(["APPROVED", "REJECTED"], { message: "validation.invalid" }),
});

export const userFilterSchema = z.object({
  q: z.string().trim().max(100).refine(isCleanText).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(["ACTIVE", "SUSPENDED"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export const auditFilterSchema = z.object({
  /** One action name, exactly (the filter lists the actions in use). */
  action: z
    .string()
    .trim()
    .regex(/^[a-z][A-Za-z]*(\.[A-Za-z]+)+$/)
    .max(60)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
