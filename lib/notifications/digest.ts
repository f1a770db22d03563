import "server-only";
import { createTranslator } from "use-intl/core";
import { db } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { excerpt } from "@/lib/forum/content";
import { isLocale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail";

const DAY_MS = 86_400_000;
const FORUM_KINDS: NotificationKind[] = ["REPLY", "MENTION", "QUOTE", "NEW_TOPIC", "MODERATION"];
/** A little under a day, so a digest sent at 07:00:05 yesterday does not skip today's round at 07:00:00. */
const MIN_GAP_MS = DAY_MS - 30 * 60_000;

/**
 * Sends each member who opted in one email with their unread forum notifications of the last
 * day (at most once a day; nothing when there is nothing new). Returns how many were sent.
 * Runs hourly in the app (instrumentation.ts) and on demand: `npm run forum:digest`.
 */
export async function sendDailyDigests(now = new Date(), log: (line: string) => void = () => {}): Promise<number> {
  const users = await db.user.findMany({
    where: {
      forumDigest: true,
      emailVerifiedAt: { not: null },
      status: "ACTIVE",
      OR: [{ forumDigestSentAt: null }, { forumDigestSentAt: { lt: new Date(now.getTime() - MIN_GAP_MS) } }],
    },
    select: { id: true, email: true, name: true, locale: true, forumDigestSentAt: true },
  });
  let sent = 0;
  for (const [index, user] of users.entries()) {
    const since = new Date(Math.max(user.forumDigestSentAt?.getTime() ?? 0, now.getTime() - DAY_MS));
    const items = await db.notification.findMany({
      // Forum notifications only: other areas (case studies) email their own news when it happens.
      where: { userId: user.id, readAt: null, createdAt: { gt: since, lte: now }, kind: { in: FORUM_KINDS } },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: {
        kind: true,
        postId: true,
        data: true,
        actor: { select: { name: true } },
        topic: { select: { title: true } },
        post: { select: { text: true, hiddenAt: true } },
      },
    });
    if (items.length === 0) continue;
    items.reverse(); // the newest 50, oldest first
    const locale = isLocale(user.locale) ? user.locale : "en";
    const messages = (await import(`../../messages/${locale}.json`)).default;
    const t = createTranslator({ locale, messages, namespace: "forum.digest" });
    const formerMember = createTranslator({ locale, messages, namespace: "forum" })("formerMember");
    const lines = items.map((n) => {
      const actor = n.actor?.name ?? (n.kind === "MODERATION" ? "E-PANEMA" : formerMember);
      const line = t(`line.${n.kind}`, { actor, topic: n.topic?.title ?? "" });
      const body = n.post && !n.post.hiddenAt ? `\n  “${excerpt(n.post.text, 140)}”` : "";
      const link = n.postId ? `\n  ${env.APP_URL}/${locale}/forum/p/${n.postId}` : "";
      return `• ${line}${body}${link}`;
    });
    const text = t("body", {
      name: user.name,
      count: items.length,
      items: lines.join("\n\n"),
      notificationsUrl: `${env.APP_URL}/${locale}/forum/notifications`,
    });
    try {
      await sendMail({ to: user.email, subject: t("subject", { count: items.length }), text });
      await db.user.update({ where: { id: user.id }, data: { forumDigestSentAt: now } });
      sent++;
      log(`[digest] ${index + 1}/${users.length} sent`);
    } catch (error) {
      console.error("[digest] could not send a digest: check SMTP_URL and the mail server. It is retried next hour.", error);
    }
  }
  return sent;
}

let timer: NodeJS.Timeout | undefined;

/** Hourly digest round in the app process. With several instances, FORUM_DIGEST=off on all but one. */
export function startDigestTimer() {
  if (timer || process.env.FORUM_DIGEST === "off") return;
  const run = () => sendDailyDigests().catch((error) => console.error("[digest] round failed; it runs again in an hour.", error));
  timer = setInterval(run, 60 * 60_000);
  timer.unref();
  setTimeout(run, 60_000).unref();
}
