import { z } from "zod";

import { FLAG_REASONS, REACTIONS } from "./constants";

export { FLAG_REASONS, POSTS_PER_PAGE, REACTIONS, type ReactionKind, TOPICS_PER_PAGE } from "./constants";

const id = z.string().trim().min(1, "validation.required").max(40, "validation.invalid");
const optionalId = z
  .string()
  .trim()
  .max(40, "validation.invalid")
  .optional()
  .nullable()
  .transform((v) => v || null);

const tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "validation.tag")
  .max(30, "validation.tag")
  .regex(/^[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)*$/u, "validation.tag");

/** "a, b c" → ["a", "b", "c"]; at most five distinct tags. */
export const tagsSchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v : (v ?? "").split(/[,\s]+/)).map((t) => t.trim()).filter(Boolean))
  .pipe(z.array(tag).max(5, "validation.tooManyTags"))
  .transform((tags) => [...new Set(tags)]);

export const createTopicSchema = z.object({
  categoryId: id,
  title: z.string().trim().min(8, "validation.topicTitleTooShort").max(150, "validation.tooLong"),
  tags: tagsSchema,
  /** Tiptap JSON, validated and sanitised by lib/rich-text. */
  content: z.unknown(),
});

export const replySchema = z.object({
  topicId: id,
  content: z.unknown(),
  replyToId: optionalId,
});

export const editPostSchema = z.object({ postId: id, content: z.unknown() });
export const postIdSchema = z.object({ postId: id });
export const topicIdSchema = z.object({ topicId: id });
export const reactSchema = z.object({ postId: id, kind: z.enum(REACTIONS, { message: "validation.invalid" }) });

export const flagSchema = z
  .object({
    postId: id,
    reason: z.enum(FLAG_REASONS, { message: "validation.flagReason" }),
    note: z.string().trim().max(500, "validation.tooLong").default(""),
  })
  .refine((f) => f.reason !== "OTHER" || f.note.length >= 3, { path: ["note"], message: "validation.flagNote" });

const reason = z.string().trim().min(3, "validation.reasonRequired").max(500, "validation.tooLong");

export const hidePostSchema = z.object({ postId: id, reason });
export const topicFlagSchema = z.object({ topicId: id, on: z.boolean() });
export const moveTopicSchema = z.object({ topicId: id, categoryId: id });
export const acceptAnswerSchema = z.object({ topicId: id, postId: optionalId });

export const suspendSchema = z.object({
  userId: id,
  days: z.coerce.number().int("validation.invalid").min(1, "validation.suspendDays").max(365, "validation.suspendDays"),
  reason,
});
export const unsuspendSchema = z.object({ userId: id });

export const subscribeSchema = z
  .object({ topicId: optionalId, categoryId: optionalId, on: z.boolean() })
  .refine((s) => Boolean(s.topicId) !== Boolean(s.categoryId), { message: "validation.invalid" });

export const settingsSchema = z.object({
  autoHideFlags: z.coerce.number().int("validation.invalid").min(1, "validation.range").max(50, "validation.range"),
  newAccountHours: z.coerce
    .number()
    .int("validation.invalid")
    .min(0, "validation.range")
    .max(24 * 90, "validation.range"),
  newAccountPosts: z.coerce.number().int("validation.invalid").min(1, "validation.range").max(100, "validation.range"),
  newAccountLinks: z.coerce.number().int("validation.invalid").min(0, "validation.range").max(100, "validation.range"),
});

/** The reader has seen a thread up to post `number` (the last post of the page shown). */
export const topicReadSchema = z.object({ topicId: id, number: z.number().int().min(1).max(10_000_000) });
