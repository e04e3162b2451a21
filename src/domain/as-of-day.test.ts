import { describe, expect, it } from "vitest";
import { asOfInstant, EARLIEST_AS_OF_DAY, linkedAsOfDay, validateAsOfDay } from "@/domain/as-of-day";

const TODAY = "2026-12-02";

describe("validateAsOfDay", () => {
  it("accepts today and every real day back to 2000", () => {
    expect(validateAsOfDay(TODAY, TODAY)).toBeNull();
    expect(validateAsOfDay("2024-12-31", TODAY)).toBeNull();
    expect(validateAsOfDay("2024-02-29", TODAY)).toBeNull();
    expect(validateAsOfDay(EARLIEST_AS_OF_DAY, TODAY)).toBeNull();
  });
  it("asks for a day when the input holds none, or half of one", () => {
    expect(validateAsOfDay("", TODAY)).toBe("date_required");
  });
  it("refuses what is not a real day", () => {
    for (const value of ["2025-02-29", "2024-13-01", "31/12/2024", "cuối năm"]) expect(validateAsOfDay(value, TODAY), value).toBe("date_invalid");
  });
  it("refuses a day to come: there are no figures for it yet", () => {
    expect(validateAsOfDay("2026-12-03", TODAY)).toBe("date_future");
    expect(validateAsOfDay("2027-01-01", "2026-12-31")).toBe("date_future");
  });
  it("refuses a day before 2000, when no event can be dated", () => {
    expect(validateAsOfDay("1999-12-31", TODAY)).toBe("date_too_early");
  });
});

describe("linkedAsOfDay", () => {
  it("takes a past day from a link", () => {
    expect(linkedAsOfDay("2024-12-31", TODAY)).toBe("2024-12-31");
    expect(linkedAsOfDay("2026-12-01", TODAY)).toBe("2026-12-01");
  });
  it("reads today as the live figures, which need no day", () => {
    expect(linkedAsOfDay(TODAY, TODAY)).toBeNull();
  });
  it("ignores what it could not show", () => {
    for (const value of [null, "", "2026-12-03", "1999-12-31", "2025-02-29", " 2024-12-31", "2024-12-31 ", "20241231"]) {
      expect(linkedAsOfDay(value, TODAY), String(value)).toBeNull();
    }
  });
});

describe("asOfInstant", () => {
  it("is the last microsecond of the day in Hưng Yên (UTC+7), which progress_as_of includes", () => {
    expect(asOfInstant("2024-12-31")).toBe("2024-12-31T23:59:59.999999+07:00");
    // the same instant as 16:59:59.999999 UTC, one microsecond before the next day begins there
    expect(new Date(asOfInstant("2024-12-31")).toISOString()).toBe("2024-12-31T16:59:59.999Z");
    expect(Date.parse("2025-01-01T00:00:00+07:00") - Date.parse(asOfInstant("2024-12-31"))).toBe(1);
  });
  it("refuses what is not a day rather than ask the server about another instant", () => {
    expect(() => asOfInstant("2024-12-32")).toThrow(RangeError);
    expect(() => asOfInstant("")).toThrow(RangeError);
  });
});
