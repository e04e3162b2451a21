import { describe, expect, it } from "vitest";
import type { BurnupTarget } from "@/domain/burnup";
import { burnupPace, computeBurnup, valueOn } from "@/domain/burnup";
import { addDays } from "@/domain/act-date";
import type { BurnupPoint } from "@/domain/meeting-types";

// "300–500 ha in the second half of 2024", due at the period's end.
const HALF_YEAR: BurnupTarget = {
  measure: "cleared_area_ha",
  periodStart: "2024-07-01",
  periodEnd: "2024-12-31",
  minValue: 300,
  minExclusive: false,
  dueDate: "2024-12-31",
};

/** One point a day from `start` for `days` days, rising by `perDay` from `from`. */
function daily(start: string, days: number, perDay: number, from = 0): BurnupPoint[] {
  return Array.from({ length: days }, (_, i) => ({ day: addDays(start, i), value: from + perDay * (i + 1) }));
}

describe("valueOn", () => {
  it("is 0 before the first point and the last value on or before the day", () => {
    const points = [{ day: "2024-07-03", value: 2 }, { day: "2024-07-05", value: 5 }];
    expect(valueOn(points, "2024-07-01")).toBe(0);
    expect(valueOn(points, "2024-07-04")).toBe(2);
    expect(valueOn(points, "2024-08-01")).toBe(5);
  });
});

describe("computeBurnup", () => {
  it("no events: no pace to forecast by, the whole bound still needed", () => {
    const points = daily("2024-07-01", 92, 0); // every day of July–September at 0
    const b = computeBurnup(HALF_YEAR, points, "2024-09-30");
    expect(b.current).toBe(0);
    expect(b.pacePerWeek).toBe(0);
    expect(b.forecastDate).toBeNull();
    expect(b.remaining).toBe(300);
    // 92 days are left from 30/09 to 31/12
    expect(b.neededPerWeek).toBeCloseTo(300 / (92 / 7), 9);
    // a flat projection: nothing moves at this pace
    expect(b.projection).toEqual([{ day: "2024-09-30", value: 0 }, { day: "2024-12-31", value: 0 }]);
  });

  it("no rows at all (a cumulative target before its first event)", () => {
    const target: BurnupTarget = { ...HALF_YEAR, periodStart: null, periodEnd: null, dueDate: "2025-12-31" };
    const b = computeBurnup(target, [], "2025-01-01");
    expect(b.current).toBe(0);
    expect(b.pacePerWeek).toBe(0);
    expect(b.forecastDate).toBeNull();
    expect(b.span).toEqual({ start: "2025-01-01", end: "2025-12-31" });
  });

  it("a flat pace: 1 ha a day gives 7 ha a week and a forecast at that pace", () => {
    const points = daily("2024-07-01", 61, 1); // 61 ha by 30/08
    const b = computeBurnup(HALF_YEAR, points, "2024-08-30");
    expect(b.current).toBe(61);
    expect(b.pacePerWeek).toBeCloseTo(7, 9);
    // 239 ha to go at 1 ha a day falls after the period: handovers then no longer count
    expect(b.forecastDate).toBeNull();
    expect(b.neededPerWeek).toBeCloseTo(239 / (123 / 7), 9);
    expect(b.projection[1]?.day).toBe("2024-12-31");
    expect(b.projection[1]?.value).toBeCloseTo(61 + 123, 9);
  });

  it("a flat pace fast enough forecasts the day the bound is reached", () => {
    const points = daily("2024-07-01", 31, 5); // 155 ha by 31/07
    const b = computeBurnup(HALF_YEAR, points, "2024-07-31");
    expect(b.pacePerWeek).toBeCloseTo(35, 9);
    // 145 ha at 5 ha a day: 29 days after 31/07
    expect(b.forecastDate).toBe("2024-08-29");
  });

  it("the window is shorter when the period began less than 30 days ago", () => {
    const points = daily("2024-07-01", 10, 2);
    // 20 ha over the 10 days since 30/06 (the day before the period)
    expect(burnupPace(HALF_YEAR, points, "2024-07-10")).toBeCloseTo(14, 9);
  });

  it("a target already met: nothing needed, no forecast, no projection", () => {
    const points = daily("2024-07-01", 100, 4); // 400 ha
    const b = computeBurnup(HALF_YEAR, points, "2024-10-08");
    expect(b.current).toBe(400);
    expect(b.remaining).toBe(0);
    expect(b.neededPerWeek).toBeNull();
    expect(b.forecastDate).toBeNull();
    expect(b.projection).toEqual([]);
  });

  it("'trên 20' counts: the bound itself is not enough, 21 is", () => {
    const target: BurnupTarget = { ...HALF_YEAR, measure: "projects_started", minValue: 20, minExclusive: true };
    const at20 = computeBurnup(target, [{ day: "2024-09-01", value: 20 }], "2024-09-30");
    expect(at20.remaining).toBe(1);
    const at21 = computeBurnup(target, [{ day: "2024-09-01", value: 21 }], "2024-09-30");
    expect(at21.remaining).toBe(0);
  });

  it("a period not yet begun: no pace, no forecast, the whole bound spread over the period", () => {
    const b = computeBurnup(HALF_YEAR, [], "2024-05-15");
    expect(b.notBegun).toBe(true);
    expect(b.pacePerWeek).toBeNull();
    expect(b.forecastDate).toBeNull();
    expect(b.projection).toEqual([]);
    expect(b.neededPerWeek).toBeCloseTo(300 / (184 / 7), 9);
    expect(b.span).toEqual({ start: "2024-07-01", end: "2024-12-31" });
  });

  it("after the period: the pace of its last 30 days, no forecast, nothing more can count", () => {
    const points = daily("2024-07-01", 184, 1);
    const b = computeBurnup(HALF_YEAR, points, "2025-02-01");
    expect(b.current).toBe(184);
    expect(b.ended).toBe(true);
    expect(b.pacePerWeek).toBeCloseTo(7, 9);
    expect(b.forecastDate).toBeNull();
    expect(b.neededPerWeek).toBeNull();
    expect(b.projection).toEqual([]);
  });
});
