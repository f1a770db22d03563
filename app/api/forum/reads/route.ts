import { z } from "zod";
import { listViewer } from "@/lib/forum/queries";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

const id = z.string().regex(/^[a-z0-9]{1,40}$/);
const query = z.object({
  // The topics a list shows (at most a page and its pinned topics).
  topics: z
    .string()
    .max(2_000)
    .transform((v) => (v ? v.split(",") : []))
    .pipe(z.array(id).max(60)),
  category: id.optional(),
});

/**
 * GET /api/forum/reads?topics=a,b,c[&category=id] — the signed-in member's part of a forum list
 * every member shares from the cache (decision 013; lib/forum/queries/topics.ts, ListViewer):
 * unread marks of those topics they may read, and whether they follow the category. `{ viewer: null }`
 * for a visitor. Never cached.
 */
export const GET = route({ permission: null, query }, async ({ user, query }) => ({
  viewer: user ? await listViewer(user, query.topics, query.category ?? null) : null,
}));
