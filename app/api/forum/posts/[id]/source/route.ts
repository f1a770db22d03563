import { z } from "zod";
import { AppError } from "@/lib/errors";
import { postSource } from "@/lib/forum/queries";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * GET /api/forum/posts/:id/source — a post's editor source (Tiptap JSON) for one who may edit it
 * (its author, a coordinator), asked when they press Edit: pages shared from the cache carry no one's
 * editor source (decision 013). 404 when the post is not there for them, 403 when they may not edit it.
 */
export const GET = route(
  { permission: "forum.post", params: z.object({ id: z.string().regex(/^[a-z0-9]{1,40}$/) }) },
  async ({ user, params }) => {
    const content = await postSource(user, params.id);
    if (content === null) throw new AppError("NOT_FOUND");
    return { content };
  },
);
