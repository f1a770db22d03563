import "server-only";
import { createTranslator } from "use-intl/core";
import { env } from "@/lib/env";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail";

type Recipient = { email: string; name: string; locale: string };

/** The mail texts in the recipient's language; needs no request (works in scripts and tests too). */
async function mailTranslator(locale: string) {
  const lang = isLocale(locale) ? locale : defaultLocale;
  const messages = (await import(`../../messages/${lang}.json`)).default;
  return createTranslator({ locale: lang, messages, namespace: "mail" });
}

/** Mail failures are logged, never shown: the user can ask for the link again. */
async function deliver(to: string, subject: string, text: string) {
  try {
    await sendMail({ to, subject, text });
  } catch (error) {
    console.error(`[mail] could not send "${subject}" to a user: check SMTP_URL and the mail server.`, error);
  }
}

export async function sendVerificationMail(user: Recipient, token: string) {
  const t = await mailTranslator(user.locale);
  const url = `${env.APP_URL}/${user.locale}/verify-email?token=${encodeURIComponent(token)}`;
  await deliver(user.email, t("verifySubject"), t("verifyBody", { name: user.name, url }));
}

export async function sendPasswordResetMail(user: Recipient, token: string) {
  const t = await mailTranslator(user.locale);
  const url = `${env.APP_URL}/${user.locale}/reset-password?token=${encodeURIComponent(token)}`;
  await deliver(user.email, t("resetSubject"), t("resetBody", { name: user.name, url }));
}

export async function sendAlreadyRegisteredMail(user: Recipient) {
  const t = await mailTranslator(user.locale);
  const url = `${env.APP_URL}/${user.locale}/forgot-password`;
  await deliver(user.email, t("alreadyRegisteredSubject"), t("alreadyRegisteredBody", { name: user.name, url }));
}
