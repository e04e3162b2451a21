import { describe, expect, it } from "vitest";
import { MIN_SPAN_DEG, padBounds, unionBounds } from "@/geo/boxes";

describe("unionBounds", () => {
  it("joins boxes and skips missing ones", () => {
    expect(unionBounds([[1, 2, 3, 4], null, [0, 3, 2, 5], undefined])).toEqual([0, 2, 3, 5]);
    expect(unionBounds([])).toBeNull();
    expect(unionBounds([null])).toBeNull();
  });
});

describe("padBounds", () => {
  it("adds a margin on every side", () => {
    const [a, b, c, d] = padBounds([106, 20, 106.2, 20.1], 0.1);
    expect(a).toBeCloseTo(105.98);
    expect(b).toBeCloseTo(19.99);
    expect(c).toBeCloseTo(106.22);
    expect(d).toBeCloseTo(20.11);
  });
  it("widens a point or a straight line around its centre", () => {
    const [a, b, c, d] = padBounds([106, 20.8, 106, 20.9]);
    expect(c - a).toBeCloseTo(MIN_SPAN_DEG);
    expect((a + c) / 2).toBeCloseTo(106);
    expect(d - b).toBeGreaterThan(0.1);
  });
  it("stays within WGS84", () => {
    expect(padBounds([-180, -90, 180, 90])).toEqual([-180, -90, 180, 90]);
  });
});
