import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { AuditEntryView, AuditTarget } from "@/lib/admin/queries";
import { isLocale, localeNames } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

// How an audit entry reads: who (by name, linked), what (by name, linked) and the details in
// words. Ids appear only for things that no longer exist and for targets of unknown kinds.

export async function AuditActor({ actor }: { actor: AuditEntryView["actor"] }) {
  const t = await getTranslations("admin");
  return actor ? <Link href={`/admin/users/${actor.id}`}>{actor.name}</Link> : t("system");
}

export async function AuditTargetLink({ target }: { target: AuditTarget | null }) {
  const t = await getTranslations("admin.audit.target");
  const tn = await getTranslations("admin.nav");
  if (!target) return "—";
  switch (target.kind) {
    case "user":
      return target.name ? <Link href={`/admin/users/${target.id}`}>{target.name}</Link> : t("userGone");
    case "page":
      return target.name && target.slug ? (
        <Link href={target.live ? `/knowledge/${target.slug}` : `/knowledge/${target.slug}/edit`}>{target.name}</Link>
      ) : (
        t("pageGone")
      );
    case "topic":
      return target.name ? <Link href={`/forum/t/${target.id}`}>{target.name}</Link> : t("topicGone");
    case "post":
      return target.name && target.number !== null ? (
        <Link href={`/forum/p/${target.id}`}>{t("post", { number: target.number, topic: target.name })}</Link>
      ) : (
        t("postGone")
      );
    case "forumSettings":
      return <Link href="/admin/forum/settings">{tn("forumSettings")}</Link>;
    default:
      return <span className="break-words">{t("other", { type: target.type, id: target.id ?? "" })}</span>;
  }
}

const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : null);

/** The details of an entry as short translated sentences (one per line), or nothing. */
export async function AuditDetails({ entry }: { entry: AuditEntryView }) {
  const [t, tr, tk, tf, format] = await Promise.all([
    getTranslations("admin.audit.detail"),
    getTranslations("roles"),
    getTranslations("knowledge.status"),
    getTranslations("forum"),
    getFormatter(),
  ]);
  const data = entry.data;
  if (!data) return null;
  const lines: ReactNode[] = [];
  const reason = str(data.reason);
  const named = (id: unknown) => (typeof id === "string" ? (entry.names[id]?.name ?? id) : "—");
  const language = (code: unknown) => (isLocale(code) ? localeNames[code] : (str(code) ?? "—"));
  const roleName = (r: unknown) => (typeof r === "string" && tr.has(r as never) ? tr(r as never) : (str(r) ?? "—"));
  const statusName = (s: unknown) => (typeof s === "string" && tk.has(s as never) ? tk(s as never) : (str(s) ?? "—"));

  switch (entry.action) {
    case "user.role.change":
      lines.push(t("fromTo", { from: roleName(data.from), to: roleName(data.to) }));
      break;
    case "user.suspend":
      if (reason) lines.push(t("reason", { reason }));
      lines.push(
        typeof data.until === "string"
          ? t("until", { date: format.dateTime(new Date(data.until), { dateStyle: "long", timeZone: "UTC" }) })
          : t("untilLifted"),
      );
      break;
    case "membership.approve":
    case "membership.reject":
      lines.push(t("organisation", { name: named(data.organisationId) }));
      break;
    case "page.submit":
    case "page.publish":
    case "page.archive":
    case "page.unarchive":
    case "page.backToDraft":
      lines.push(t("fromTo", { from: statusName(data.from), to: statusName(data.to) }));
      break;
    case "page.create":
      break;
    case "page.restore":
    case "page.translation.create":
      lines.push(t("language", { language: language(data.locale) }));
      break;
    case "forum.post.flag": {
      const key = `flag.${str(data.reason)}`;
      lines.push(t("reason", { reason: tf.has(key as never) ? tf(key as never) : (str(data.reason) ?? "—") }));
      break;
    }
    case "forum.post.autoHide":
    case "forum.flags.dismiss":
      if (typeof data.flags === "number") lines.push(t("reports", { count: data.flags }));
      break;
    case "forum.post.hide":
      if (reason) lines.push(t("reason", { reason }));
      break;
    case "forum.topic.move":
      lines.push(t("fromTo", { from: named(data.from), to: named(data.to) }));
      break;
    case "forum.topic.solution": {
      const post = typeof data.postId === "string" ? entry.names[data.postId] : undefined;
      lines.push(data.postId === null ? t("solutionRemoved") : t("solution", { number: post?.number ?? "?" }));
      break;
    }
    case "forum.user.suspend":
      if (typeof data.days === "number") lines.push(t("days", { days: data.days }));
      if (reason) lines.push(t("reason", { reason }));
      break;
    case "forum.settings.update":
      for (const [key, value] of Object.entries(data)) {
        const label = tf.has(`settings.${key}` as never) ? tf(`settings.${key}` as never) : key;
        lines.push(t("setting", { label, value: str(value) ?? "—" }));
      }
      break;
    default:
      // An action this screen does not know yet: its details as "name: value" lines, never raw JSON.
      for (const [key, value] of Object.entries(data)) {
        lines.push(t("setting", { label: key, value: str(value) ?? (value === null ? "—" : JSON.stringify(value)) }));
      }
  }
  if (lines.length === 0) return null;
  return (
    <ul className="mt-0.5 text-sm text-muted">
      {lines.map((line, i) => (
        <li key={i} className="break-words">
          {line}
        </li>
      ))}
    </ul>
  );
}
