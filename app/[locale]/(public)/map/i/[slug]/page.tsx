import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { InitiativeManage } from "@/components/initiatives/initiative-manage";
import { OwnRender } from "@/components/layout/member";
import { Container } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { getCurrentUser } from "@/lib/auth/guard";
import { isMembersCopy, pageReader } from "@/lib/cache/audience";
import { countryName } from "@/lib/countries";
import { Link } from "@/lib/i18n/navigation";
import { getInitiative } from "@/lib/initiatives/queries";
import { languageName } from "@/lib/countries";
import { cityName } from "@/lib/gazetteer/names";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const item = await getInitiative(slug, await pageReader());
  return item ? { title: item.name, robots: item.status === "PUBLISHED" ? undefined : { index: false } } : {};
}

// From the cache (decisions 011 and 013): the visitors' copy (a sensitive venue's area) and the one
// every member shares (its exact place), published initiatives only. What the member may do with it
// comes from GET /api/map/initiatives/:slug/viewer. An initiative only some members may read (a
// suggestion, a rejected or archived one) is read in the member's own render (`OwnRender`).
export default async function InitiativePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const reader = await pageReader();
  const item = await getInitiative(slug, reader);
  if (!item && isMembersCopy()) {
    const t = await getTranslations("initiatives");
    return (
      <Container>
        <OwnRender loading={t("lookingUp")} fallback={t("openAsYourself")} />
      </Container>
    );
  }
  if (!item) notFound();
  const user = isMembersCopy() ? null : await getCurrentUser();
  const [t, format] = await Promise.all([getTranslations("initiatives"), getFormatter()]);
  const foreign = item.lang !== locale;
  const place = [item.place.address, cityName(item.country, item.city, locale), countryName(item.country, locale)]
    .filter(Boolean)
    .join(", ");
  const paragraphs = item.description.split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <Container>
      <nav aria-label={t("breadcrumb")} className="mb-4 text-sm">
        <Link href="/map">{t("title")}</Link> › <Link href="/map/list">{t("nav.list")}</Link>
      </nav>
      <article>
        <header className="mb-6 border-b border-line pb-6">
          <h1 className="text-3xl font-bold tracking-tight" lang={foreign ? item.lang : undefined}>
            {item.name}
          </h1>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <Badge tone="brand">{t(`types.${item.type}`)}</Badge>
            {item.isExample && <Badge tone="warning">{t("example")}</Badge>}
            {item.status !== "PUBLISHED" && <Badge tone="warning">{t(`status.${item.status}`)}</Badge>}
          </div>
          {/* A suggestion (waiting or turned down) has been checked by no one yet. */}
          {item.status !== "SUGGESTED" && item.status !== "REJECTED" && (
            <p className="mt-3 text-sm text-muted">
              {t("lastVerifiedOn", { date: format.dateTime(new Date(item.lastVerifiedAt), { dateStyle: "long" }) })}
            </p>
          )}
        </header>

        {item.isExample && (
          <Alert tone="info" className="mb-4">
            {t("exampleNote")}
          </Alert>
        )}
        {item.overdue && item.status === "PUBLISHED" && (
          <Alert tone="warning" className="mb-4">
            {t("overdueNote")}
          </Alert>
        )}
        {item.status === "SUGGESTED" && (
          <Alert tone="info" className="mb-4">
            {t("suggestedNote")}
          </Alert>
        )}
        {item.status === "REJECTED" && (
          <Alert tone="error" className="mb-4">
            <p>{t("rejectedNote")}</p>
            {item.rejectionReason && <p className="mt-1">{t("rejectionReason", { reason: item.rejectionReason })}</p>}
          </Alert>
        )}
        {item.status === "ARCHIVED" && (
          <Alert tone="warning" className="mb-4">
            {t("archivedNote")}
          </Alert>
        )}

        <div className="grid gap-8 md:grid-cols-[minmax(0,1fr)_18rem]">
          <div>
            {paragraphs.length > 0 && (
              <section aria-labelledby="about" className="mb-6">
                <h2 id="about" className="text-xl font-semibold">
                  {t("about")}
                </h2>
                <div className="mt-2 space-y-3" lang={foreign ? item.lang : undefined}>
                  {paragraphs.map((p) => (
                    <p key={p} className="whitespace-pre-line">
                      {p}
                    </p>
                  ))}
                </div>
              </section>
            )}
            <dl className="grid gap-4 sm:grid-cols-2">
              <div>
                <dt className="font-semibold">{t("fields.place")}</dt>
                <dd>{place}</dd>
                <dd className="text-sm text-muted">
                  {t("coordinates", { lat: item.place.lat.toFixed(5), lng: item.place.lng.toFixed(5) })}
                </dd>
                {item.place.approximate && <dd className="mt-1 text-sm">{t("approximateNote")}</dd>}
                {item.place.sensitive && !item.place.approximate && (
                  <dd className="mt-1 text-sm text-accent-700">{t("sensitiveMemberNote")}</dd>
                )}
              </div>
              {item.host && (
                <div>
                  <dt className="font-semibold">{t("fields.host")}</dt>
                  <dd>{item.host}</dd>
                </div>
              )}
              {item.schedule && (
                <div>
                  <dt className="font-semibold">{t("fields.schedule")}</dt>
                  <dd lang={foreign ? item.lang : undefined}>{item.schedule}</dd>
                </div>
              )}
              {item.languages.length > 0 && (
                <div>
                  <dt className="font-semibold">{t("fields.languages")}</dt>
                  <dd>{item.languages.map((l) => languageName(l, locale)).join(", ")}</dd>
                </div>
              )}
              {item.targetGroups.length > 0 && (
                <div>
                  <dt className="font-semibold">{t("fields.targetGroups")}</dt>
                  <dd>{item.targetGroups.map((g) => t(`groups.${g}`)).join(", ")}</dd>
                </div>
              )}
              {item.contact && (
                <div>
                  <dt className="font-semibold">{t("fields.contact")}</dt>
                  <dd lang={foreign ? item.lang : undefined}>{item.contact}</dd>
                </div>
              )}
              {item.website && (
                <div>
                  <dt className="font-semibold">{t("fields.website")}</dt>
                  <dd>
                    <a href={item.website} rel="nofollow noopener noreferrer" className="break-all">
                      {item.website}
                    </a>
                  </dd>
                </div>
              )}
            </dl>
          </div>
          <InitiativeManage
            initial={user ? { canEdit: item.canEdit, canReview: item.canReview } : null}
            item={{ id: item.id, slug: item.slug, name: item.name, status: item.status }}
          />
        </div>
      </article>
    </Container>
  );
}
