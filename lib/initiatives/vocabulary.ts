// The initiatives map's fixed vocabularies, shared by server and client code. Labels live in the
// catalogues (initiatives.types.*, initiatives.groups.*). The languages an initiative offers are
// lib/spoken-languages.ts, shared with case studies.

export const INITIATIVE_TYPES = [
  "LANGUAGE_CAFE",
  "HOMEWORK_CLUB",
  "LEGAL_HELP",
  "DIGITAL_SKILLS",
  "JOB_CLUB",
  "WELCOME_TOUR",
  "LIBRARY_CARD_DRIVE",
  "LANGUAGE_COURSE",
  "READING_GROUP",
  "HEALTH_INFORMATION",
  "OTHER",
] as const;
export type InitiativeTypeValue = (typeof INITIATIVE_TYPES)[number];

export const TARGET_GROUPS = [
  "EVERYONE",
  "ADULTS",
  "CHILDREN",
  "YOUTH",
  "FAMILIES",
  "WOMEN",
  "SENIORS",
  "ASYLUM_SEEKERS",
  "JOB_SEEKERS",
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Initiatives not verified for this long are "overdue" (flagged to their organisation and coordinators). */
export const VERIFY_EVERY_MONTHS = 12;

export function overdueBefore(now = new Date()): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - VERIFY_EVERY_MONTHS);
  return d;
}

export function isOverdue(lastVerifiedAt: Date | string, now = new Date()): boolean {
  return new Date(lastVerifiedAt) < overdueBefore(now);
}
