import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { digestEnabled, listNotifications, type NotificationView } from "@/lib/forum/queries";
import { Link } from "@/lib/i18n/navigation";
import { practiceNotices } from "@/lib/practices/queries";
import { ForumBreadcrumb } from "../_components/forum-nav";
import { DigestToggle, MarkAllRead } from "../_components/notification-controls";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "forum.notifications" });
  return { title: t("title") };
}

export default async function NotificationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("forum.post");
  const [t, ti, tc, tf, tp, format, items, digest] = await Promise.all([
    getTranslations("forum.notifications"),
    getTranslations("initiatives.notifications"),
    getTranslations("courses"),
    getTranslations("forum"),
    getTranslations("practices"),
    getFormatter(),
    listNotifications(user.id),
    digestEnabled(user.id),
  ]);
  // Case-study notices share the bell and this list (lib/practices: changes requested, published, adopted).
  const practices = await practiceNotices(
    user.id,
    items.filter((n) => n.kind.startsWith("PRACTICE_")).map((n) => n.id),
    locale,
  );
  const practiceLink = (n: NotificationView) => {
    const p = practices.get(n.id);
    if (!p) return null;
    if (n.kind === "PRACTICE_CHANGES_REQUESTED") return `/practices/${p.slug}/edit`;
    if (n.kind === "PRACTICE_PUBLISHED") return `/practices/${p.slug}`;
    return `/practices/${p.slug}#adoptions`;
  };
  const unread = items.filter((n) => !n.read).length;
  const text = (n: NotificationView) => {
    if (n.kind === "INITIATIVE_APPROVED" || n.kind === "INITIATIVE_REJECTED" || n.kind === "INITIATIVE_OVERDUE") {
      if (!n.initiative) return ti("overdueSummary", { count: n.data.count ?? 0 });
      return ti(n.kind, { name: n.initiative.name, reason: n.data.reason ?? "" });
    }
    const values = { actor: n.actorName ?? "E-PANEMA", topic: n.topicTitle ?? "" };
    if (n.kind === "CERTIFICATE_ISSUED" || n.kind === "CERTIFICATE_REVOKED") {
      return tc(`notifications.${n.kind}`, { course: n.certificate?.courseTitle ?? "", reason: n.data.reason ?? "" });
    }
    const practice = practices.get(n.id);
    if (n.kind.startsWith("PRACTICE_")) {
      const outcome =
        practice?.status && tp.has(`adoption.status.${practice.status}` as never) ? tp(`adoption.status.${practice.status}` as never) : "";
      return tp(
        `notifications.${n.kind}` as never,
        { actor: values.actor, title: practice?.title ?? "", library: practice?.library ?? "", outcome } as never,
      );
    }
    if (n.kind !== "MODERATION") return t(n.kind as "REPLY", values);
    const action = n.data.action === "unhide" || n.data.action === "autoHide" || n.data.action === "suspend" ? n.data.action : "hide";
    const until = n.data.until ? format.dateTime(new Date(n.data.until), { dateStyle: "long", timeZone: "UTC" }) : "";
    return t(`moderation.${action}`, { ...values, reason: n.data.reason ?? "", until });
  };
  return (
    <Container>
      <ForumBreadcrumb items={[{ label: t("title") }]} />
      <PageHeader title={t("title")} lead={t("lead")}>
        <div className="mt-4 flex flex-wrap items-start gap-6">
          {unread > 0 && <MarkAllRead />}
          <DigestToggle on={digest} />
        </div>
      </PageHeader>
      {items.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line">
          {items.map((n) => (
            <li key={n.id} className={`p-4 ${n.read ? "" : "bg-brand-50"}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className={n.read ? "" : "font-semibold"}>
                  {!n.read && <span className="sr-only">{t("unreadLabel")}: </span>}
                  {n.postId ? (
                    <Link href={`/forum/p/${n.postId}`}>{text(n)}</Link>
                  ) : n.initiative ? (
                    <Link href={`/map/i/${n.initiative.slug}`}>{text(n)}</Link>
                  ) : n.kind === "INITIATIVE_OVERDUE" ? (
                    <Link href="/admin/initiatives">{text(n)}</Link>
                  ) : n.certificate ? (
                    <Link href={`/certificates/${n.certificate.code}`}>{text(n)}</Link>
                  ) : practiceLink(n) ? (
                    <Link href={practiceLink(n) as string}>{text(n)}</Link>
                  ) : (
                    text(n)
                  )}
                </p>
                <time dateTime={n.createdAt} className="text-sm text-muted">
                  {format.relativeTime(new Date(n.createdAt))}
                </time>
              </div>
              {n.excerpt && <p className="mt-1 text-sm text-muted">{n.excerpt}</p>}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6 text-sm">
        <Link href="/forum">{tf("title")}</Link>
      </p>
    </Container>
  );
}
