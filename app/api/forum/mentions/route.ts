import { z } from "zod";
import { listMentionableMembers } from "@/lib/forum/queries";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/** GET /api/forum/mentions?q=ann — members whose name contains q: names only, never emails. */
export const GET = route(
  { permission: "forum.post", query: z.object({ q: z.string().trim().max(50).default("") }) },
  async ({ query }) => ({ users: await listMentionableMembers(query.q) }),
);
