import { describe, expect, it } from "vitest";
import type { LonLat } from "@/geo/geometry";
import { drawProblem, geometryOfVertices, verticesOfGeometry } from "@/features/admin/drawn-geometry";

const square: LonLat[] = [[106, 20.9], [106.01, 20.9], [106.01, 20.91], [106, 20.91]];
const bowTie: LonLat[] = [[106, 20.9], [106.01, 20.91], [106.01, 20.9], [106, 20.91]];

describe("drawn geometry", () => {
  it("closes a polygon's ring and opens it again for editing", () => {
    const g = geometryOfVertices("polygon", square);
    expect(g).toEqual({ type: "Polygon", coordinates: [[...square.map((p) => [...p]), [106, 20.9]]] });
    expect(verticesOfGeometry(g)).toEqual({ mode: "polygon", vertices: square });
  });
  it("needs three vertices for an outline and two for a centre line", () => {
    expect(geometryOfVertices("polygon", square.slice(0, 2))).toBeNull();
    expect(drawProblem("polygon", square.slice(0, 2))).toBe("too_few_vertices");
    expect(geometryOfVertices("line", square.slice(0, 2))).toEqual({ type: "LineString", coordinates: [[106, 20.9], [106.01, 20.9]] });
    expect(drawProblem("line", square.slice(0, 2))).toBeNull();
  });
  it("finds a bow-tie, and accepts a square", () => {
    expect(drawProblem("polygon", bowTie)).toBe("self_intersection");
    expect(drawProblem("polygon", square)).toBeNull();
  });
  it("finds a centre line crossing itself", () => {
    expect(drawProblem("line", bowTie)).toBe("self_intersection");
  });
});
