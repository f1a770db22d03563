import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { requirePagePermission } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { listMyAdoptions } from "@/lib/practices/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "practices" });
  return { title: t("myAdoptions.title"), robots: { index: false } };
}

export default async function MyAdoptionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("practices.adopt");
  const [t, format, rows] = await Promise.all([getTranslations("practices"), getFormatter(), listMyAdoptions(user.id, locale)]);
  return (
    <Container>
      <p className="mb-2 text-sm">
        <Link href="/practices">← {t("title")}</Link>
      </p>
      <PageHeader title={t("myAdoptions.title")} lead={t("myAdoptions.lead")} />
      {rows.length === 0 ? (
        <p className="text-muted">
          {t("myAdoptions.empty")} <Link href="/practices">{t("myAdoptions.browse")}</Link>
        </p>
      ) : (
        <ul className="space-y-3">
          {rows.map((r) => (
            <li key={r.id} className="rounded-lg border border-line p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/practices/adoptions/${r.id}`} className="font-semibold" lang={r.practiceLocale}>
                  {r.practiceTitle}
                </Link>
                <Badge tone={r.status === "PLANNED" ? "neutral" : "success"}>{t(`adoption.status.${r.status}`)}</Badge>
              </div>
              <p className="mt-1 text-sm text-muted">
                {t("adoption.progress", { done: r.done, total: r.total })}
                {r.plannedFor &&
                  ` · ${t("adoption.plannedForDate", { date: format.dateTime(new Date(`${r.plannedFor}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) })}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
