import { CheckCircle2, Lock } from "lucide-react";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Container } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LanguageBadge } from "@/components/ui/language-badge";
import { buttonClasses } from "@/components/ui/button";
import { can, getCurrentUser } from "@/lib/auth/guard";
import { listCategories, type PostView, topicHeader, topicPage } from "@/lib/forum/queries";
import { POSTS_PER_PAGE } from "@/lib/forum/schemas";
import { Link } from "@/lib/i18n/navigation";
import { ForumBreadcrumb } from "../../_components/forum-nav";
import { MarkTopicRead } from "../../_components/mark-topic-read";
import { ModBar } from "../../_components/mod-bar";
import { PostActions } from "../../_components/post-actions";
import { ReplyForm } from "../../_components/reply-form";
import { SubscribeButton } from "../../_components/subscribe-button";
import "@/components/editor/content.css";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ page?: string; post?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const topic = await topicHeader(await getCurrentUser(), id);
  return topic ? { title: topic.title } : {};
}

export default async function TopicPage({ params, searchParams }: Props) {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await getCurrentUser();
  // ?post=N opens the page holding post N, scrolled to it.
  if (query.post && /^\d{1,7}$/.test(query.post)) {
    const n = Number(query.post);
    redirect(`/${locale}/forum/t/${id}?page=${Math.max(1, Math.ceil(n / POSTS_PER_PAGE))}#post-${n}`);
  }
  const requested = Number(query.page ?? "1");
  const view = await topicPage(user, id, Number.isFinite(requested) ? requested : 1, locale);
  if (!view) notFound();
  const last = view.posts[view.posts.length - 1];

  const [t, tc, format, categories] = await Promise.all([
    getTranslations("forum"),
    getTranslations("common"),
    getFormatter(),
    view.canModerate ? listCategories(user, locale) : Promise.resolve([]),
  ]);
  const mySuspension = view.suspension;
  const solution = view.solvedPost;
  const pageHref = (p: number) => ({ pathname: `/forum/t/${view.id}`, query: p > 1 ? { page: String(p) } : {} });

  const pager = (label: string) =>
    view.pages > 1 ? (
      <nav aria-label={label} className="my-6 flex flex-wrap items-center justify-between gap-3 text-sm">
        <span className="flex gap-4">
          {view.page > 1 && <Link href={pageHref(1)}>{t("topic.first")}</Link>}
          {view.page > 1 && <Link href={pageHref(view.page - 1)}>{t("topic.previous")}</Link>}
        </span>
        <span>{t("topic.pageOf", { page: view.page, pages: view.pages })}</span>
        <span className="flex gap-4">
          {view.page < view.pages && <Link href={pageHref(view.page + 1)}>{t("topic.next")}</Link>}
          {view.page < view.pages && <Link href={pageHref(view.pages)}>{t("topic.last")}</Link>}
        </span>
      </nav>
    ) : null;

  return (
    <Container>
      <ForumBreadcrumb items={[{ href: `/forum/c/${view.category.slug}`, label: view.category.name }, { label: view.title }]} />
      <header className="mb-6 border-b border-line pb-4">
        <h1 className="text-3xl font-bold tracking-tight" lang={view.locale !== locale ? view.locale : undefined}>
          {view.title}
        </h1>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-muted">
          {view.locale !== locale && <LanguageBadge locale={view.locale} label={tc("contentLanguage")} />}
          {view.category.membersOnly && <Badge tone="brand">{t("membersOnly")}</Badge>}
          {view.pinned && <Badge tone="brand">{t("pinned")}</Badge>}
          {view.locked && <Badge>{t("locked")}</Badge>}
          {view.solvedPost && <Badge tone="success">{t("solved")}</Badge>}
          {view.tags.map((tag) => (
            <span key={tag}>#{tag}</span>
          ))}
          <span>{t("postCount", { count: view.postCount })}</span>
        </div>
        {can(user, "forum.post") && (
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <SubscribeButton target={{ topicId: view.id }} on={view.subscribed} hint={t("topic.followHint")} />
          </div>
        )}
        {solution && (
          // Near the top on every page of the thread: the answer the topic was marked "Solved" for.
          <section aria-labelledby="solution-heading" className="mt-4 rounded-lg border border-green-400 bg-success-50/60 p-4">
            <h2 id="solution-heading" className="flex items-center gap-2 text-base font-semibold text-success">
              <CheckCircle2 aria-hidden="true" className="h-5 w-5" />
              {t("topic.solutionHeading")}
            </h2>
            <p className="mt-1 text-sm text-muted">
              {t("topic.solutionBy", { name: solution.authorName ?? t("formerMember"), number: solution.number })}
            </p>
            {solution.excerpt && (
              <p className="mt-2 text-ink" lang={solution.locale}>
                {solution.excerpt}
              </p>
            )}
            <p className="mt-2 text-sm">
              <Link href={`/forum/t/${view.id}?post=${solution.number}`}>{t("topic.readSolution", { number: solution.number })}</Link>
            </p>
          </section>
        )}
        {view.canModerate && (
          <ModBar
            topicId={view.id}
            locked={view.locked}
            pinned={view.pinned}
            categoryId={view.category.id}
            categories={categories.map((c) => ({ id: c.id, name: c.name }))}
          />
        )}
      </header>

      {pager(t("topic.pagination"))}
      <ol aria-label={t("topic.posts")} className="space-y-6">
        {view.posts.map((post) => (
          <li key={post.id} id={`post-${post.number}`} className="scroll-mt-24">
            <Post post={post} view={view} format={format} t={t} />
          </li>
        ))}
      </ol>
      {pager(t("topic.paginationBottom"))}
      {user && last && <MarkTopicRead topicId={view.id} number={last.number} />}

      <section aria-labelledby="reply-heading" className="mt-10 border-t border-line pt-6">
        <h2 id="reply-heading" className="mb-3 text-xl font-bold">
          {t("topic.replyHeading")}
        </h2>
        {view.locked && (
          <Alert tone="info">
            <span className="inline-flex items-center gap-2">
              <Lock aria-hidden="true" className="h-4 w-4" />
              {t("topic.lockedNotice")}
            </span>
            {/* Coordinators still see a reply box under the notice: say why, and what their reply is. */}
            {view.canReply && <span className="mt-1 block">{t("topic.lockedModeratorReply")}</span>}
          </Alert>
        )}
        {mySuspension && (
          <Alert tone="error">
            {t("topic.yourSuspension", {
              until: format.dateTime(new Date(mySuspension.until), { dateStyle: "long", timeZone: "UTC" }),
              reason: mySuspension.reason,
            })}
          </Alert>
        )}
        {!user && !view.locked && (
          <Link href="/login" className={buttonClasses("secondary", "sm")}>
            {t("topic.loginToReply")}
          </Link>
        )}
        {view.canReply && <ReplyForm topicId={view.id} />}
      </section>
    </Container>
  );
}

