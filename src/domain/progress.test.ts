import { describe, expect, it } from "vitest";
import { clearedShare, clearedShareOf, partialEntry, sumFigures } from "@/domain/progress";

describe("clearedShareOf", () => {
  it("measures against the legal area to clear when the row has one", () => {
    // 80 ha entered, 40 ha cleared, 100 ha to clear: 40 %, not the 50 % of the parcels entered
    const result = clearedShareOf({ totalAreaM2: 800_000, clearedAreaM2: 400_000, areaToClearM2: 1_000_000 });
    expect(result.share).toBeCloseTo(0.4);
    expect(result.basis).toBe("area_to_clear");
    expect(result.baseM2).toBe(1_000_000);
    expect(result.partialEntry).toBeCloseTo(0.8);
  });
  it("has no partial entry once the parcels cover 99.5 % of the legal area", () => {
    expect(clearedShareOf({ totalAreaM2: 995_000, clearedAreaM2: 0, areaToClearM2: 1_000_000 }).partialEntry).toBeNull();
    expect(clearedShareOf({ totalAreaM2: 994_999, clearedAreaM2: 0, areaToClearM2: 1_000_000 }).partialEntry).toBeCloseTo(0.995);
    // more entered than the legal area (drawn parcels overlap a road's edge): complete, share clamped
    expect(clearedShareOf({ totalAreaM2: 1_200_000, clearedAreaM2: 1_100_000, areaToClearM2: 1_000_000 })).toMatchObject({
      share: 1, partialEntry: null,
    });
  });
  it("is 0 with a legal area but no parcels entered yet, and says nothing is entered", () => {
    expect(clearedShareOf({ totalAreaM2: 0, clearedAreaM2: 0, areaToClearM2: 500_000 })).toMatchObject({ share: 0, partialEntry: 0 });
  });
  it("measures an admin unit (no legal area) against the parcels entered", () => {
    const result = clearedShareOf({ totalAreaM2: 2_000_000, clearedAreaM2: 1_706_000, areaToClearM2: null });
    expect(result.share).toBeCloseTo(0.853);
    expect(result).toMatchObject({ basis: "entered", baseM2: 2_000_000, partialEntry: null });
  });
  it("falls back to the parcels entered when the legal area is zero", () => {
    expect(clearedShareOf({ totalAreaM2: 100, clearedAreaM2: 50, areaToClearM2: 0 })).toMatchObject({ share: 0.5, basis: "entered" });
  });
  it("is null with nothing to measure against", () => {
    expect(clearedShare({ totalAreaM2: 0, clearedAreaM2: 0, areaToClearM2: null })).toBeNull();
    expect(clearedShare({ totalAreaM2: 0, clearedAreaM2: 0, areaToClearM2: 0 })).toBeNull();
  });
  it("stays within 0..1 even with inconsistent inputs", () => {
    expect(clearedShare({ totalAreaM2: 100, clearedAreaM2: 120, areaToClearM2: null })).toBe(1);
    expect(clearedShare({ totalAreaM2: 100, clearedAreaM2: -5, areaToClearM2: 100 })).toBe(0);
  });
});

describe("partialEntry", () => {
  it("is the entered share of the legal area below 99.5 %", () => {
    expect(partialEntry(800, 1000)).toBeCloseTo(0.8);
    expect(partialEntry(null, 1000)).toBe(0);
    expect(partialEntry(996, 1000)).toBeNull();
  });
  it("is null without a legal area", () => {
    expect(partialEntry(800, null)).toBeNull();
    expect(partialEntry(800, 0)).toBeNull();
  });
});

describe("sumFigures", () => {
  const row = { totalAreaM2: 10, clearedAreaM2: 4, parcels: 3, clearedParcels: 1, blockedParcels: 1, areaToClearM2: 12 };
  it("adds rows up, the legal area too", () => {
    expect(sumFigures([row, row])).toEqual({
      totalAreaM2: 20, clearedAreaM2: 8, parcels: 6, clearedParcels: 2, blockedParcels: 2, areaToClearM2: 24,
    });
  });
  it("has no legal area when a row has none (admin units)", () => {
    expect(sumFigures([row, { ...row, areaToClearM2: null }]).areaToClearM2).toBeNull();
  });
  it("is all zeros for no rows", () => {
    expect(sumFigures([])).toMatchObject({ parcels: 0, areaToClearM2: 0 });
  });
});
