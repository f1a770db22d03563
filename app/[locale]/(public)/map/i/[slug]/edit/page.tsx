import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InitiativeForm } from "@/components/initiatives/initiative-form";
import { Container, PageHeader } from "@/components/layout/page-header";
import { can, requirePagePermission } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { canReview } from "@/lib/initiatives/policy";
import { getInitiativeForEdit, organisationOptions } from "@/lib/initiatives/queries";
import { mapTileSource } from "@/lib/initiatives/tiles";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "initiatives.form" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditInitiativePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("initiatives.suggest");
  // Only the host organisation's partners and coordinators find it (ownership in the where).
  const form = await getInitiativeForEdit(slug, user);
  if (!form) notFound();
  const [t, organisations] = await Promise.all([getTranslations("initiatives.form"), organisationOptions()]);
  const reviewer = canReview(user);
  return (
    <Container>
      <nav className="mb-4 text-sm" aria-label={t("back")}>
        <Link href={`/map/i/${form.slug}`}>← {form.values.name}</Link>
      </nav>
      <PageHeader title={t("editTitle")} lead={t("editLead")} />
      <InitiativeForm
        mode="edit"
        id={form.id}
        initial={form.values}
        // Partners keep their organisation: the list offers only it.
        organisations={reviewer ? organisations : organisations.filter((o) => o.id === form.values.organisationId)}
        ownOrganisationId={can(user, "initiatives.edit:own") ? user.organisationId : null}
        reviewer={reviewer}
        tiles={mapTileSource()}
      />
    </Container>
  );
}
