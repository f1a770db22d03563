import "server-only";
import { db } from "@/lib/db";
import { readChecklist } from "@/lib/practices/content";
import { pick } from "./shared";

// ─── adoptions ──────────────────────────────────────────────────────────────────────────────

/** One adoption, for the member who started it (anyone else: null → 404). */
export async function getAdoption(id: string, userId: string, locale: string) {
  const a = await db.adoption.findFirst({
    where: { id, adopterId: userId },
    select: {
      id: true,
      libraryName: true,
      country: true,
      city: true,
      checklist: true,
      notes: true,
      plannedFor: true,
      status: true,
      outcomeStory: true,
      whatChanged: true,
      completedAt: true,
      createdAt: true,
      practice: {
        select: {
          slug: true,
          sourceLocale: true,
          firstPublishedAt: true,
          status: true,
          translations: { select: { locale: true, publishedTitle: true, publishedSummary: true, publishedAt: true } },
        },
      },
    },
  });
  if (!a) return null;
  const t = pick(a.practice.translations, locale, a.practice.sourceLocale);
  return {
    id: a.id,
    libraryName: a.libraryName,
    country: a.country,
    city: a.city,
    checklist: readChecklist(a.checklist),
    notes: a.notes,
    plannedFor: a.plannedFor ? a.plannedFor.toISOString().slice(0, 10) : "",
    status: a.status,
    outcomeStory: a.outcomeStory,
    whatChanged: a.whatChanged,
    completedAt: a.completedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    practice: {
      slug: a.practice.slug,
      title: t?.publishedTitle ?? a.practice.slug,
      locale: t?.locale ?? a.practice.sourceLocale,
      live: a.practice.firstPublishedAt !== null && a.practice.status !== "ARCHIVED",
    },
  };
}

/** One of a member's adoptions on "My adoptions" (the page's own render and GET /api/practices/adoptions). */
export type MyAdoption = {
  id: string;
  status: string;
  done: number;
  total: number;
  /** The planned day (YYYY-MM-DD), or null. */
  plannedFor: string | null;
  practiceTitle: string;
  practiceLocale: string;
};

export async function listMyAdoptions(userId: string, locale: string): Promise<MyAdoption[]> {
  const rows = await db.adoption.findMany({
    where: { adopterId: userId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      status: true,
      checklist: true,
      plannedFor: true,
      createdAt: true,
      practice: {
        select: {
          slug: true,
          sourceLocale: true,
          translations: { select: { locale: true, publishedTitle: true, publishedSummary: true, publishedAt: true } },
        },
      },
    },
  });
  return rows.map((r) => {
    const items = readChecklist(r.checklist);
    const t = pick(r.practice.translations, locale, r.practice.sourceLocale);
    return {
      id: r.id,
      status: r.status,
      done: items.filter((i) => i.done).length,
      total: items.length,
      plannedFor: r.plannedFor ? r.plannedFor.toISOString().slice(0, 10) : null,
      practiceTitle: t?.publishedTitle ?? r.practice.slug,
      practiceLocale: t?.locale ?? r.practice.sourceLocale,
    };
  });
}
