import "server-only";
import { createTranslator } from "use-intl/core";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail";

/** Emails about initiatives, in the recipient's language. Failures are logged: the in-app notification stays. */
export async function sendInitiativeMail(
  userId: string,
  kind: "approved" | "rejected" | "overdue",
  values: { name: string; slug: string; reason: string },
): Promise<void> {
  try {
    const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, locale: true } });
    if (!user) return;
    const locale = isLocale(user.locale) ? user.locale : "en";
    // use-intl's translator, as the forum digest: it also works outside a request (the hourly round).
    const messages = (await import(`../../messages/${locale}.json`)).default;
    const t = createTranslator({ locale, messages, namespace: "initiatives.mail" });
    const url = `${env.APP_URL}/${locale}/map/i/${values.slug}`;
    await sendMail({
      to: user.email,
      subject: t(`${kind}Subject`, { name: values.name }),
      text: t(`${kind}Body`, { person: user.name, name: values.name, url, reason: values.reason }),
    });
  } catch (error) {
    console.error(`[mail] could not send the initiative "${kind}" email: check SMTP_URL and the mail server.`, error);
  }
}
