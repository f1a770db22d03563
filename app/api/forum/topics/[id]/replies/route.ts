import { z } from "zod";
import { replySchema } from "@/lib/forum/schemas";
import { createReply } from "@/lib/forum/service";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { MiB, route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

const body = replySchema.omit({ topicId: true }).extend({ locale: z.enum(locales).optional() });

/**
 * POST /api/forum/topics/:id/replies  { content: <Tiptap JSON>, replyToId?, locale? }
 * The same checks as the reply form's action: a member, not suspended, an unlocked topic they
 * may read, the new-account limits. Answers 201 with the post's number and link.
 * A post is at most 1 MiB of editor JSON (lib/rich-text): bigger bodies are refused unread.
 */
export const POST = route(
  { permission: "forum.post", params: z.object({ id: replySchema.shape.topicId }), body, maxBytes: 2 * MiB },
  async ({ user, params, body }) => {
    const locale = body.locale ?? defaultLocale;
    const created = await createReply(user, { ...body, topicId: params.id }, locale);
    return Response.json({ id: created.postId, number: created.number, url: `/${locale}/forum/p/${created.postId}` }, { status: 201 });
  },
);
