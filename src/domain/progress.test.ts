import { describe, expect, it } from "vitest";
import { clearedShare, compareToRange, sumFigures } from "@/domain/progress";

describe("clearedShare", () => {
  it("is the cleared area over the total area", () => {
    expect(clearedShare({ totalAreaM2: 2_000_000, clearedAreaM2: 1_706_000 })).toBeCloseTo(0.853);
  });
  it("is null when there is nothing to clear", () => {
    expect(clearedShare({ totalAreaM2: 0, clearedAreaM2: 0 })).toBeNull();
  });
  it("stays within 0..1 even with inconsistent inputs", () => {
    expect(clearedShare({ totalAreaM2: 100, clearedAreaM2: 120 })).toBe(1);
    expect(clearedShare({ totalAreaM2: 100, clearedAreaM2: -5 })).toBe(0);
  });
});

describe("compareToRange", () => {
  const clusters = { min: 300, max: 500 };
  it("is below under the minimum", () => {
    expect(compareToRange(299.9, clusters)).toBe("below");
  });
  it("is within between the bounds, bounds included", () => {
    expect(compareToRange(300, clusters)).toBe("within");
    expect(compareToRange(412.3, clusters)).toBe("within");
    expect(compareToRange(500, clusters)).toBe("within");
  });
  it("is above over the maximum", () => {
    expect(compareToRange(500.1, clusters)).toBe("above");
  });
  it("treats a missing maximum as 'at least'", () => {
    expect(compareToRange(100, { min: 100, max: null })).toBe("within");
    expect(compareToRange(99, { min: 100, max: null })).toBe("below");
  });
  it("treats a missing minimum as 'at most'", () => {
    expect(compareToRange(0, { min: null, max: 10 })).toBe("within");
    expect(compareToRange(11, { min: null, max: 10 })).toBe("above");
  });
  it("forgives floating-point noise at a bound", () => {
    expect(compareToRange(99.99999999999, { min: 100, max: null })).toBe("within");
  });
});

describe("sumFigures", () => {
  it("adds rows up", () => {
    const row = { totalAreaM2: 10, clearedAreaM2: 4, parcels: 3, clearedParcels: 1, blockedParcels: 1 };
    expect(sumFigures([row, row])).toEqual({
      totalAreaM2: 20, clearedAreaM2: 8, parcels: 6, clearedParcels: 2, blockedParcels: 2,
    });
  });
  it("is all zeros for no rows", () => {
    expect(sumFigures([]).parcels).toBe(0);
  });
});
