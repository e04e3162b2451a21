import { describe, expect, it } from "vitest";
import type { PolygonGeometry } from "@/geo/geometry";
import {
  boxContains, boxPolygon, boxesIntersect, geometryBox, pointInPolygon, polygonsIntersect, segmentsIntersect,
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
  it("tests overlap and containment, edges included", () => {
    expect(boxesIntersect([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(boxesIntersect([0, 0, 1, 1], [1.1, 0, 2, 1])).toBe(false);
    expect(boxContains([0, 0, 1, 1], [0.5, 1])).toBe(true);
  });
});

describe("point in polygon", () => {
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
  });
  it("detects overlapping, containing and separate polygons", () => {
    expect(polygonsIntersect(square(0, 0, 2), square(1, 1, 2))).toBe(true); // edges cross
    expect(polygonsIntersect(square(0, 0, 10), square(4, 4, 1))).toBe(true); // one inside the other
    expect(polygonsIntersect(square(4, 4, 1), square(0, 0, 10))).toBe(true);
    expect(polygonsIntersect(square(0, 0), square(3, 3))).toBe(false);
    expect(polygonsIntersect(ell, square(5, 5))).toBe(false); // inside the L's box, outside the L
  });
});
