import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { RichContent } from "@/components/content/rich-content";
import { ClientMessages } from "@/components/layout/client-messages";
import { CommentHistory } from "@/components/practices/comment-history";
import { practiceLabels } from "@/components/practices/labels";
import { PracticeStatusBadge } from "@/components/practices/status-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { requirePagePermission } from "@/lib/auth/guard";
import { isLocale, type Locale, localeNames } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { lineItems } from "@/lib/practices/content";
import { availablePracticeTransitions } from "@/lib/practices/policy";
import { getPracticeForReview } from "@/lib/practices/queries";
import type { ReviewField } from "@/lib/practices/schemas";
import { ApproveForm, ArchiveButton, FieldCommentBox, RequestChangesForm } from "../../_components/review-forms";
import "@/components/editor/content.css";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "practices.review" });
  return { title: t("title"), robots: { index: false } };
}

/** A submission as its authors wrote it (the working copy), with a comment box per field and the decision. */
export default async function ReviewPracticePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("practices.review");
  const { lang } = await searchParams;
  const data = await getPracticeForReview(id, user, isLocale(lang) ? lang : undefined);
  if (!data) notFound();
  const [t, format, labels] = await Promise.all([getTranslations("practices"), getFormatter(), practiceLabels(locale)]);
  const tr = data.translation;
  // What this coordinator may do now, from the same table the service enforces.
  const offered = availablePracticeTransitions(user, data);
  const reviewing = offered.includes("requestChanges");
  const f = data.facts;
  const month = (m: string) =>
    m ? new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${m}-01T00:00:00Z`)) : "";
  const period = f.periodStart
    ? f.periodEnd
      ? `${month(f.periodStart)} – ${month(f.periodEnd)}`
      : `${month(f.periodStart)} – ${t("ongoing")}`
    : "";

  const section = (field: ReviewField, content: ReactNode, opts: { lang?: string } = {}) => (
    <section key={field} aria-labelledby={`review-${field}`} className="border-b border-line pb-5">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={`review-${field}`} className="text-lg font-semibold">
          {t(`fields.${field}`)}
        </h2>
        {data.changed.includes(field) && <Badge tone="warning">{t("review.changed")}</Badge>}
      </div>
      <div className="mt-2" lang={opts.lang}>
        {content || <span className="text-muted">{t("review.empty")}</span>}
      </div>
      {reviewing && <FieldCommentBox field={field} label={t(`fields.${field}`)} />}
    </section>
  );

  const fields = tr ? (
    <>
      {section("title", <p className="text-xl font-semibold">{tr.title}</p>, { lang: data.locale })}
      {section("summary", tr.summary && <p>{tr.summary}</p>, { lang: data.locale })}
      {section("story", <RichContent html={tr.storyHtml} />, { lang: data.locale })}
      {section(
        "resources",
        lineItems(tr.resources).length > 0 && (
          <ul className="list-disc pl-6">
            {lineItems(tr.resources).map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ),
        { lang: data.locale },
      )}
      {section(
        "steps",
        lineItems(tr.steps).length > 0 && (
          <ol className="list-decimal pl-6">
            {lineItems(tr.steps).map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        ),
        { lang: data.locale },
      )}
      {section("results", tr.results && <p className="whitespace-pre-line">{tr.results}</p>, { lang: data.locale })}
      {section("lessons", tr.lessons && <p className="whitespace-pre-line">{tr.lessons}</p>, { lang: data.locale })}
      {section("place", <p>{labels.place([f.libraryName, f.city, labels.country(f.country)])}</p>)}
      {section("themes", f.themes.map(labels.theme).join(", "))}
      {section("targetGroups", f.targetGroups.map(labels.group).join(", "))}
      {section("languagesUsed", f.languagesUsed.map(labels.language).join(", "))}
      {section("period", period)}
      {section("partnersInvolved", f.partnersInvolved && <p className="whitespace-pre-line">{f.partnersInvolved}</p>)}
      {section("contact", [f.contactName, f.contactEmail].filter(Boolean).join(" · "))}
    </>
  ) : (
    <p className="text-muted">{t("review.noTranslation")}</p>
  );

  return (
    <ClientMessages namespaces={["practices"]}>
      <p className="mb-2 text-sm">
        <Link href="/admin/review">← {t("review.queue")}</Link>
      </p>
      <div className="mb-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold" lang={data.locale}>
          {tr?.title ?? data.slug}
        </h1>
        <PracticeStatusBadge status={data.status} live={data.live} />
        {data.isExample && <Badge tone="warning">{t("example")}</Badge>}
      </div>
      <p className="mb-4 text-sm text-muted">
        {data.organisation.name}
        {data.createdBy && ` · ${t("review.writtenBy", { name: data.createdBy })}`}
        {data.statusChangedBy &&
          ` · ${t("review.lastChange", { name: data.statusChangedBy, date: format.dateTime(new Date(data.statusChangedAt), { dateStyle: "medium", timeStyle: "short" }) })}`}
        {data.live && (
          <>
            {" · "}
            <Link href={`/practices/${data.slug}`}>{t("viewPublished")}</Link>
          </>
        )}
      </p>
      {data.live && reviewing && (
        <Alert tone="info" className="mb-4">
          {data.changed.length > 0
            ? t("review.updateOf", { fields: data.changed.map((c) => t(`fields.${c}`)).join(", ") })
            : t("review.updateNoChanges")}
        </Alert>
      )}
      <nav aria-label={t("editor.languages")} className="mb-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {data.languages
            .filter((l) => l.state !== "missing")
            .map((l) => (
              <li key={l.locale}>
                <Link
                  href={`/admin/review/practices/${data.id}?lang=${l.locale}`}
                  aria-current={l.locale === data.locale ? "page" : undefined}
                  className="inline-flex items-center gap-1 rounded-md border border-line px-2.5 py-1 no-underline aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50"
                >
                  <span lang={l.locale}>{localeNames[l.locale as Locale]}</span>
                  <span className="text-xs text-muted">· {l.isSource ? t("translation.source") : t(`translation.${l.state}`)}</span>
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_300px]">
        <div className="min-w-0 space-y-5">
          {reviewing ? <RequestChangesForm practiceId={data.id}>{fields}</RequestChangesForm> : fields}
        </div>
        <aside className="space-y-4">
          {offered.includes("publish") && (
            <section aria-labelledby="decision" className="rounded-lg border border-brand-200 bg-brand-50 p-4">
              <h2 id="decision" className="font-semibold">
                {t("review.decision")}
              </h2>
              <p className="mb-3 mt-1 text-sm">{t("review.decisionLead")}</p>
              <ApproveForm practiceId={data.id} />
            </section>
          )}
          {data.status !== "IN_REVIEW" && <Alert tone="info">{t(`review.notInReview.${data.status as "DRAFT"}`)}</Alert>}
          {(offered.includes("archive") || offered.includes("unarchive")) && (
            <section aria-labelledby="archive" className="rounded-lg border border-line p-4 text-sm">
              <h2 id="archive" className="font-semibold">
                {t("review.archiveTitle")}
              </h2>
              <p className="mb-3 mt-1 text-muted">{data.status === "ARCHIVED" ? t("review.unarchiveLead") : t("review.archiveLead")}</p>
              <ArchiveButton practiceId={data.id} archived={data.status === "ARCHIVED"} />
            </section>
          )}
          <CommentHistory comments={data.comments} />
        </aside>
      </div>
    </ClientMessages>
  );
}
