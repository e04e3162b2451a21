import { describe, expect, it } from "vitest";
import type { PolygonGeometry } from "@/geo/geometry";
import {
  boxContains, boxPolygon, boxesIntersect, geometryBox, planarArea, pointInPolygon, pointInRing, polygonsIntersect,
  ringSignedArea, segmentsIntersect,
} from "@/geo/geometry";

const square = (x: number, y: number, size = 1): PolygonGeometry => boxPolygon([x, y, x + size, y + size]);

// An L-shape whose centroid falls outside it.
const ell: PolygonGeometry = {
  type: "Polygon",
  coordinates: [[[0, 0], [10, 0], [10, 1], [1, 1], [1, 10], [0, 10], [0, 0]]],
};

describe("boxes", () => {
  it("finds the box of polygons and lines", () => {
    expect(geometryBox(ell)).toEqual([0, 0, 10, 10]);
    expect(geometryBox({ type: "LineString", coordinates: [[105.9, 20.9], [106, 21]] })).toEqual([105.9, 20.9, 106, 21]);
    expect(geometryBox({ type: "MultiLineString", coordinates: [] })).toBeNull();
  });
  it("ignores a stale bbox member carried by the data", () => {
    const withStaleBox: PolygonGeometry = Object.assign(square(0, 0), { bbox: [5, 5, 6, 6] });
    expect(geometryBox(withStaleBox)).toEqual([0, 0, 1, 1]);
  });
  it("draws a box as a closed counter-clockwise ring from the south-west corner", () => {
    expect(boxPolygon([0, 1, 2, 3]).coordinates).toEqual([[[0, 1], [2, 1], [2, 3], [0, 3], [0, 1]]]);
  });
  it("tests overlap and containment, edges included", () => {
    expect(boxesIntersect([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(boxesIntersect([0, 0, 1, 1], [1.1, 0, 2, 1])).toBe(false);
    expect(boxContains([0, 0, 1, 1], [0.5, 1])).toBe(true);
  });
});

describe("areas (compared, never reported)", () => {
  it("measures on the sphere, holes subtracted", () => {
    // 0.001° square at 106° E, 20.9° N: about 104 × 111 m
    const m2 = planarArea(boxPolygon([106, 20.9, 106.001, 20.901]));
    expect(m2).toBeGreaterThan(11_400);
    expect(m2).toBeLessThan(11_600);
    const holed: PolygonGeometry = {
      type: "Polygon",
      coordinates: [boxPolygon([106, 20.9, 106.002, 20.902]).coordinates[0] as number[][], [[106.0005, 20.9005], [106.0005, 20.9015], [106.0015, 20.9015], [106.0015, 20.9005], [106.0005, 20.9005]]],
    };
    expect(planarArea(holed) / m2).toBeCloseTo(4 - 1, 4);
  });
  it("gives a ring's orientation by the sign of its planar area", () => {
    const ring = (boxPolygon([0, 0, 2, 1]).coordinates as number[][][])[0]!;
    expect(ringSignedArea(ring)).toBe(2);
    expect(ringSignedArea([...ring].reverse())).toBe(-2);
  });
});

describe("point in polygon", () => {
  it("takes open and closed rings, and counts a point on an edge as inside", () => {
    const open = [[0, 0], [4, 0], [4, 3]];
    expect(pointInRing([3, 1], open)).toBe(true);
    expect(pointInRing([3, 1], [...open, [0, 0]])).toBe(true);
    expect(pointInRing([1, 2], open)).toBe(false);
    expect(pointInRing([2, 0], open)).toBe(true);
    expect(pointInRing([1, 1], [[0, 0], [4, 0]])).toBe(false);
  });
  it("respects holes and multipolygons", () => {
    const withHole: PolygonGeometry = {
      type: "Polygon",
      coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]],
    };
    expect(pointInPolygon([0.5, 0.5], withHole)).toBe(true);
    expect(pointInPolygon([2, 2], withHole)).toBe(false);
    const multi: PolygonGeometry = { type: "MultiPolygon", coordinates: [square(0, 0).coordinates as number[][][], square(5, 5).coordinates as number[][][]] };
    expect(pointInPolygon([5.5, 5.5], multi)).toBe(true);
    expect(pointInPolygon([3, 3], multi)).toBe(false);
  });
});

describe("intersections", () => {
  it("detects crossing and touching segments", () => {
    expect(segmentsIntersect([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [1, 0], [1, 0], [2, 5])).toBe(true);
    expect(segmentsIntersect([0, 0], [1, 0], [0, 1], [1, 1])).toBe(false);
    // collinear overlap (turf's lineIntersect alone finds no crossing point there)
    expect(segmentsIntersect([0, 0], [2, 0], [1, 0], [3, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [1, 0], [2, 0], [3, 0])).toBe(false);
  });
  it("detects overlapping, containing and separate polygons", () => {
    expect(polygonsIntersect(square(0, 0, 2), square(1, 1, 2))).toBe(true); // edges cross
    expect(polygonsIntersect(square(0, 0, 10), square(4, 4, 1))).toBe(true); // one inside the other
    expect(polygonsIntersect(square(4, 4, 1), square(0, 0, 10))).toBe(true);
    expect(polygonsIntersect(square(0, 0), square(3, 3))).toBe(false);
    expect(polygonsIntersect(ell, square(5, 5))).toBe(false); // inside the L's box, outside the L
    expect(polygonsIntersect(square(0, 0), square(1, 0))).toBe(true); // a shared edge
    const donut: PolygonGeometry = { type: "Polygon", coordinates: [boxPolygon([0, 0, 10, 10]).coordinates[0] as number[][], [[2, 2], [2, 8], [8, 8], [8, 2], [2, 2]]] };
    expect(polygonsIntersect(donut, square(4, 4))).toBe(false); // in the hole
  });
});
