import type { NextRequest } from "next/server";
import { requirePermission } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { replySchema } from "@/lib/forum/schemas";
import { createReply } from "@/lib/forum/service";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { errorResponse, parseOrThrow } from "@/lib/result";

export const dynamic = "force-dynamic";

/**
 * POST /api/forum/topics/:id/replies  { content: <Tiptap JSON>, replyToId?, locale? }
 * The same checks as the reply form's action: a member, not suspended, an unlocked topic they
 * may read, the new-account limits. Answers 201 with the post's number and link.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await requirePermission("forum.post");
    // A post is at most 1 MiB of editor JSON (lib/rich-text); refuse bigger bodies before parsing.
    if (Number(request.headers.get("content-length") ?? 0) > 2 * 1024 * 1024) {
      return Response.json({ error: { code: "INVALID", message: "errors.richTextInvalid" } }, { status: 413 });
    }
    const body = await request.json().catch(() => {
      throw new AppError("INVALID");
    });
    const { id } = await params;
    const data = parseOrThrow(replySchema, { ...(body ?? {}), topicId: id });
    const locale = isLocale(body?.locale) ? body.locale : defaultLocale;
    const created = await createReply(user, data, locale);
    return Response.json({ id: created.postId, number: created.number, url: `/${locale}/forum/p/${created.postId}` }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
