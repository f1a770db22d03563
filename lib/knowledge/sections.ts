// The knowledge hub's sections (no validation library: the index's browser code reads these).

export const SECTIONS = ["METHODOLOGY", "STRATEGY", "GUIDES", "TOOLS"] as const;
export type Section = (typeof SECTIONS)[number];

/** Section ↔ URL segment used on the overview page's anchors. */
export const sectionSlug = (s: Section) => s.toLowerCase();
