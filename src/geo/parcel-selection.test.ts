import { describe, expect, it } from "vitest";
import type { PolygonGeometry } from "@/geo/geometry";
import { boxPolygon } from "@/geo/geometry";
import { parcelsInBounds, parcelsInPolygon } from "@/geo/parcel-selection";

const parcel = (id: string, x: number, y: number) => ({ id, geometry: boxPolygon([x, y, x + 1, y + 1]) });
// A 5 × 5 grid of 1 × 1 parcels from (0, 0), and one parcel not yet loaded with its geometry.
const grid: { id: string; geometry?: PolygonGeometry }[] = [
  ...Array.from({ length: 25 }, (_, i) => parcel(`p${i % 5}-${Math.floor(i / 5)}`, i % 5, Math.floor(i / 5))),
  { id: "no-geometry" },
];
const ids = (list: readonly { id: string }[]) => list.map((p) => p.id).sort();

describe("parcelsInBounds", () => {
  it("takes every parcel the box touches", () => {
    expect(ids(parcelsInBounds(grid, [0.5, 0.5, 1.5, 1.5]))).toEqual(["p0-0", "p0-1", "p1-0", "p1-1"]);
  });
  it("with centroid matching, only parcels whose centre is inside", () => {
    expect(ids(parcelsInBounds(grid, [0.2, 0.2, 1.8, 1.8], "centroid"))).toEqual(["p0-0", "p0-1", "p1-0", "p1-1"]);
    expect(ids(parcelsInBounds(grid, [0.6, 0.6, 1.4, 1.4], "centroid"))).toEqual([]);
  });
  it("takes a parcel wholly containing a small box", () => {
    expect(ids(parcelsInBounds(grid, [2.4, 2.4, 2.6, 2.6]))).toEqual(["p2-2"]);
  });
  it("skips parcels without geometry and boxes outside the grid", () => {
    expect(parcelsInBounds(grid, [10, 10, 11, 11])).toEqual([]);
  });
});

describe("parcelsInPolygon", () => {
  it("follows a lasso's shape, not its box", () => {
    // A triangle over the lower-left half of the grid: centres with x + y < 4.9 are inside.
    const lasso: PolygonGeometry = { type: "Polygon", coordinates: [[[0, 0], [4.9, 0], [0, 4.9], [0, 0]]] };
    const taken = ids(parcelsInPolygon(grid, lasso, "centroid"));
    expect(taken).toContain("p0-0");
    expect(taken).toContain("p3-0");
    expect(taken).not.toContain("p4-4");
    expect(taken).not.toContain("p2-2"); // centre (2.5, 2.5): 5 > 4.9
    expect(taken).toHaveLength(10);
  });
});
