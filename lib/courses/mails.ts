import "server-only";
import { createTranslator } from "use-intl/core";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail";

// Certificate mails, in the holder's language. Sent after the transaction that issued or revoked
// the certificate has committed; a mail failure is logged and never undoes the certificate (the
// in-app notification and "My learning" show it anyway).

async function translator(locale: string) {
  const lang = isLocale(locale) ? locale : "en";
  const messages = (await import(`../../messages/${lang}.json`)).default;
  return { lang, t: createTranslator({ locale: lang, messages, namespace: "courses.mail" }) };
}

async function certificate(id: string) {
  return db.certificate.findUnique({
    where: { id },
    select: {
      code: true,
      courseTitle: true,
      revokedReason: true,
      user: { select: { email: true, name: true, locale: true, emailVerifiedAt: true } },
    },
  });
}

async function deliver(to: string, subject: string, text: string) {
  try {
    await sendMail({ to, subject, text });
  } catch (error) {
    console.error(`[mail] could not send "${subject}": check SMTP_URL and the mail server.`, error);
  }
}

export async function sendCertificateIssuedMail(certificateId: string) {
  const c = await certificate(certificateId);
  if (!c?.user.emailVerifiedAt) return;
  const { lang, t } = await translator(c.user.locale);
  const url = `${env.APP_URL}/${lang}/certificates/${c.code}`;
  await deliver(
    c.user.email,
    t("issuedSubject", { course: c.courseTitle }),
    t("issuedBody", { name: c.user.name, course: c.courseTitle, url, learningUrl: `${env.APP_URL}/${lang}/learning` }),
  );
}

export async function sendCertificateRevokedMail(certificateId: string) {
  const c = await certificate(certificateId);
  if (!c?.user.emailVerifiedAt) return;
  const { lang, t } = await translator(c.user.locale);
  await deliver(
    c.user.email,
    t("revokedSubject", { course: c.courseTitle }),
    t("revokedBody", {
      name: c.user.name,
      course: c.courseTitle,
      reason: c.revokedReason ?? "",
      url: `${env.APP_URL}/${lang}/certificates/${c.code}`,
    }),
  );
}
