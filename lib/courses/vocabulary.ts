// The training area's fixed vocabularies (stored as enums in prisma/schema.prisma, translated
// under courses.topics.* and courses.levels.*). No imports: the search facets use them too.
export const TOPICS = [
  "INTERCULTURAL_COMMUNICATION",
  "DIGITAL_INCLUSION",
  "LANGUAGE_SUPPORT",
  "LEGAL_AND_ADMINISTRATIVE",
  "COMMUNITY_PARTNERSHIPS",
  "WELLBEING",
] as const;
export type Topic = (typeof TOPICS)[number];

export const LEVELS = ["INTRODUCTORY", "INTERMEDIATE", "ADVANCED"] as const;
export type Level = (typeof LEVELS)[number];
