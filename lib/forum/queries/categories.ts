import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { categoryVisibilityWhere } from "../policy";
import { localised, type Reader } from "./shared";

// Categories: the forum's front page, a category's header, the move-topic list.

export type CategorySummary = {
  id: string;
  slug: string;
  name: string;
  description: string;
  kind: "THEME" | "COUNTRY";
  membersOnly: boolean;
  country: string | null;
  topicCount: number;
  postCount: number;
  lastPostAt: string | null;
};

const categorySelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  kind: true,
  visibility: true,
  country: true,
  topicCount: true,
  postCount: true,
  lastPostAt: true,
} as const;

function toCategory(c: Prisma.ForumCategoryGetPayload<{ select: typeof categorySelect }>, locale: string): CategorySummary {
  return {
    id: c.id,
    slug: c.slug,
    name: localised(c.name, locale),
    description: localised(c.description, locale),
    kind: c.kind,
    membersOnly: c.visibility === "MEMBERS",
    country: c.country,
    topicCount: c.topicCount,
    postCount: c.postCount,
    lastPostAt: c.lastPostAt?.toISOString() ?? null,
  };
}

export const listCategories = cache(async (user: Reader, locale: string): Promise<CategorySummary[]> => {
  const rows = await db.forumCategory.findMany({
    where: categoryVisibilityWhere(user),
    select: categorySelect,
    orderBy: [{ kind: "asc" }, { position: "asc" }],
  });
  return rows.map((c) => toCategory(c, locale));
});

export async function categoryBySlug(user: Reader, slug: string, locale: string): Promise<CategorySummary | null> {
  const row = await db.forumCategory.findFirst({ where: { slug, ...categoryVisibilityWhere(user) }, select: categorySelect });
  return row ? toCategory(row, locale) : null;
}

/** Whether the member follows the category (new topics notify them). */
export async function categorySubscription(userId: string, categoryId: string): Promise<boolean> {
  const row = await db.forumSubscription.findUnique({
    where: { userId_categoryId: { userId, categoryId } },
    select: { active: true },
  });
  return row?.active ?? false;
}
