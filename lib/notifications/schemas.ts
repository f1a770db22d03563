import { z } from "zod";
import { locales } from "@/lib/i18n/locales";

const id = z.string().trim().min(1, "validation.required").max(40, "validation.invalid");

/** Opting in to (or out of) the daily email digest. */
export const digestSchema = z.object({ on: z.boolean() });

/** Some notifications by id, or all unread ones when `ids` is missing. */
export const markReadSchema = z.object({ ids: z.array(id).max(200).optional() });

/** GET /api/forum/notifications: the language of the notifications' words. */
export const notificationsQuerySchema = z.object({ locale: z.enum(locales, { message: "validation.invalid" }) });
