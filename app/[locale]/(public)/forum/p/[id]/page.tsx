import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/guard";
import { locatePost } from "@/lib/forum/queries";

/** /forum/p/:id — a stable link to one post: opens its topic at the right page, scrolled to it. */
export default async function PostLink({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const where = await locatePost(await getCurrentUser(), id);
  if (!where) notFound();
  redirect(`/${locale}/forum/t/${where.topicId}${where.page > 1 ? `?page=${where.page}` : ""}#post-${where.number}`);
}
