import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container, PageHeader } from "@/components/layout/page-header";
import { practiceLabels } from "@/components/practices/labels";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { requirePagePermission } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { getAdoption } from "@/lib/practices/queries";
import { AddChecklistItemForm, ChecklistItem, NotesForm, OutcomeForm } from "../_components/adoption-forms";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "practices.adoption" });
  return { title: t("title"), robots: { index: false } };
}

/** One adoption, for the member who started it: checklist, notes, planned date, outcome. */
export default async function AdoptionPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("practices.adopt");
  const adoption = await getAdoption(id, user.id, locale);
  if (!adoption) notFound();
  const [t, format, labels] = await Promise.all([getTranslations("practices"), getFormatter(), practiceLabels(locale)]);
  const done = adoption.checklist.filter((i) => i.done).length;
  const sections = [
    { kind: "resource", title: t("adoption.getReady") },
    { kind: "step", title: t("adoption.runIt") },
    { kind: "own", title: t("adoption.ownItems") },
  ] as const;
  return (
    <Container>
      <p className="mb-2 text-sm">
        <Link href="/practices/adoptions">← {t("myAdoptions.title")}</Link>
      </p>
      <PageHeader
        title={t("adoption.title")}
        lead={
          <>
            {adoption.practice.live ? (
              <Link href={`/practices/${adoption.practice.slug}`} lang={adoption.practice.locale}>
                {adoption.practice.title}
              </Link>
            ) : (
              <span lang={adoption.practice.locale}>{adoption.practice.title}</span>
            )}
            {" · "}
            {labels.place([adoption.libraryName, adoption.city, labels.country(adoption.country)])}
          </>
        }
      >
        <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          <Badge tone={adoption.status === "PLANNED" ? "neutral" : "success"}>{t(`adoption.status.${adoption.status}`)}</Badge>
          {adoption.plannedFor && (
            <span>
              {t("adoption.plannedForDate", {
                date: format.dateTime(new Date(`${adoption.plannedFor}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
              })}
            </span>
          )}
          <span>{t("adoption.startedOn", { date: format.dateTime(new Date(adoption.createdAt), { dateStyle: "long" }) })}</span>
        </div>
      </PageHeader>
      {!adoption.practice.live && (
        <Alert tone="info" className="mb-6">
          {t("adoption.practiceWithdrawn")}
        </Alert>
      )}
      <ClientMessages namespaces={["practices"]}>
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_360px]">
          <section aria-labelledby="checklist">
            <h2 id="checklist" className="text-xl font-semibold">
              {t("adoption.checklist")}
            </h2>
            <p className="mt-1 text-sm text-muted" role="status">
              {t("adoption.progress", { done, total: adoption.checklist.length })}
            </p>
            <progress
              className="mt-2 h-2 w-full accent-brand-700"
              max={Math.max(1, adoption.checklist.length)}
              value={done}
              aria-label={t("adoption.progress", { done, total: adoption.checklist.length })}
            />
            {sections.map((section) => {
              const items = adoption.checklist.filter((i) => i.kind === section.kind);
              if (items.length === 0) return null;
              return (
                <div key={section.kind} className="mt-5">
                  <h3 className="font-medium">{section.title}</h3>
                  <ul className="mt-2 space-y-2">
                    {items.map((item) => (
                      <li key={item.id}>
                        <ChecklistItem
                          adoptionId={adoption.id}
                          item={item}
                          lang={section.kind === "own" ? undefined : adoption.practice.locale}
                        />
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
            <AddChecklistItemForm adoptionId={adoption.id} />
          </section>
          <div className="space-y-6">
            <section aria-labelledby="notes-heading" className="rounded-lg border border-line p-4">
              <h2 id="notes-heading" className="font-semibold">
                {t("adoption.notesTitle")}
              </h2>
              <p className="mb-3 mt-1 text-sm text-muted">{t("adoption.notesPrivate")}</p>
              <NotesForm adoptionId={adoption.id} notes={adoption.notes} plannedFor={adoption.plannedFor} />
            </section>
            <section aria-labelledby="outcome-heading" className="rounded-lg border border-line p-4">
              <h2 id="outcome-heading" className="font-semibold">
                {t("adoption.outcomeTitle")}
              </h2>
              <p className="mb-3 mt-1 text-sm text-muted">{t("adoption.outcomePublic")}</p>
              <OutcomeForm
                adoptionId={adoption.id}
                current={{ status: adoption.status, whatChanged: adoption.whatChanged, outcomeStory: adoption.outcomeStory }}
              />
            </section>
          </div>
        </div>
      </ClientMessages>
    </Container>
  );
}
