import { describe, expect, it } from "vitest";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { centerOfMass } from "@turf/center-of-mass";
import { pointOnFeature } from "@turf/point-on-feature";
import type { LonLat, PolygonGeometry } from "@/geo/geometry";
import { boxPolygon, pointInPolygon } from "@/geo/geometry";
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
  });
  it("weighs by area, not by vertices, and takes the largest part of a multipolygon", () => {
    // a square whose east side is drawn with many vertices (a curved boundary, say)
    const east = Array.from({ length: 50 }, (_, i) => [2, i / 25]);
    const c = polygonCentroid({ type: "Polygon", coordinates: [[[0, 0], ...east, [2, 2], [0, 2], [0, 0]]] });
    expect(c?.[0]).toBeCloseTo(1, 9);
    const multi: PolygonGeometry = { type: "MultiPolygon", coordinates: [square(0, 0).coordinates as number[][][], square(5, 5, 2).coordinates as number[][][]] };
    expect(polygonCentroid(multi)).toEqual([6, 6]);
  });
  it("is exact for a parcel a few metres wide at Hưng Yên's coordinates", () => {
    // about 11 × 11 m at 106° E, 20.9° N
    const c = polygonCentroid(square(106.00001, 20.90001, 0.0001));
    expect(c?.[0]).toBeCloseTo(106.00006, 8);
    expect(c?.[1]).toBeCloseTo(20.90006, 8);
  });
  it("agrees with turf's area-weighted centroid (@turf/center-of-mass) on parcels at Hưng Yên's coordinates", () => {
    // kept hand-written for speed and size only (bench:geo), so it must give turf's answer
    const parcels: PolygonGeometry[] = [
      square(106.0517, 20.6464, 0.00003), // about 3 × 3 m
      { type: "Polygon", coordinates: [[[106.0517, 20.6464], [106.0521, 20.6464], [106.05212, 20.64643], [106.0517, 20.64645], [106.0517, 20.6464]]] },
      ell,
    ];
    for (const parcel of parcels) {
      const [x, y] = centerOfMass(parcel).geometry.coordinates as [number, number];
      const c = polygonCentroid(parcel);
      expect(Math.abs((c?.[0] ?? 0) - x)).toBeLessThan(1e-11);
      expect(Math.abs((c?.[1] ?? 0) - y)).toBeLessThan(1e-11);
    }
  });
  it("puts the label inside an L-shape whose centroid lies outside", () => {
    const centroid = polygonCentroid(ell);
    expect(centroid && pointInPolygon(centroid, ell)).toBe(false);
    const point = labelPoint(ell);
    expect(point && pointInPolygon(point, ell)).toBe(true);
  });
});

describe("labelPoint against turf's pointOnFeature (why labelPoint is hand-written)", () => {
  // An L-shaped parcel along a ditch bend in Hưng Yên: arms about 40 m long and 3 m wide.
  const w = 0.00003;
  const l = 0.0004;
  const [x, y] = [106.0517, 20.6464];
  const thinEll: PolygonGeometry = {
    type: "Polygon",
    coordinates: [[[x, y], [x + l, y], [x + l, y + w], [x + w, y + w], [x + w, y + l], [x, y + l], [x, y]]],
  };
  const strictlyInside = (p: LonLat | null, g: PolygonGeometry) => p !== null && booleanPointInPolygon([...p], g, { ignoreBoundary: true });

  it("turf puts the label on a vertex of the outline when the centroid lies outside; labelPoint puts it inside", () => {
    for (const shape of [ell, thinEll]) {
      expect(polygonCentroid(shape) && pointInPolygon(polygonCentroid(shape)!, shape)).toBe(false);
      const turfPoint = pointOnFeature(shape).geometry.coordinates as unknown as LonLat;
      const vertices = shape.coordinates[0]!;
      expect(vertices.some((v) => v[0] === turfPoint[0] && v[1] === turfPoint[1])).toBe(true);
      expect(strictlyInside(turfPoint, shape)).toBe(false);
      expect(strictlyInside(labelPoint(shape), shape)).toBe(true);
    }
  });
});

describe("lineMidpoint", () => {
  it("finds the point halfway along the longest line", () => {
    const [a, b] = lineMidpoint({ type: "LineString", coordinates: [[0, 0], [2, 0], [2, 2]] })!;
    expect(a).toBeCloseTo(2, 9);
    expect(b).toBeCloseTo(0, 9);
    const [c, d] = lineMidpoint({ type: "MultiLineString", coordinates: [[[105.9, 20.9], [105.9, 20.901]], [[106, 21], [106.04, 21]]] })!;
    expect(c).toBeCloseTo(106.02, 6);
    expect(d).toBeCloseTo(21, 5);
    expect(lineMidpoint({ type: "LineString", coordinates: [[1, 1]] })).toEqual([1, 1]);
    expect(lineMidpoint({ type: "MultiLineString", coordinates: [] })).toBeNull();
  });
});
