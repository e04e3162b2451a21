import { describe, expect, it } from "vitest";
import { polygonFault, ringSelfIntersection } from "@/geo/polygon-validity";
import { segmentIntersection, segmentsCrossProperly, strictlyInsidePolygon } from "@/geo/segment-tests";

const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];

describe("polygonFault (the server's validity subset)", () => {
  it("passes a square and a polygon with a hole", () => {
    expect(polygonFault({ type: "Polygon", coordinates: [square] })).toBeNull();
    const outer = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    const hole = [[2, 2], [2, 8], [8, 8], [8, 2], [2, 2]];
    expect(polygonFault({ type: "MultiPolygon", coordinates: [[outer, hole]] })).toBeNull();
  });

  it("names each rule broken", () => {
    expect(polygonFault(null)?.code).toBe("geometry_missing");
    expect(polygonFault({ type: "Polygon", coordinates: [] })?.code).toBe("geometry_missing");
    expect(polygonFault({ type: "Point", coordinates: [1, 2] })?.code).toBe("geometry_type");
    expect(polygonFault({ type: "LineString", coordinates: [[0, 0], [1, 1]] })?.code).toBe("geometry_type");
    expect(polygonFault({ type: "Polygon", coordinates: [[[0, 0], [1, 0], [0, 0]]] })?.code).toBe("ring_too_short");
    expect(polygonFault({ type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] })).toEqual({ code: "ring_unclosed", at: [0, 0] });
    expect(polygonFault({ type: "Polygon", coordinates: [[[0, 0], [200, 0], [1, 1], [0, 0]]] })?.code).toBe("coordinates_invalid");
    expect(polygonFault({ type: "Polygon", coordinates: [[[0, 0], [NaN, 0], [1, 1], [0, 0]]] })?.code).toBe("coordinates_invalid");
  });

  it("finds a bow-tie's crossing", () => {
    expect(polygonFault({ type: "Polygon", coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] })).toEqual({ code: "self_intersection", at: [1, 1] });
  });

  it("counts a touch of non-adjacent edges (a ring pinched at a vertex), not the shared ends of adjacent edges", () => {
    const pinched = [[0, 0], [4, 0], [4, 4], [2, 0], [0, 4], [0, 0]];
    expect(ringSelfIntersection(pinched)).toEqual([2, 0]);
    expect(ringSelfIntersection(square)).toBeNull();
  });

  it("handles long rings (sorted sweep) the same as short ones", () => {
    const circle = Array.from({ length: 2000 }, (_, i) => [Math.cos((i / 2000) * 2 * Math.PI), Math.sin((i / 2000) * 2 * Math.PI)]);
    circle.push(circle[0]!);
    expect(ringSelfIntersection(circle)).toBeNull();
    const crossed = [...circle.slice(0, 1000), [-1, 0.5], [1, -0.5], ...circle.slice(1000)];
    expect(ringSelfIntersection(crossed)).not.toBeNull();
  });
});

describe("segment predicates", () => {
  it("tells a proper crossing from a touch", () => {
    expect(segmentsCrossProperly([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsCrossProperly([0, 0], [2, 0], [1, 0], [1, 2])).toBe(false);
    expect(segmentIntersection([0, 0], [2, 0], [1, 0], [1, 2])).toEqual([1, 0]);
    expect(segmentIntersection([0, 0], [1, 0], [2, 0], [3, 0])).toBeNull();
  });

  it("counts only the strict inside of a polygon", () => {
    expect(strictlyInsidePolygon([0.5, 0.5], [square])).toBe(true);
    expect(strictlyInsidePolygon([1, 0.5], [square])).toBe(false);
    expect(strictlyInsidePolygon([2, 2], [square])).toBe(false);
  });
});
