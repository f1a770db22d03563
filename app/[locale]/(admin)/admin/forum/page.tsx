import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { RichContent } from "@/components/content/rich-content";
import { ClientMessages } from "@/components/layout/client-messages";
import { Badge } from "@/components/ui/badge";
import { can, requirePagePermission } from "@/lib/auth/guard";
import { forumSuspensions, reviewQueue } from "@/lib/forum/queries";
import { Link } from "@/lib/i18n/navigation";
import { LiftSuspension, QueueActions } from "./_components/queue-actions";
import "@/components/editor/content.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "forum.queue" });
  return { title: t("title") };
}

const DAY = 86_400_000;

/** The coordinators' review queue: reported posts with their reports and context, and suspensions. */
export default async function ForumQueuePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("forum.moderate");
  const [t, tf, format, queue, suspensions] = await Promise.all([
    getTranslations("forum.queue"),
    getTranslations("forum"),
    getFormatter(),
    reviewQueue(locale),
    forumSuspensions(),
  ]);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "UTC" });
  return (
    <ClientMessages namespaces={["forum"]}>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("lead")}</p>
      {can(user, "forum.settings") && (
        <p className="mt-2">
          <Link href="/admin/forum/settings">{t("settingsLink")}</Link>
        </p>
      )}
      <section aria-labelledby="queue-heading" className="mt-8">
        <h2 id="queue-heading" className="sr-only">
          {t("title")}
        </h2>
        {queue.length === 0 ? (
          <p id="queue-empty" className="rounded-md border border-line p-4 text-muted">
            {t("empty")}
          </p>
        ) : (
          <ol className="space-y-6">
            {queue.map((item, i) => (
              <li key={item.postId}>
                <article aria-labelledby={`q-${item.postId}`} className="rounded-lg border border-line p-4">
                  <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                    <h3 id={`q-${item.postId}`} className="font-semibold">
                      <Link href={`/forum/p/${item.postId}`}>{t("inTopic", { topic: item.topicTitle, category: item.categoryName })}</Link>
                    </h3>
                    <Badge tone="danger">{tf("mod.openFlags", { count: item.flags.length })}</Badge>
                    {item.hidden && (
                      <Badge tone="warning">
                        {item.hidden.by === "FLAGS" ? t("hiddenAuto") : t("hiddenByMod", { reason: item.hidden.reason ?? "" })}
                      </Badge>
                    )}
                  </header>
                  <p className="mt-1 text-sm text-muted">
                    {t("postedBy", { name: item.author?.name ?? tf("formerMember"), date: date(item.createdAt) })}
                    {item.author && Date.now() - new Date(item.author.createdAt).getTime() < DAY && ` · ${t("newAccount")}`}
                    {item.author?.suspendedUntil && ` · ${t("suspendedUntil", { until: day(item.author.suspendedUntil) })}`}
                  </p>
                  {item.previous && (
                    <div className="mt-3 border-l-4 border-line pl-3 text-sm text-muted">
                      <p className="font-medium">
                        {t("context", { number: item.previous.number, name: item.previous.authorName ?? tf("formerMember") })}
                      </p>
                      <p>{item.previous.excerpt}</p>
                    </div>
                  )}
                  <RichContent html={item.html} className="mt-3 rounded-md bg-surface p-3" />
                  <ul className="mt-3 space-y-1 text-sm">
                    {item.flags.map((f, i) => (
                      <li key={`${item.postId}-${i}`}>
                        {t("reportedBy", { name: f.reporterName ?? t("anonymousReporter"), reason: tf(`flag.${f.reason as "SPAM"}`) })}
                        {f.note && <span className="text-muted"> — “{f.note}”</span>}
                      </li>
                    ))}
                  </ul>
                  <QueueActions
                    postId={item.postId}
                    hidden={Boolean(item.hidden)}
                    author={item.author && !item.author.suspendedUntil ? { id: item.author.id, name: item.author.name } : null}
                    nextFocus={queue.length > 1 ? `#q-${(queue[i + 1] ?? queue[i - 1]).postId}` : "#queue-empty"}
                  />
                </article>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="suspensions-heading" className="mt-10">
        <h2 id="suspensions-heading" className="text-xl font-bold">
          {t("suspensions")}
        </h2>
        {suspensions.length === 0 ? (
          <p className="mt-2 text-muted">{t("noSuspensions")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded-md border border-line">
            {suspensions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
                <span>{t("suspensionRow", { name: s.name, until: day(s.until), reason: s.reason })}</span>
                <LiftSuspension userId={s.id} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </ClientMessages>
  );
}
