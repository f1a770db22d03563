import { db } from "@/lib/db";
import { inEveryLanguage } from "@/lib/i18n/every-language";
import type { Prisma } from "@/lib/generated/prisma/client";
import { registerSearchSource } from "@/lib/search/registry";
import type { SearchDocument, SearchSource } from "@/lib/search/types";
import { PUBLIC_PLACE } from "./policy";
import { INITIATIVE_SEARCH_TYPE } from "./search-type";

// One public document per published initiative, in the language it is written in. Built from the
// public columns only (PUBLIC_PLACE): a sensitive venue's street address is never indexed, so the
// search API cannot return it to anyone. Facets: country, and the type and target groups as themes.

const select = {
  id: true,
  slug: true,
  name: true,
  type: true,
  city: true,
  country: true,
  lang: true,
  languages: true,
  targetGroups: true,
  schedule: true,
  description: true,
  hostName: true,
  updatedAt: true,
  organisation: { select: { name: true } },
  ...PUBLIC_PLACE,
} as const;

type Row = Prisma.InitiativeGetPayload<{ select: typeof select }>;

async function toDocument(row: Row): Promise<SearchDocument> {
  const host = row.organisation?.name ?? row.hostName;
  // What kind of activity it is, in every language: a person searches in theirs.
  const kind = (await inEveryLanguage(`initiatives.types.${row.type}`)).join(" · ");
  return {
    id: `${INITIATIVE_SEARCH_TYPE}-${row.id}`,
    entity: `${INITIATIVE_SEARCH_TYPE}:${row.id}`,
    group: `${INITIATIVE_SEARCH_TYPE}:${row.id}`,
    type: INITIATIVE_SEARCH_TYPE,
    locale: row.lang,
    title: row.name,
    summary: [host, row.city].filter(Boolean).join(" · "),
    text: [row.description, row.schedule, row.publicAddress, kind].filter(Boolean).join("\n"),
    url: `/map/i/${row.slug}`,
    country: row.country,
    themes: [row.type, ...row.targetGroups],
    visibility: "public",
    updatedAt: row.updatedAt.getTime(),
  };
}

const published = { status: "PUBLISHED" } satisfies Prisma.InitiativeWhereInput;

export const initiativeSearchSource: SearchSource = {
  type: INITIATIVE_SEARCH_TYPE,
  estimate: () => db.initiative.count({ where: published }),
  async documentsFor(entityIds) {
    const rows = await db.initiative.findMany({ where: { id: { in: entityIds }, ...published }, select });
    const out = new Map<string, SearchDocument[]>(entityIds.map((id) => [id, []]));
    for (const row of rows) out.set(row.id, [await toDocument(row)]);
    return out;
  },
  async *all() {
    let cursor: string | undefined;
    for (;;) {
      const rows = await db.initiative.findMany({
        where: published,
        select,
        orderBy: { id: "asc" },
        take: 500,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      });
      if (rows.length === 0) return;
      yield await Promise.all(rows.map(toDocument));
      cursor = rows[rows.length - 1]?.id;
    }
  },
};

registerSearchSource(initiativeSearchSource);
