import { describe, expect, it } from "vitest";
import { pointOnSurface } from "@/geo/point-on-surface";

describe("pointOnSurface (the contract's rule, the same as the SQL)", () => {
  it("is the middle of a square", () => {
    expect(pointOnSurface({ type: "Polygon", coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] })).toEqual([1, 1]);
  });

  it("takes the widest pair of crossings on the middle line of a U shape", () => {
    // U: left arm 0..1 wide, right arm 3..6 wide at y = 2 (the middle of the box 0..4).
    const u = [[0, 0], [6, 0], [6, 4], [3, 4], [3, 1], [1, 1], [1, 4], [0, 4], [0, 0]];
    expect(pointOnSurface({ type: "Polygon", coordinates: [u] })).toEqual([4.5, 2]);
  });

  it("keeps out of a hole", () => {
    const outer = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    const hole = [[2, 2], [7, 2], [7, 8], [2, 8], [2, 2]];
    expect(pointOnSurface({ type: "Polygon", coordinates: [outer, hole] })).toEqual([8.5, 5]);
    // Equal widths: the first (westmost) pair.
    const centred = [[2, 2], [8, 2], [8, 8], [2, 8], [2, 2]];
    expect(pointOnSurface({ type: "Polygon", coordinates: [outer, centred] })).toEqual([1, 5]);
  });

  it("uses the part with the largest area of a multipolygon", () => {
    const small = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];
    const big = [[[10, 10], [14, 10], [14, 14], [10, 14], [10, 10]]];
    expect(pointOnSurface({ type: "MultiPolygon", coordinates: [small, big] })).toEqual([12, 12]);
  });

  it("is null for an empty shape", () => {
    expect(pointOnSurface({ type: "MultiPolygon", coordinates: [] })).toBeNull();
  });
});
