import { describe, expect, it } from "vitest";
import { lineGeometry, polygonGeometry, projectGeometry } from "@/data/geojson-schema";

const square = [[[0, 0], [1, 0], [1, 1], [0, 0]]];

describe("GeoJSON geometry schemas", () => {
  it("accept polygons, multipolygons and lines with the right nesting", () => {
    expect(polygonGeometry.safeParse({ type: "Polygon", coordinates: square }).success).toBe(true);
    expect(polygonGeometry.safeParse({ type: "MultiPolygon", coordinates: [square] }).success).toBe(true);
    expect(lineGeometry.safeParse({ type: "LineString", coordinates: [[0, 0], [1, 1]] }).success).toBe(true);
    expect(projectGeometry.safeParse({ type: "MultiLineString", coordinates: [[[0, 0], [1, 1]]] }).success).toBe(true);
  });
  it("reject wrong types and wrong nesting", () => {
    expect(polygonGeometry.safeParse({ type: "LineString", coordinates: [[0, 0], [1, 1]] }).success).toBe(false);
    expect(polygonGeometry.safeParse({ type: "Polygon", coordinates: [[0, 0], [1, 1]] }).success).toBe(false);
    expect(polygonGeometry.safeParse({ type: "MultiPolygon", coordinates: square }).success).toBe(false);
    expect(projectGeometry.safeParse({ type: "Point", coordinates: [0, 0] }).success).toBe(false);
    expect(polygonGeometry.safeParse(null).success).toBe(false);
  });
});
