import { describe, expect, it } from "vitest";
import { MIN_SPAN_DEG, geometryBounds, padBounds, unionBounds } from "@/domain/bounds";

describe("geometryBounds", () => {
  it("boxes a Polygon, a MultiPolygon and a LineString", () => {
    const ring = [[106, 20.8], [106.1, 20.8], [106.1, 20.9], [106, 20.8]];
    expect(geometryBounds({ type: "Polygon", coordinates: [ring] })).toEqual([106, 20.8, 106.1, 20.9]);
    expect(
      geometryBounds({ type: "MultiPolygon", coordinates: [[ring], [[[105.9, 21], [106, 21.1], [105.95, 21], [105.9, 21]]]] }),
    ).toEqual([105.9, 20.8, 106.1, 21.1]);
    expect(geometryBounds({ type: "LineString", coordinates: [[105.9, 20.95], [106.05, 20.9]] })).toEqual([
      105.9, 20.9, 106.05, 20.95,
    ]);
  });
  it("reads a GeometryCollection and a Point", () => {
    expect(geometryBounds({ type: "Point", coordinates: [106, 20.8] })).toEqual([106, 20.8, 106, 20.8]);
    expect(
      geometryBounds({
        type: "GeometryCollection",
        geometries: [{ type: "Point", coordinates: [106, 20.8] }, { type: "Point", coordinates: [106.2, 20.7] }],
      }),
    ).toEqual([106, 20.7, 106.2, 20.8]);
  });
  it("is null without valid positions, and skips invalid ones", () => {
    expect(geometryBounds(null)).toBeNull();
    expect(geometryBounds({ type: "Polygon", coordinates: [] })).toBeNull();
    expect(geometryBounds({ type: "LineString", coordinates: [[Number.NaN, 1], [500, 1], ["106", 20]] })).toBeNull();
    expect(geometryBounds({ type: "LineString", coordinates: [[500, 1], [106, 20.5, 12]] })).toEqual([106, 20.5, 106, 20.5]);
  });
});

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
