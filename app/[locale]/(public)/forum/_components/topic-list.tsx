import { CheckCircle2, Lock, Pin } from "lucide-react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { LanguageBadge } from "@/components/ui/language-badge";
import type { TopicListItem } from "@/lib/forum/queries";
import { Link } from "@/lib/i18n/navigation";
import { TopicLink, UnreadBadge } from "./list-viewer";

/**
 * Topics as a list: title with state badges, category, replies and last activity. The member's
 * unread marks are islands (list-viewer.tsx): the page wraps the list in ListViewerProvider.
 */
export async function TopicList({
  topics,
  showCategory = true,
  label,
  compact = false,
}: {
  topics: TopicListItem[];
  showCategory?: boolean;
  label: string;
  /** Narrow column (the forum home's sidebar): counts go under the title. */
  compact?: boolean;
}) {
  const [t, tc, format, locale] = await Promise.all([getTranslations("forum"), getTranslations("common"), getFormatter(), getLocale()]);
  if (topics.length === 0) return null;
  return (
    <ul aria-label={label} className="divide-y divide-line rounded-lg border border-line">
      {topics.map((topic) => {
        return (
          <li
            key={topic.id}
            className={compact ? "flex flex-col gap-1 p-4" : "flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:gap-6"}
          >
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-2">
                {topic.pinned && <Pin aria-hidden="true" className="h-4 w-4 text-brand-700" />}
                {topic.locked && <Lock aria-hidden="true" className="h-4 w-4 text-muted" />}
                {topic.solved && <CheckCircle2 aria-hidden="true" className="h-4 w-4 text-success" />}
                <TopicLink topicId={topic.id} lang={topic.locale !== locale ? topic.locale : undefined}>
                  {topic.title}
                </TopicLink>
                {topic.locale !== locale && <LanguageBadge locale={topic.locale} label={tc("contentLanguage")} />}
                {topic.pinned && <Badge tone="brand">{t("pinned")}</Badge>}
                {topic.locked && <Badge>{t("locked")}</Badge>}
                {topic.solved && <Badge tone="success">{t("solved")}</Badge>}
                <UnreadBadge topicId={topic.id} />
              </div>
              <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-muted">
                {showCategory && (
                  <Link href={`/forum/c/${topic.category.slug}`} className="text-muted">
                    {topic.category.name}
                  </Link>
                )}
                <span>{t("startedBy", { name: topic.authorName ?? t("formerMember") })}</span>
                {topic.tags.length > 0 && <span>{topic.tags.map((tag) => `#${tag}`).join(" ")}</span>}
              </p>
            </div>
            <div
              className={
                compact ? "flex flex-wrap gap-x-4 text-sm text-muted" : "flex shrink-0 gap-6 text-sm text-muted sm:w-64 sm:justify-end"
              }
            >
              <span>{t("replyCount", { count: topic.replyCount })}</span>
              <span>
                <time dateTime={topic.lastPostAt}>{format.relativeTime(new Date(topic.lastPostAt))}</time>
                {topic.lastPosterName && (
                  <span className={compact ? "ml-1" : "block text-xs"}>
                    {compact ? `· ${topic.lastPosterName}` : t("lastBy", { name: topic.lastPosterName })}
                  </span>
                )}
              </span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
