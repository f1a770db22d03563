import type { Prisma } from "@/lib/generated/prisma/client";

/** Readers see a page once it has been published and while it is not archived. */
export const liveWhere = { firstPublishedAt: { not: null }, status: { not: "ARCHIVED" } } satisfies Prisma.KnowledgePageWhereInput;
