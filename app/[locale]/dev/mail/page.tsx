import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { mailIsCaught } from "@/lib/env";
import { listCaughtMail } from "@/lib/mail";

export const metadata: Metadata = { robots: { index: false } };

/** Mail caught while no SMTP server is configured (development and demo only). */
export default async function DevMailPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  if (!mailIsCaught) notFound();
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
