import { listKnowledgeTree } from "@/lib/knowledge/queries";
import { treeQuerySchema } from "@/lib/knowledge/schemas";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/knowledge/tree?locale=xx — the index's sections and page trees as an editor sees them
 * (drafts, pages in review and archived pages in place, with their status), as `{ viewer }`: the
 * index is one cached page for everyone, with the published tree (decision 013). 401 for a
 * visitor, 403 without `knowledge.edit`.
 */
export const GET = route({ permission: "knowledge.edit", query: treeQuerySchema }, async ({ user, query }) => ({
  viewer: await listKnowledgeTree(query.locale, user),
}));
