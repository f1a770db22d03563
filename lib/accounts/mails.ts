import "server-only";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail";

type Recipient = { email: string; name: string; locale: string };

/** Mail failures are logged, never shown: the user can ask for the link again. */
async function deliver(to: string, subject: string, text: string) {
  try {
    await sendMail({ to, subject, text });
  } catch (error) {
    console.error(`[mail] could not send "${subject}" to a user: check SMTP_URL and the mail server.`, error);
  }
}

export async function sendVerificationMail(user: Recipient, token: string) {
  const t = await getTranslations({ locale: user.locale, namespace: "mail" });
  const url = `${env.APP_URL}/${user.locale}/verify-email?token=${encodeURIComponent(token)}`;
  await deliver(user.email, t("verifySubject"), t("verifyBody", { name: user.name, url }));
}

export async function sendPasswordResetMail(user: Recipient, token: string) {
  const t = await getTranslations({ locale: user.locale, namespace: "mail" });
  const url = `${env.APP_URL}/${user.locale}/reset-password?token=${encodeURIComponent(token)}`;
  await deliver(user.email, t("resetSubject"), t("resetBody", { name: user.name, url }));
}

export async function sendAlreadyRegisteredMail(user: Recipient) {
  const t = await getTranslations({ locale: user.locale, namespace: "mail" });
  const url = `${env.APP_URL}/${user.locale}/forgot-password`;
  await deliver(user.email, t("alreadyRegisteredSubject"), t("alreadyRegisteredBody", { name: user.name, url }));
}
