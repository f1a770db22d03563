// Calendar days typed into forms and queries ("2026-03-14"), shared by every feature's schemas.

/**
 * Whether `value` is a real day (yyyy-mm-dd) from 2000 to 2100: a planned date, a report's range,
 * the end of a suspension. JavaScript's own parsing would take "2026-02-31" (as 3 March), or
 * year 0, which PostgreSQL refuses: the write would fail as an internal error instead of a message
 * by the field.
 */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 2000 || year > 2100) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
