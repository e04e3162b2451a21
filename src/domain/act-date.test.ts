import { describe, expect, it } from "vitest";
import { actOccurredAt, daysBefore, EARLIEST_ACT_DAY, isCalendarDay, validateActDate } from "@/domain/act-date";

const TODAY = "2026-12-01";

describe("isCalendarDay", () => {
  it("accepts days that exist", () => {
    expect(isCalendarDay("2026-12-01")).toBe(true);
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("0050-01-01")).toBe(true); // a real day, refused later for being before 2000
  });
  it("refuses days that do not exist and other forms", () => {
    for (const value of ["2025-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-5", "01/12/2026", "2026-12-01T00:00", ""]) {
      expect(isCalendarDay(value), value).toBe(false);
    }
  });
});

describe("validateActDate", () => {
  it("accepts today and any real day since 2000", () => {
    expect(validateActDate(TODAY, TODAY)).toBeNull();
    expect(validateActDate("2026-11-28", TODAY)).toBeNull();
    expect(validateActDate(EARLIEST_ACT_DAY, TODAY)).toBeNull();
    expect(validateActDate(" 2026-11-28 ", TODAY)).toBeNull();
  });
  it("asks for a day when there is none (an empty or half-typed date input)", () => {
    expect(validateActDate("", TODAY)).toBe("date_required");
    expect(validateActDate("  ", TODAY)).toBe("date_required");
  });
  it("refuses what is not a real day", () => {
    expect(validateActDate("2026-02-30", TODAY)).toBe("date_invalid");
    expect(validateActDate("hôm qua", TODAY)).toBe("date_invalid");
  });
  it("refuses tomorrow and later: an act not yet done cannot be recorded", () => {
    expect(validateActDate("2026-12-02", TODAY)).toBe("date_future");
    expect(validateActDate("2027-01-01", TODAY)).toBe("date_future");
    // across a year's end
    expect(validateActDate("2027-01-01", "2026-12-31")).toBe("date_future");
    expect(validateActDate("2026-12-31", "2027-01-01")).toBeNull();
  });
  it("refuses days before 2000", () => {
    expect(validateActDate("1999-12-31", TODAY)).toBe("date_too_early");
    expect(validateActDate("0050-01-01", TODAY)).toBe("date_too_early");
  });
});

describe("actOccurredAt", () => {
  it("sends nothing for today (the server stamps now()) or when no day was chosen", () => {
    expect(actOccurredAt(TODAY, TODAY)).toBeUndefined();
    expect(actOccurredAt(undefined, TODAY)).toBeUndefined();
  });
  it("sends the last second of a past day in Hưng Yên", () => {
    expect(actOccurredAt("2026-11-28", TODAY)).toBe("2026-11-28T23:59:59+07:00");
    expect(new Date(actOccurredAt("2026-11-28", TODAY)!).toISOString()).toBe("2026-11-28T16:59:59.000Z");
  });
  it("throws on a day the rules refuse, rather than send it", () => {
    expect(() => actOccurredAt("2026-12-02", TODAY)).toThrow(RangeError);
    expect(() => actOccurredAt("", TODAY)).toThrow(/date_required/);
    expect(() => actOccurredAt("1999-01-01", TODAY)).toThrow(/date_too_early/);
  });
});

describe("daysBefore", () => {
  it("counts whole days back from today, across months and years", () => {
    expect(daysBefore(TODAY, TODAY)).toBe(0);
    expect(daysBefore("2026-11-30", TODAY)).toBe(1);
    expect(daysBefore("2026-11-28", TODAY)).toBe(3);
    expect(daysBefore("2025-12-01", TODAY)).toBe(365);
    expect(daysBefore("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBefore("2026-12-03", TODAY)).toBe(-2);
  });
  it("is null unless both are real days", () => {
    expect(daysBefore("", TODAY)).toBeNull();
    expect(daysBefore("2026-02-30", TODAY)).toBeNull();
    expect(daysBefore(TODAY, "x")).toBeNull();
  });
});
