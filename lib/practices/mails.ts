import "server-only";
import { createTranslator } from "use-intl/core";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail";

// Emails to a case study's authors, each in the recipient's language. Sent after the change has
// committed; a mail failure is logged and never undoes or refuses the change (the in-app
// notification is there either way).

export type PracticeMailKind = "changesRequested" | "published" | "adopted" | "adoptionOutcome";

export type PracticeMail = {
  kind: PracticeMailKind;
  to: { email: string; name: string; locale: string };
  practice: { slug: string; title: string };
  /** The reviewer's or the adopting library's name. */
  actor: string;
  /** A reviewer's note, or what an adopting library changed. */
  details?: string;
  /** Review comments, listed with the field they are about. */
  comments?: { field: string | null; body: string }[];
  /** An adoption's outcome (DONE, ADAPTED, DROPPED). */
  outcome?: string;
};

async function translator(locale: string) {
  const lang = isLocale(locale) ? locale : "en";
  const messages = (await import(`../../messages/${lang}.json`)).default;
  const t = createTranslator({ locale: lang, messages, namespace: "practices" });
  // The catalogue is loaded at run time, so its keys are not typed here.
  return { lang, t: t as unknown as (key: string, values?: Record<string, string>) => string };
}

export function practiceMailLink(kind: PracticeMailKind, lang: string, slug: string): string {
  const path =
    kind === "changesRequested" ? `/practices/${slug}/edit` : kind === "published" ? `/practices/${slug}` : `/practices/${slug}#adoptions`;
  return `${env.APP_URL}/${lang}${path}`;
}

export async function sendPracticeMail(mail: PracticeMail): Promise<void> {
  try {
    const { lang, t } = await translator(mail.to.locale);
    const comments = (mail.comments ?? []).map((c) => `• ${c.field ? t(`fields.${c.field}`) : t("review.general")}: ${c.body}`).join("\n");
    const values = {
      name: mail.to.name,
      title: mail.practice.title,
      actor: mail.actor,
      details: [comments, mail.details ?? ""].filter(Boolean).join("\n\n"),
      outcome: mail.outcome ? t(`adoption.status.${mail.outcome}`) : "",
      url: practiceMailLink(mail.kind, lang, mail.practice.slug),
    };
    await sendMail({
      to: mail.to.email,
      subject: t(`mail.${mail.kind}.subject`, values),
      text: t(`mail.${mail.kind}.body`, values),
    });
  } catch (error) {
    console.error(`[mail] could not send a "${mail.kind}" case-study mail: check SMTP_URL and the mail server.`, error);
  }
}
