import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { PracticeStatusBadge } from "@/components/practices/status-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { listOwnPractices } from "@/lib/practices/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "practices" });
  return { title: t("mine.title"), robots: { index: false } };
}

/** The organisation's case studies, whatever their status: drafts, submissions, comments to answer. */
export default async function MyPracticesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("practices.write");
  const [t, format, rows] = await Promise.all([getTranslations("practices"), getFormatter(), listOwnPractices(user)]);
  return (
    <Container>
      <p className="mb-2 text-sm">
        <Link href="/practices">← {t("title")}</Link>
      </p>
      <PageHeader
        title={t("mine.title")}
        lead={user.organisationName ? t("mine.lead", { organisation: user.organisationName }) : undefined}
      >
        {user.organisationId && (
          <div className="mt-4">
            <Link href="/practices/new" className={buttonClasses("primary", "sm")}>
              {t("new.title")}
            </Link>
          </div>
        )}
      </PageHeader>
      {!user.organisationId ? (
        <Alert tone="info">{t("mine.noOrganisation")}</Alert>
      ) : rows.length === 0 ? (
        <p className="text-muted">{t("mine.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("mine.title")}</caption>
            <thead className="border-b border-line text-muted">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("fields.title")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("mine.status")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("mine.updated")}
                </th>
                <th scope="col" className="py-2">
                  {t("mine.comments")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.slug} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    <Link href={`/practices/${r.slug}/edit`}>{r.title}</Link>
                    {r.live && (
                      <>
                        {" · "}
                        <Link href={`/practices/${r.slug}`} className="font-normal">
                          {t("viewPublished")}
                        </Link>
                      </>
                    )}
                  </th>
                  <td className="py-2 pr-3">
                    <PracticeStatusBadge status={r.status} live={r.live} />
                  </td>
                  <td className="whitespace-nowrap py-2 pr-3">{format.dateTime(new Date(r.updatedAt), { dateStyle: "medium" })}</td>
                  <td className="py-2">{r.openComments > 0 ? t("mine.openComments", { count: r.openComments }) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Container>
  );
}
