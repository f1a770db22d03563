import "server-only";
import { db } from "@/lib/db";
import { livePracticeWhere } from "@/lib/practices/policy";

// ─── figures for coordinators ──────────────────────────────────────────────────────────────

/** Published case studies and adoptions per country, submissions waiting: the dashboard's good-practice figures. */
export async function practiceFigures() {
  const [published, inReview, byCountry, adoptionsByStatus, adoptionsByCountry] = await Promise.all([
    db.practice.count({ where: livePracticeWhere }),
    db.practice.count({ where: { status: "IN_REVIEW" } }),
    db.practice.groupBy({
      by: ["publishedCountry"],
      where: livePracticeWhere,
      _count: { _all: true },
      orderBy: { publishedCountry: "asc" },
    }),
    db.adoption.groupBy({ by: ["status"], _count: { _all: true } }),
    db.adoption.groupBy({ by: ["country"], _count: { _all: true }, orderBy: { country: "asc" } }),
  ]);
  const status = { PLANNED: 0, DONE: 0, ADAPTED: 0, DROPPED: 0 };
  for (const row of adoptionsByStatus) status[row.status] = row._count._all;
  const countries = new Map<string, { practices: number; adoptions: number }>();
  for (const row of byCountry) if (row.publishedCountry) countries.set(row.publishedCountry, { practices: row._count._all, adoptions: 0 });
  for (const row of adoptionsByCountry) {
    const c = countries.get(row.country) ?? { practices: 0, adoptions: 0 };
    c.adoptions = row._count._all;
    countries.set(row.country, c);
  }
  return {
    published,
    inReview,
    adoptions: { total: status.PLANNED + status.DONE + status.ADAPTED + status.DROPPED, ...status },
    byCountry: [...countries]
      .map(([country, c]) => ({ country, ...c }))
      .sort((a, b) => b.practices - a.practices || a.country.localeCompare(b.country)),
  };
}
