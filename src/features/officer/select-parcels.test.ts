import { describe, expect, it } from "vitest";
import type { DrawnShape, SelectableParcel } from "@/features/officer/select-parcels";
import type { LonLat } from "@/geo/geometry";
import { parcelCentroid, pickParcels, pointInShape } from "@/features/officer/select-parcels";
import { pointInRing } from "@/geo/geometry";

/** A square parcel of side `size` degrees with its south-west corner at (lon, lat). */
function square(id: string, lon: number, lat: number, extra: Partial<SelectableParcel> = {}, size = 0.001): SelectableParcel {
  return {
    id, projectId: "p1", adminUnitId: "326", stage: "dialogue", blocked: false,
    geometry: {
      type: "Polygon",
      coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]],
    },
    ...extra,
  };
}

const NONE = { projectIds: [], stages: [], blocked: null } as const;

describe("parcelCentroid", () => {
  it("is the area centroid of a polygon's outer ring", () => {
    const [lon, lat] = parcelCentroid(square("a", 106, 20.9).geometry)!;
    expect(lon).toBeCloseTo(106.0005, 9);
    expect(lat).toBeCloseTo(20.9005, 9);
  });

  it("stays on a parcel a few metres wide, far from the origin (no cancellation)", () => {
    const [lon, lat] = parcelCentroid(square("tiny", 106.0123, 20.9456, {}, 0.00003).geometry)!;
    expect(Math.abs(lon - 106.012315) * 104_000).toBeLessThan(0.01); // metres
    expect(Math.abs(lat - 20.945615) * 111_000).toBeLessThan(0.01);
  });

  it("uses the largest part of a multipolygon, and is null without geometry", () => {
    const small = square("s", 106, 20.9, {}, 0.0001).geometry!.coordinates as number[][][];
    const big = square("b", 106.01, 20.91, {}, 0.002).geometry!.coordinates as number[][][];
    const [lon] = parcelCentroid({ type: "MultiPolygon", coordinates: [small, big] })!;
    expect(lon).toBeCloseTo(106.011, 9);
    expect(parcelCentroid(undefined)).toBeNull();
  });

  it("falls back to the first vertex of a degenerate ring", () => {
    expect(parcelCentroid({ type: "Polygon", coordinates: [[[1, 2], [1, 2], [1, 2]]] })).toEqual([1, 2]);
  });
});

describe("point in shape", () => {
  const triangle: LonLat[] = [[0, 0], [10, 0], [0, 10]];

  it("tests rings whether open or closed, and concave ones", () => {
    expect(pointInRing([2, 2], triangle)).toBe(true);
    expect(pointInRing([6, 6], triangle)).toBe(false);
    expect(pointInRing([2, 2], [...triangle, [0, 0]])).toBe(true);
    const u: LonLat[] = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3]];
    expect(pointInRing([1.5, 2], u)).toBe(false);
    expect(pointInRing([0.5, 2], u)).toBe(true);
  });

  it("tests boxes with their edges included, and ignores rings of fewer than 3 points", () => {
    const box: DrawnShape = { kind: "box", box: [0, 0, 1, 1] };
    expect(pointInShape([1, 1], box)).toBe(true);
    expect(pointInShape([1.01, 0.5], box)).toBe(false);
    expect(pointInShape([0, 0], { kind: "ring", ring: [[0, 0], [1, 1]] })).toBe(false);
  });
});

describe("pickParcels", () => {
  const parcels = [
    square("in-mine", 106.0, 20.9),
    square("in-other", 106.002, 20.9, { adminUnitId: "325" }),
    square("edge-mostly-out", 106.0045, 20.9), // centroid at 106.005: outside a box ending at 106.0049
    square("far", 106.1, 20.9),
    square("filtered", 106.001, 20.9, { stage: "handed_over" }),
    { ...square("no-geometry", 106, 20.9), geometry: undefined },
  ];
  const canEdit = (unit: string) => unit === "326";

  it("splits parcels whose centroid is in the box into editable and outside the area", () => {
    const shape: DrawnShape = { kind: "box", box: [105.999, 20.899, 106.0049, 20.902] };
    expect(pickParcels(parcels, shape, NONE, canEdit)).toEqual({
      editable: ["in-mine", "filtered"],
      outside: ["in-other"],
    });
  });

  it("leaves out parcels the filters hide", () => {
    const shape: DrawnShape = { kind: "box", box: [105.999, 20.899, 106.0049, 20.902] };
    expect(pickParcels(parcels, shape, { ...NONE, stages: ["dialogue"] }, canEdit).editable).toEqual(["in-mine"]);
  });

  it("picks by a lasso ring", () => {
    const ring: LonLat[] = [[105.999, 20.899], [106.0015, 20.899], [106.0015, 20.902], [105.999, 20.902]];
    expect(pickParcels(parcels, { kind: "ring", ring }, NONE, canEdit)).toEqual({ editable: ["in-mine"], outside: [] });
  });
});
