import { describe, expect, it } from "vitest";
import { adminUnitBoxes } from "@/data/admin-unit-bounds-query";

const ring = [[106, 20.8], [106.1, 20.8], [106.1, 20.9], [106, 20.8]];

describe("adminUnitBoxes", () => {
  it("boxes each unit's Polygon or MultiPolygon, also when the jsonb arrives as text", () => {
    const boxes = adminUnitBoxes([
      { id: "huyen-van-giang", geom: { type: "Polygon", coordinates: [ring] } },
      { id: "huyen-van-lam", geom: JSON.stringify({ type: "MultiPolygon", coordinates: [[ring], [[[105.9, 21], [106, 21.1], [105.95, 21], [105.9, 21]]]] }) },
    ]);
    expect(boxes.get("huyen-van-giang")).toEqual([106, 20.8, 106.1, 20.9]);
    expect(boxes.get("huyen-van-lam")).toEqual([105.9, 20.8, 106.1, 21.1]);
  });

  it("leaves out a unit whose boundary is missing or unreadable, and keeps the others", () => {
    const boxes = adminUnitBoxes([
      { id: "a", geom: null },
      { id: "b", geom: "{not json" },
      { id: "c", geom: { type: "Point", coordinates: [106, 20.8] } },
      { id: "d", geom: { type: "Polygon", coordinates: [ring] } },
    ]);
    expect([...boxes.keys()]).toEqual(["d"]);
  });
});