type Translator = Awaited<ReturnType<typeof getTranslations<"forum">>>;
type Formatter = Awaited<ReturnType<typeof getFormatter>>;

function Post({
  post,
  view,
  format,
  t,
}: {
  post: PostView;
  view: NonNullable<Awaited<ReturnType<typeof topicPage>>>;
  format: Formatter;
  t: Translator;
}) {
  const name = post.author?.name ?? t("formerMember");
  const isSolution = view.solvedPost?.id === post.id;
  const staff = post.author?.staffRole ?? null;
  const headingId = `post-${post.number}-heading`;
  return (
    <article
      aria-labelledby={headingId}
      className={`rounded-lg border p-4 ${isSolution ? "border-green-400 bg-success-50/40" : "border-line"} ${post.hidden ? "bg-surface" : ""}`}
    >
      <header className="mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={headingId} className="font-semibold">
          <span className="sr-only">{t("topic.postLabel", { number: post.number, name })}</span>
          <span aria-hidden="true">{name}</span>
        </h2>
        {staff && <Badge tone="brand">{t(`topic.role.${staff}`)}</Badge>}
        {post.author?.organisation && <span className="text-sm text-muted">{post.author.organisation}</span>}
        <a href={`#post-${post.number}`} className="text-sm text-muted">
          <time dateTime={post.createdAt}>{format.dateTime(new Date(post.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
        </a>
        <span className="text-sm text-muted" aria-hidden="true">
          {t("topic.postNumber", { number: post.number })}
        </span>
        {post.editedAt && (
          <span className="text-sm text-muted">
            {t("topic.editedAt", { date: format.dateTime(new Date(post.editedAt), { dateStyle: "medium", timeStyle: "short" }) })}
          </span>
        )}
        {isSolution && (
          <Badge tone="success">
            <CheckCircle2 aria-hidden="true" className="mr-1 h-3 w-3" />
            {t("topic.solution")}
          </Badge>
        )}
      </header>
      {post.replyTo && (
        <p className="mb-2 text-sm text-muted">
          <Link href={`/forum/t/${view.id}?post=${post.replyTo.number}`}>
            {t("topic.inReplyTo", { name: post.replyTo.authorName ?? t("formerMember"), number: post.replyTo.number })}
          </Link>
        </p>
      )}
      {post.hidden && (
        <Alert tone="warning">
          {post.html === null
            ? post.hidden.by === "FLAGS"
              ? t("topic.hiddenPending")
              : t("topic.hiddenForAll")
            : view.canModerate && !post.isMine
              ? post.hidden.by === "FLAGS"
                ? t("topic.hiddenForModeratorPending")
                : t("topic.hiddenForModerator", { reason: post.hidden.reason ?? "" })
              : post.hidden.by === "FLAGS"
                ? t("topic.hiddenForAuthorPending")
                : t("topic.hiddenForAuthor", { reason: post.hidden.reason ?? "" })}
        </Alert>
      )}
      {post.html !== null && (
        // Sanitised on save (lib/rich-text): an allowlist of tags and attributes, our links only.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised server-side HTML
        <div className="rich-content mt-2" lang={post.locale} dangerouslySetInnerHTML={{ __html: post.html }} />
      )}
      <PostActions
        topicId={view.id}
        post={{
          id: post.id,
          number: post.number,
          authorName: name,
          authorId: post.author?.id ?? null,
          text: post.text,
          hidden: Boolean(post.hidden),
          isMine: post.isMine,
          reactions: post.reactions,
          openFlags: post.openFlags,
          editJson: post.editJson,
        }}
        can={{ reply: view.canReply, moderate: view.canModerate, ...post.may }}
        isSolution={isSolution}
      />
    </article>
  );
}
