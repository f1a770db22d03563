// The fixed, translated vocabularies of case studies: themes and target groups. The values are
// stable identifiers (URLs, the open data, the search index); their labels live in the message
// catalogues under practices.themes / practices.targetGroups. The languages an activity uses are
// lib/spoken-languages.ts, shared with the map.

export const THEMES = [
  "language-learning",
  "digital-inclusion",
  "employment",
  "culture-leisure",
  "children-families",
  "health-information",
  "legal-administrative-help",
  "welcome-orientation",
] as const;
export type Theme = (typeof THEMES)[number];

export const TARGET_GROUPS = [
  "refugees",
  "asylum-seekers",
  "migrant-workers",
  "children",
  "young-people",
  "women",
  "families",
  "older-people",
  "host-community",
  "library-staff",
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export function isTheme(value: string): value is Theme {
  return (THEMES as readonly string[]).includes(value);
}
export function isTargetGroup(value: string): value is TargetGroup {
  return (TARGET_GROUPS as readonly string[]).includes(value);
}
