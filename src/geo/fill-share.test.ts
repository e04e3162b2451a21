import { describe, expect, it } from "vitest";
import type { PolygonGeometry } from "@/geo/geometry";
import { boxPolygon, geometryBox, planarArea } from "@/geo/geometry";
import { areaBelow, clipBelow, fillToShare } from "@/geo/fill-share";

const triangle: PolygonGeometry = { type: "Polygon", coordinates: [[[0, 0], [4, 0], [2, 4], [0, 0]]] };

describe("fillToShare", () => {
  it("fills a square to half its height for 50 %", () => {
    const half = fillToShare(boxPolygon([0, 0, 2, 2]), 0.5);
    expect(half && geometryBox(half)?.[3]).toBeCloseTo(1, 6);
  });
  it("fills the requested share of the area of any shape", () => {
    for (const share of [0.1, 0.37, 0.9]) {
      const part = fillToShare(triangle, share);
      expect(part && planarArea(part) / planarArea(triangle)).toBeCloseTo(share, 5);
    }
  });
  it("fills shares of concave, holed and many-part shapes to within a millionth", () => {
    const shape: PolygonGeometry = {
      type: "MultiPolygon",
      coordinates: [
        // a U opening upwards, with a hole in its base
        [[[0, 0], [6, 0], [6, 5], [4, 5], [4, 2], [2, 2], [2, 5], [0, 5], [0, 0]], [[1, 0.5], [5, 0.5], [5, 1], [1, 1], [1, 0.5]]],
        // a thin sliver far above
        [[[10, 8], [10.1, 8], [10.05, 9.5], [10, 8]]],
      ],
    };
    for (let share = 0.01; share < 1; share += 0.07) {
      const part = fillToShare(shape, share);
      expect(part && Math.abs(planarArea(part) / planarArea(shape) - share), `share ${share}`).toBeLessThan(1e-6);
    }
  });
  it("draws nothing at 0 % and the whole shape at 100 %", () => {
    expect(fillToShare(triangle, 0)).toBeNull();
    expect(fillToShare(triangle, 1)).toBe(triangle);
  });
  it("measures the area below a level as the clipped geometry's area, holes and all", () => {
    const withHole: PolygonGeometry = {
      type: "MultiPolygon",
      coordinates: [
        [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]]],
        triangle.coordinates,
      ],
    };
    for (const level of [-1, 0, 0.5, 1, 1.7, 2, 3.2, 4, 5]) {
      const clipped = clipBelow(withHole, level);
      expect(areaBelow(withHole, level), `level ${level}`).toBeCloseTo(clipped ? planarArea(clipped) : 0, 10);
    }
    expect(areaBelow(withHole, 2)).toBeCloseTo(8 - 2 + 6, 10); // half the square, less half the hole, and the triangle below its mid-height
  });
  it("clips multipolygons part by part", () => {
    const multi: PolygonGeometry = {
      type: "MultiPolygon",
      coordinates: [boxPolygon([0, 0, 1, 1]).coordinates as number[][][], boxPolygon([2, 5, 3, 6]).coordinates as number[][][]],
    };
    expect(clipBelow(multi, 0.5)?.type).toBe("Polygon");
    expect(clipBelow(multi, -1)).toBeNull();
  });
});
