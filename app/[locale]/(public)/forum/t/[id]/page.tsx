import { CheckCircle2, Lock } from "lucide-react";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { RichContent } from "@/components/content/rich-content";
import { Container } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LanguageBadge } from "@/components/ui/language-badge";
import { buttonClasses } from "@/components/ui/button";
import { can } from "@/lib/auth/guard";
import { forumReader, isPerson, listCategories, type PostView, topicHeader, topicPage, viewerOf } from "@/lib/forum/queries";
import { POSTS_PER_PAGE } from "@/lib/forum/schemas";
import { Link } from "@/lib/i18n/navigation";
import { ForumBreadcrumb } from "../../_components/forum-nav";
import { PostActions } from "../../_components/post-actions";
import {
  HiddenPostBody,
  SolutionExcerpt,
  TopicFollow,
  TopicModBar,
  TopicReadMarker,
  TopicReplyArea,
  TopicViewerProvider,
} from "../../_components/topic-viewer";
import "@/components/editor/content.css";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ page?: string; post?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const topic = await topicHeader(await forumReader(), id);
  return topic ? { title: topic.title } : {};
}

/**
 * One page of a thread. Everything on it is what any reader of the topic sees, so it is cached in
 * two copies (decision 013): the visitors' (public topics) and the one every member shares
 * (`forumReader()` is ANY_MEMBER there; members-only topics too). The member's parts (reply form,
 * own posts, reactions, moderation, hidden posts they may read) are islands fed by
 * TopicViewerProvider: from the server when this render is the member's own, else from the
 * viewer JSON.
 */
export default async function TopicPage({ params, searchParams }: Props) {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  // The signed-in member, a visitor, or ANY_MEMBER in the members' copy.
  const user = await forumReader();
  // ?post=N opens the page holding post N, scrolled to it.
  if (query.post && /^\d{1,7}$/.test(query.post)) {
    const n = Number(query.post);
    redirect(`/${locale}/forum/t/${id}?page=${Math.max(1, Math.ceil(n / POSTS_PER_PAGE))}#post-${n}`);
  }
  const requested = Number(query.page ?? "1");
  const view = await topicPage(user, id, Number.isFinite(requested) ? requested : 1, locale);
  if (!view) notFound();

  const [t, tc, format, categories] = await Promise.all([
    getTranslations("forum"),
    getTranslations("common"),
    getFormatter(),
    view.canModerate ? listCategories(user, locale) : Promise.resolve([]),
  ]);
  const solution = view.solvedPost;
  const viewer = isPerson(user)
    ? viewerOf(
        view,
        categories.map((c) => ({ id: c.id, name: c.name })),
        can(user, "forum.post"),
      )
    : null;
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
    <TopicViewerProvider topicId={view.id} page={view.page} locale={locale} initial={viewer}>
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
          <TopicFollow topicId={view.id} />
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
              <SolutionExcerpt excerpt={solution.excerpt} locale={solution.locale} />
              <p className="mt-2 text-sm">
                <Link href={`/forum/t/${view.id}?post=${solution.number}`}>{t("topic.readSolution", { number: solution.number })}</Link>
              </p>
            </section>
          )}
          <TopicModBar topicId={view.id} locked={view.locked} pinned={view.pinned} categoryId={view.category.id} />
        </header>

        {pager(t("topic.pagination"))}
        <ol aria-label={t("topic.posts")} className="space-y-6">
          {view.posts.map((post) => (
            <li key={post.id} id={`post-${post.number}`} className="scroll-mt-24">
              <Post post={post} view={view} format={format} t={t} quotable={user !== null} />
            </li>
          ))}
        </ol>
        {pager(t("topic.paginationBottom"))}
        <TopicReadMarker topicId={view.id} />

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
            </Alert>
          )}
          <TopicReplyArea
            topicId={view.id}
            locked={view.locked}
            loginLink={
              <Link href="/login" className={buttonClasses("secondary", "sm")}>
                {t("topic.loginToReply")}
              </Link>
            }
          />
        </section>
      </Container>
    </TopicViewerProvider>
  );
}

type Translator = Awaited<ReturnType<typeof getTranslations<"forum">>>;
type Formatter = Awaited<ReturnType<typeof getFormatter>>;

function Post({
  post,
  view,
  format,
  t,
  quotable,
}: {
  post: PostView;
  view: NonNullable<Awaited<ReturnType<typeof topicPage>>>;
  format: Formatter;
  t: Translator;
  /** Whether this copy's reader may reply: only then does the post's text (for quoting) reach the browser. */
  quotable: boolean;
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
      {post.hidden ? (
        <HiddenPostBody postId={post.id} by={post.hidden.by} locale={post.locale} />
      ) : (
        // Sanitised on save (lib/rich-text): an allowlist of tags and attributes, our links only.
        <RichContent html={post.html ?? ""} lang={post.locale} className="mt-2" />
      )}
      {/* An erased post (its author left) has nothing left to react to, report, quote or moderate. */}
      {post.hidden?.by !== "AUTHOR" && (
        <PostActions
          topicId={view.id}
          post={{
            id: post.id,
            number: post.number,
            authorName: name,
            authorId: post.author?.id ?? null,
            // A visitor's copy never offers "Quote": the text would only double the post in the page.
            text: quotable ? post.text : "",
            hidden: Boolean(post.hidden),
            reactions: post.reactions.map((r) => ({ kind: r.kind, count: r.count })),
          }}
          isSolution={isSolution}
        />
      )}
    </article>
  );
}
