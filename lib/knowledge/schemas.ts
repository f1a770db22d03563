import { z } from "zod";
import { locales } from "@/lib/i18n/locales";

import { SECTIONS } from "./sections";

export { SECTIONS, type Section, sectionSlug } from "./sections";

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "validation.slug")
  .max(80, "validation.slug")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "validation.slug");

const title = z.string().trim().min(3, "validation.titleTooShort").max(200, "validation.tooLong");
const summary = z.string().trim().max(500, "validation.tooLong").default("");
const id = z.string().trim().min(1, "validation.required").max(40, "validation.invalid");
const locale = z.enum(locales, { message: "validation.invalid" });

export const createPageSchema = z.object({
  title,
  slug: slugSchema,
  section: z.enum(SECTIONS, { message: "validation.invalid" }),
  parentId: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => v || undefined),
  sourceLocale: locale,
});

/** Autosave of a working copy. `content` is Tiptap JSON, validated by lib/rich-text. */
export const saveDraftSchema = z.object({
  pageId: id,
  locale,
  title,
  summary,
  content: z.unknown(),
  baseVersion: z.number().int().min(0),
});

export const pageActionSchema = z.object({ pageId: id });
export const translationSchema = z.object({ pageId: id, locale });
export const restoreSchema = z.object({ revisionId: id });

export const movePageSchema = z.object({
  pageId: id,
  parentId: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => v || null),
  position: z.coerce.number().int().min(0).max(10_000),
});

/** GET /api/knowledge/tree: the language of the index's titles. */
export const treeQuerySchema = z.object({ locale });
