import { describe, expect, it } from "vitest";
import type { PolygonGeometry } from "@/geo/geometry";
import { boxPolygon, geometryBox, planarArea } from "@/geo/geometry";
import { areaBelow, clipBelow, fillToShare } from "@/geo/fill-share";

const triangle: PolygonGeometry = { type: "Polygon", coordinates: [[[0, 0], [4, 0], [2, 4], [0, 0]]] };

describe("fillToShare", () => {
  it("fills a square to half its height for 50 %", () => {
    // about 2 × 2 km in Hưng Yên; on the sphere the middle is within a centimetre of half the height
    const half = fillToShare(boxPolygon([106, 20.9, 106.02, 20.92]), 0.5);
    expect(half && geometryBox(half)?.[3]).toBeCloseTo(20.91, 6);
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
  it("measures the area below a level, holes and all", () => {
    // A 4 × 4 square with a 2 × 2 hole, and a triangle of base 4 and height 4, drawn in 100 m units
    // in Hưng Yên, where areas on the sphere are in proportion to the drawing's to within 1e-5.
    const at = (x: number, y: number) => [106 + x * 0.001, 20.9 + y * 0.001];
    const withHole: PolygonGeometry = {
      type: "MultiPolygon",
      coordinates: [
        [[at(0, 0), at(4, 0), at(4, 4), at(0, 4), at(0, 0)], [at(1, 1), at(1, 3), at(3, 3), at(3, 1), at(1, 1)]],
        [[at(0, 0), at(4, 0), at(2, 4), at(0, 0)]],
      ],
    };
    const total = planarArea(withHole);
    const squareBelow = (y: number) => 4 * y - 2 * Math.min(2, Math.max(0, y - 1));
    const triangleBelow = (y: number) => 8 - (4 - y) ** 2 / 2;
    expect(areaBelow(withHole, 20.9 - 0.001)).toBe(0);
    for (const y of [0.5, 1, 1.7, 2, 3.2]) {
      const level = 20.9 + y * 0.001;
      expect(areaBelow(withHole, level) / total, `level ${y}`).toBeCloseTo((squareBelow(y) + triangleBelow(y)) / 20, 4);
      expect(areaBelow(withHole, level), `level ${y}`).toBe(planarArea(clipBelow(withHole, level)!));
    }
    expect(areaBelow(withHole, 20.9 + 0.005)).toBeCloseTo(total, 6);
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
