import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/** For the registration form and the admin list. */
export const listOrganisations = cache(() =>
  db.organisation.findMany({
    orderBy: [{ isPartner: "desc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      type: true,
      country: true,
      city: true,
      website: true,
      isPartner: true,
      _count: { select: { members: true } },
    },
  }),
);
