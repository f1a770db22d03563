import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { requirePagePermission } from "@/lib/auth/guard";
import { countryName } from "@/lib/countries";
import { groupedBarChart } from "@/lib/courses/chart";
import { reportCourses, reportRange, trainingReport } from "@/lib/courses/reports";
import { reportQuerySchema } from "@/lib/courses/schemas";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses.report" });
  return { title: t("title") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function TrainingReportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePagePermission("reports.view");
  const sp = await searchParams;
  const query = reportQuerySchema.parse({ from: first(sp.from), to: first(sp.to), course: first(sp.course) });
  const range = await reportRange(query);
  const [t, tc, format, report, courses] = await Promise.all([
    getTranslations("courses.report"),
    getTranslations("common"),
    getFormatter(),
    trainingReport(range, locale),
    reportCourses(locale),
  ]);
  const pct = (v: number | null) => (v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 0 }));
  const days = (v: number | null) => (v === null ? "—" : t("days", { days: format.number(v, { maximumFractionDigits: 1 }) }));
  const csv = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const chart = groupedBarChart(
    report.courses.map((c) => ({
      label: c.title,
      values: [
        { series: t("enrolments"), value: c.enrolments },
        { series: t("completions"), value: c.completions },
      ],
    })),
    { title: t("chartLabel"), series: [t("enrolments"), t("completions")], xLabel: t("people") },
  );
  const groupTable = (caption: string, rows: typeof report.countries, label: (r: (typeof report.countries)[number]) => string) => (
    <Card className="min-w-0">
      {/* A long column heading ("Afrondingspercentage") may make the table wider than its card: it
          scrolls inside the card, reachable by keyboard, never the page. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="scroll-cue" tabIndex={0} aria-label={caption}>
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left text-lg font-semibold text-ink">{caption}</caption>
          <thead className="border-b border-line text-muted">
            <tr>
              <th scope="col" className="py-2 pr-3">
                <span className="sr-only">{caption}</span>
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("enrolments")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("completions")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("rate")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key || "none"} className="border-b border-line">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {label(r)}
                </th>
                <td className="py-2 pr-3 text-right">{format.number(r.enrolments)}</td>
                <td className="py-2 pr-3 text-right">{format.number(r.completions)}</td>
                <td className="py-2 text-right">{pct(r.completionRate)}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={4} className="py-3 text-muted">
                  {t("noData")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
    </Card>
  );

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <search aria-label={t("filterLabel")}>
        <form method="get" className="mb-8 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="report-from" className="mb-1 block text-sm font-medium">
              {t("from")}
            </label>
            <Input id="report-from" type="date" name="from" defaultValue={query.from} />
          </div>
          <div>
            <label htmlFor="report-to" className="mb-1 block text-sm font-medium">
              {t("to")}
            </label>
            <Input id="report-to" type="date" name="to" defaultValue={query.to} />
          </div>
          <div className="min-w-52">
            <label htmlFor="report-course" className="mb-1 block text-sm font-medium">
              {t("course")}
            </label>
            <Select id="report-course" name="course" defaultValue={query.course ?? ""}>
              <option value="">{t("allCourses")}</option>
              {courses.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.title}
                </option>
              ))}
            </Select>
          </div>
          <button type="submit" className={buttonClasses("primary", "sm")}>
            {t("apply")}
          </button>
          <a href={`/api/admin/reports/training${csv ? `?${csv}` : ""}`} download className={buttonClasses("secondary", "sm")}>
            {t("downloadCsv")}
          </a>
        </form>
      </search>

      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {[
          { label: t("enrolments"), value: format.number(report.totals.enrolments) },
          { label: t("completions"), value: format.number(report.totals.completions) },
          { label: t("rate"), value: pct(report.totals.completionRate) },
          { label: t("median"), value: days(report.totals.medianDays) },
          { label: t("certificates"), value: format.number(report.totals.certificates) },
        ].map((f) => (
          <Card key={f.label} className="p-4">
            <dt className="text-sm text-muted [overflow-wrap:anywhere] hyphens-auto">{f.label}</dt>
            <dd className="mt-1 text-2xl font-bold text-brand-800">{f.value}</dd>
          </Card>
        ))}
      </dl>

      <div className="mt-8 space-y-4">
        <h2 id="per-course" className="text-xl font-bold">
          {t("perCourse")}
        </h2>
        {report.courses.length > 0 && (
          <figure className="rounded-lg border border-line p-4">
            <figcaption className="mb-2 flex flex-wrap gap-4 text-sm">
              <span className="font-semibold">{t("chartTitle")}</span>
              <span className="flex items-center gap-1.5">
                <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-[#0b5564]" />
                {t("enrolments")}
              </span>
              <span className="flex items-center gap-1.5">
                <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-[#c2410c]" />
                {t("completions")}
              </span>
            </figcaption>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: SVG drawn on the server by lib/courses/chart.ts from numbers and escaped course titles */}
            <div dangerouslySetInnerHTML={{ __html: chart }} />
          </figure>
        )}
        {/* A wide table may scroll sideways: the region takes the keyboard focus so it can be scrolled. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
        <section className="scroll-cue rounded-lg border border-line" aria-label={t("perCourse")} tabIndex={0}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("perCourse")}</caption>
            <thead className="border-b border-line text-muted">
              <tr>
                <th scope="col" className="p-2">
                  {t("course")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("enrolments")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("completions")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("rate")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("median")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("attempts")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("passRate")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("averageScore")}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.courses.map((c) => (
                <tr key={c.courseId} className="border-b border-line">
                  <th scope="row" className="p-2 font-medium">
                    {c.title}
                  </th>
                  <td className="p-2 text-right">{format.number(c.enrolments)}</td>
                  <td className="p-2 text-right">{format.number(c.completions)}</td>
                  <td className="p-2 text-right">{pct(c.completionRate)}</td>
                  <td className="p-2 text-right">{days(c.medianDays)}</td>
                  <td className="p-2 text-right">{format.number(c.attempts)}</td>
                  <td className="p-2 text-right">{pct(c.attempts ? c.attemptsPassed / c.attempts : null)}</td>
                  <td className="p-2 text-right">{c.averageScore === null ? "—" : pct(c.averageScore / 100)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <div className="mt-8 grid grid-cols-1 gap-6 lg:grid-cols-2">
        {groupTable(t("byCountry"), report.countries, (r) => countryName(r.key, locale, tc("otherCountry")))}
        {groupTable(t("byOrganisation"), report.organisations, (r) => r.label ?? t("noOrganisation"))}
      </div>
      <p className="mt-6 text-sm text-muted">{t("explain")}</p>
    </>
  );
}
