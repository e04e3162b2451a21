import { describe, expect, it } from "vitest";
import { dayInVietnam, formatClockTime } from "@/domain/clock";

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

describe("dayInVietnam", () => {
  it("gives the day in Hưng Yên (UTC+7), whatever the device's zone", () => {
    expect(dayInVietnam(new Date("2026-11-28T16:59:59Z"))).toBe("2026-11-28");
    expect(dayInVietnam(new Date("2026-11-28T17:00:00Z"))).toBe("2026-11-29");
    expect(dayInVietnam(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01");
    expect(dayInVietnam(new Date("2026-03-05T00:00:00+07:00"))).toBe("2026-03-05");
  });
});
