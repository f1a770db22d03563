import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { countryName } from "@/lib/countries";
import { Link } from "@/lib/i18n/navigation";
import { practiceFigures } from "@/lib/practices/queries";

/** The dashboard's good-practice figures: published case studies and adoptions per country, submissions waiting. */
export async function PracticeFigures({ locale }: { locale: string }) {
  const [t, tc, format, figures] = await Promise.all([
    getTranslations("admin.practices"),
    getTranslations("common"),
    getFormatter(),
    practiceFigures(),
  ]);
  return (
    <section aria-labelledby="practice-figures" className="mt-8">
      <h2 id="practice-figures" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[
          { label: t("published"), value: figures.published, href: "/practices" },
          { label: t("inReview"), value: figures.inReview, href: "/admin/review" },
          { label: t("adoptions"), value: figures.adoptions.total },
          { label: t("adoptionsCompleted"), value: figures.adoptions.DONE + figures.adoptions.ADAPTED },
        ].map((f) => (
          <Card key={f.label} className="p-4">
            <dt className="text-sm text-muted">{f.label}</dt>
            <dd className="mt-1 text-3xl font-bold text-brand-800">
              {f.href ? <Link href={f.href}>{format.number(f.value)}</Link> : format.number(f.value)}
            </dd>
          </Card>
        ))}
      </dl>
      {figures.byCountry.length > 0 && (
        <Card className="mt-6">
          <table className="w-full text-sm">
            <caption className="text-left text-lg font-semibold">{t("byCountry")}</caption>
            <thead className="text-muted">
              <tr>
                <th scope="col" className="py-2 text-left font-medium">
                  {t("country")}
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  {t("published")}
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  {t("adoptions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.byCountry.map((row) => (
                <tr key={row.country} className="border-t border-line">
                  <th scope="row" className="py-2 text-left font-normal">
                    {countryName(row.country, locale, tc("otherCountry"))}
                  </th>
                  <td className="py-2 text-right font-semibold">{format.number(row.practices)}</td>
                  <td className="py-2 text-right font-semibold">{format.number(row.adoptions)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </section>
  );
}
