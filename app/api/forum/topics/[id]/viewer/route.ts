import { z } from "zod";
import { can } from "@/lib/auth/guard";
import { topicViewer } from "@/lib/forum/queries";
import { replySchema } from "@/lib/forum/schemas";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

const query = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  locale: z.enum(locales).default(defaultLocale),
});

/**
 * GET /api/forum/topics/:id/viewer?page=N&locale=xx — what the signed-in member sees on that page of
 * the thread beyond the shared page (lib/forum/queries/thread.ts, TopicViewer), or `{ viewer: null }`
 * for a visitor or a topic they may not read. Never cached: it is one person's.
 */
export const GET = route(
  { permission: null, params: z.object({ id: replySchema.shape.topicId }), query },
  async ({ user, params, query }) => {
    if (!user) return { viewer: null };
    return { viewer: await topicViewer(user, params.id, query.page, query.locale, can(user, "forum.post")) };
  },
);
