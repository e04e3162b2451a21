import { describe, expect, it } from "vitest";
import { dateTickLabel, dateTicks } from "@/features/meeting/burnup-axis";
import { dayNumber, dayOfNumber } from "@/features/meeting/burnup-series";

const days = (ticks: number[]) => ticks.map(dayOfNumber);

describe("dateTicks", () => {
  it("a half year: the first of each month", () => {
    expect(days(dateTicks(dayNumber("2024-07-01"), dayNumber("2024-12-31"), 7))).toEqual([
      "2024-07-01", "2024-08-01", "2024-09-01", "2024-10-01", "2024-11-01", "2024-12-01",
    ]);
  });

  it("a long span: quarters or halves on January-aligned months", () => {
    const ticks = days(dateTicks(dayNumber("2023-02-15"), dayNumber("2025-12-31"), 6));
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[0]).toBe("2023-07-01");
    expect(ticks.every((d) => d.endsWith("-01"))).toBe(true);
  });

  it("a short span: days", () => {
    const ticks = dateTicks(dayNumber("2024-07-01"), dayNumber("2024-07-21"), 5);
    expect(days(ticks)[0]).toBe("2024-07-01");
    expect(ticks.length).toBeLessThanOrEqual(5);
  });
});

describe("dateTickLabel", () => {
  it("writes months and days as vi-VN and en-GB do", () => {
    expect(dateTickLabel(dayNumber("2024-07-01"), "vi", true)).toBe("7/2024");
    expect(dateTickLabel(dayNumber("2024-07-15"), "vi", false)).toBe("15/7");
    expect(dateTickLabel(dayNumber("2024-07-01"), "en", true)).toBe("Jul 2024");
  });
});
