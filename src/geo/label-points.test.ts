import { describe, expect, it } from "vitest";
import type { PolygonGeometry } from "@/geo/geometry";
import { boxPolygon, planarArea, pointInPolygon } from "@/geo/geometry";
import { labelPoint, lineMidpoint, polygonCentroid } from "@/geo/label-points";

const square = (x: number, y: number, size = 1): PolygonGeometry => boxPolygon([x, y, x + size, y + size]);

// An L-shape whose centroid falls outside it.
const ell: PolygonGeometry = {
  type: "Polygon",
  coordinates: [[[0, 0], [10, 0], [10, 1], [1, 1], [1, 10], [0, 10], [0, 0]]],
};

describe("centroids and label points", () => {
  it("computes the area centroid", () => {
    const c = polygonCentroid(square(0, 0, 2));
    expect(c?.[0]).toBeCloseTo(1);
    expect(c?.[1]).toBeCloseTo(1);
    expect(planarArea(square(0, 0, 2))).toBeCloseTo(4);
  });
  it("is exact for a parcel a few metres wide at Hưng Yên's coordinates", () => {
    // about 11 × 11 m at 106° E, 20.9° N
    const c = polygonCentroid(square(106.00001, 20.90001, 0.0001));
    expect(c?.[0]).toBeCloseTo(106.00006, 8);
    expect(c?.[1]).toBeCloseTo(20.90006, 8);
  });
  it("puts the label inside an L-shape whose centroid lies outside", () => {
    const centroid = polygonCentroid(ell);
    expect(centroid && pointInPolygon(centroid, ell)).toBe(false);
    const point = labelPoint(ell);
    expect(point && pointInPolygon(point, ell)).toBe(true);
  });
});

describe("lineMidpoint", () => {
  it("finds the point halfway along the longest line", () => {
    expect(lineMidpoint({ type: "LineString", coordinates: [[0, 0], [2, 0], [2, 2]] })).toEqual([2, 0]);
    expect(lineMidpoint({ type: "MultiLineString", coordinates: [[[0, 0], [0, 1]], [[5, 5], [9, 5]]] })).toEqual([7, 5]);
    expect(lineMidpoint({ type: "LineString", coordinates: [[1, 1]] })).toEqual([1, 1]);
    expect(lineMidpoint({ type: "MultiLineString", coordinates: [] })).toBeNull();
  });
});
