"use client";

import { useFormatter, useTranslations } from "next-intl";
import { createContext, type ReactNode, useContext } from "react";
import { usePersonal } from "@/components/layout/member";
import { Alert } from "@/components/ui/alert";
import type { PostViewer, TopicViewer } from "@/lib/forum/queries/thread";
import { MarkTopicRead } from "./mark-topic-read";
import { ModBar } from "./mod-bar";
import { ReplyForm } from "./reply-form";
import { SubscribeButton } from "./subscribe-button";

// The member's parts of a thread (decision 013). The page is the same for everyone who may read the
// topic (the visitor's, from the cache); these islands fill in what one member sees: the follow
// button, moderation tools, the reply form, their own posts' and reactions' state and the hidden
// posts they may read. `initial` is set when the server rendered the page for the member (a
// members-only topic); otherwise the browser asks /api/forum/topics/:id/viewer.

const ViewerContext = createContext<TopicViewer | null>(null);

export function TopicViewerProvider({
  topicId,
  page,
  locale,
  initial,
  children,
}: {
  topicId: string;
  page: number;
  locale: string;
  initial: TopicViewer | null;
  children: ReactNode;
}) {
  const viewer = usePersonal<TopicViewer>(`/api/forum/topics/${topicId}/viewer?page=${page}&locale=${locale}`, initial);
  return <ViewerContext value={viewer}>{children}</ViewerContext>;
}

/** The member's view of the page, or null (a visitor, or not known yet). */
export function useTopicViewer(): TopicViewer | null {
  return useContext(ViewerContext);
}

/** What the member sees of one post beyond the shared page, or null. */
export function usePostViewer(postId: string): PostViewer | null {
  return useContext(ViewerContext)?.posts[postId] ?? null;
}

export function TopicFollow({ topicId }: { topicId: string }) {
  const t = useTranslations("forum");
  const viewer = useTopicViewer();
  if (!viewer?.canSubscribe) return null;
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3">
      <SubscribeButton target={{ topicId }} on={viewer.subscribed} hint={t("topic.followHint")} />
    </div>
  );
}

export function TopicModBar({
  topicId,
  locked,
  pinned,
  categoryId,
}: {
  topicId: string;
  locked: boolean;
  pinned: boolean;
  categoryId: string;
}) {
  const viewer = useTopicViewer();
  if (!viewer?.canModerate) return null;
  return <ModBar topicId={topicId} locked={locked} pinned={pinned} categoryId={categoryId} categories={viewer.categories} />;
}

/** The accepted answer's opening words: the shared page's, or the member's when it is hidden from visitors. */
export function SolutionExcerpt({ excerpt, locale }: { excerpt: string | null; locale: string }) {
  const shown = useTopicViewer()?.solutionExcerpt ?? excerpt;
  if (!shown) return null;
  return (
    <p className="mt-2 text-ink" lang={locale}>
      {shown}
    </p>
  );
}

/**
 * A hidden post: the notice everyone sees, or, for its author and moderators, the notice meant for
 * them and the post itself (sanitised on save, lib/rich-text).
 */
export function HiddenPostBody({ postId, by, locale }: { postId: string; by: "MODERATOR" | "FLAGS" | "AUTHOR"; locale: string }) {
  const t = useTranslations("forum.topic");
  const post = usePostViewer(postId);
  const moderator = useTopicViewer()?.canModerate ?? false;
  // Erased when its author left: the same words for everyone, nothing behind them.
  if (by === "AUTHOR") return <Alert tone="info">{t("removedByAuthor")}</Alert>;
  if (!post?.hidden) {
    return <Alert tone="warning">{by === "FLAGS" ? t("hiddenPending") : t("hiddenForAll")}</Alert>;
  }
  const reason = post.hidden.reason ?? "";
  const notice =
    moderator && !post.isMine
      ? by === "FLAGS"
        ? t("hiddenForModeratorPending")
        : t("hiddenForModerator", { reason })
      : by === "FLAGS"
        ? t("hiddenForAuthorPending")
        : t("hiddenForAuthor", { reason });
  return (
    <>
      <Alert tone="warning">{notice}</Alert>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised server-side HTML */}
      <div className="rich-content mt-2" lang={locale} dangerouslySetInnerHTML={{ __html: post.hidden.html }} />
    </>
  );
}

/** Under the posts: the read marker, and the reply section's personal part. */
export function TopicReplyArea({ topicId, locked, loginLink }: { topicId: string; locked: boolean; loginLink: ReactNode }) {
  const t = useTranslations("forum.topic");
  const format = useFormatter();
  const viewer = useTopicViewer();
  if (!viewer) return locked ? null : <span className="visitor-links">{loginLink}</span>;
  const suspension = viewer.suspension;
  return (
    <>
      {locked && viewer.canReply && <p className="mt-2 mb-3 text-sm">{t("lockedModeratorReply")}</p>}
      {suspension && (
        <Alert tone="error">
          {t("yourSuspension", {
            until: format.dateTime(new Date(suspension.until), { dateStyle: "long", timeZone: "UTC" }),
            reason: suspension.reason,
          })}
        </Alert>
      )}
      {viewer.canReply && <ReplyForm topicId={topicId} />}
    </>
  );
}

/** Marks the page read once the member sees it (mark-topic-read.tsx). */
export function TopicReadMarker({ topicId }: { topicId: string }) {
  const last = useTopicViewer()?.lastNumber ?? null;
  return last === null ? null : <MarkTopicRead topicId={topicId} number={last} />;
}
