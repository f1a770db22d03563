import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { requirePagePermission } from "@/lib/auth/guard";
import { mailIsCaught } from "@/lib/env";
import { listCaughtMail } from "@/lib/mail";

export const metadata: Metadata = { robots: { index: false } };

/**
 * Mail caught while no SMTP server is configured. It holds password-reset links, so outside
 * `npm run dev` (NODE_ENV is inlined at build time: the production build has no way around
 * this) only administrators may read it. Tests read MAIL_DIR directly (e2e/fixtures.ts).
 */
export default async function DevMailPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  if (!mailIsCaught) notFound();
  if (process.env.NODE_ENV !== "development") await requirePagePermission("mail.catcher");
  const [t, format, mails] = await Promise.all([getTranslations("devMail"), getFormatter(), listCaughtMail()]);
  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Alert tone="warning" className="mb-6">
        {t("warning")}
      </Alert>
      {mails.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="space-y-4">
          {mails.map((m) => (
            <li key={m.id}>
              <article className="rounded-lg border border-line p-4" aria-label={m.subject}>
                <h2 className="text-lg font-semibold">{m.subject}</h2>
                <p className="text-sm text-muted">
                  {t("to")}: {m.to} · {format.dateTime(new Date(m.createdAt), { dateStyle: "medium", timeStyle: "medium" })}
                </p>
                <div className="mt-3 whitespace-pre-wrap break-words text-sm">
                  {m.text.split(/(https?:\/\/\S+)/g).map((part, i) =>
                    /^https?:\/\//.test(part) ? (
                      <a key={`${m.id}-${i}`} href={part}>
                        {part}
                      </a>
                    ) : (
                      part
                    ),
                  )}
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
    </Container>
  );
}
