import { describe, expect, it } from "vitest";
import { calendarDateInProvince, formatClockTime } from "@/domain/clock";

describe("formatClockTime", () => {
  it("prints HH:mm:ss in Hưng Yên time", () => {
    expect(formatClockTime(new Date("2026-11-28T02:05:09Z"))).toBe("09:05:09");
    expect(formatClockTime(Date.UTC(2026, 10, 28, 17, 0, 0))).toBe("00:00:00");
  });
  it("prints a dash for nothing or an invalid date", () => {
    expect(formatClockTime(null)).toBe("–");
    expect(formatClockTime(new Date(Number.NaN))).toBe("–");
  });
});

describe("calendarDateInProvince", () => {
  it("is the date in Hưng Yên, which starts 7 hours before UTC's", () => {
    expect(calendarDateInProvince(new Date("2024-12-31T16:59:59Z"))).toBe("2024-12-31");
    expect(calendarDateInProvince(new Date("2024-12-31T17:00:00Z"))).toBe("2025-01-01");
  });
});
