import { describe, expect, it } from "vitest";
import { isCalendarDay } from "./dates";

describe("calendar days from forms", () => {
  it("takes real days of this century and the next", () => {
    for (const day of ["2026-11-29", "2028-02-29", "2000-01-01", "2100-12-31"]) expect(isCalendarDay(day), day).toBe(true);
  });

  it("refuses days that do not exist, years PostgreSQL or a planner would not mean, and other shapes", () => {
    for (const day of ["2026-02-31", "2027-02-29", "2026-13-01", "2026-00-10", "2026-04-00", "0000-01-01", "9999-12-31", "1999-12-31"]) {
      expect(isCalendarDay(day), day).toBe(false);
    }
    for (const text of ["", "29/11/2026", "2026-1-5", "2026-11-29T10:00", " 2026-11-29"]) expect(isCalendarDay(text), text).toBe(false);
  });
});
